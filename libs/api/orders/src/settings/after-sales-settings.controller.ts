import { Body, Controller, Get, Put } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, RequirePermission } from '@zhanggui/api-platform';
import { AfterSalesSettingsView, UpdateAfterSalesSettingsDto } from './dto/after-sales-settings.dto';
import { AfterSalesSettings } from './after-sales-settings.service';
import type { AfterSalesSetting } from './after-sales-setting.entity';

@ApiTags('after-sales')
@Controller('after-sales-settings')
export class AfterSalesSettingsController {
  constructor(private readonly settings: AfterSalesSettings) {}

  @Get()
  @RequirePermission('returns:read')
  @ApiOperation({ summary: 'The return window and the rebate expiry.' })
  @ApiOkResponse({ type: AfterSalesSettingsView })
  async get(): Promise<AfterSalesSettingsView> {
    return view(await this.settings.get());
  }

  @Put()
  @RequirePermission('after-sales-settings:write')
  @ApiOperation({ summary: 'Change the return window (days) or the rebate expiry (months).' })
  @ApiOkResponse({ type: AfterSalesSettingsView })
  @ApiProblemResponses(400)
  async update(@Body() body: UpdateAfterSalesSettingsDto): Promise<AfterSalesSettingsView> {
    return view(await this.settings.update(body));
  }
}

function view(setting: AfterSalesSetting): AfterSalesSettingsView {
  return {
    returnWindowDays: setting.returnWindowDays,
    rebateExpiryMonths: setting.rebateExpiryMonths,
    updatedAt: setting.updatedAt,
  };
}
