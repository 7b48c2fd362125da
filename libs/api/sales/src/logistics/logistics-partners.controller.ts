import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiIfMatch,
  ApiPageResponse,
  ApiProblemResponses,
  IfMatch,
  mapPage,
  Page,
  RequirePermission,
} from '@zhanggui/api-platform';
import {
  CreateLogisticsPartnerDto,
  ListLogisticsPartnersQuery,
  LogisticsPartnerResponse,
  UpdateLogisticsPartnerDto,
} from './dto/logistics-partner.dto';
import { LogisticsPartnersService } from './logistics-partners.service';

@ApiTags('sales')
@Controller('logistics-partners')
export class LogisticsPartnersController {
  constructor(private readonly partners: LogisticsPartnersService) {}

  @Get()
  @RequirePermission('logistics-partners:read')
  @ApiOperation({ summary: 'Logistics partners (配送物流) of the regions in one’s territory.' })
  @ApiPageResponse(LogisticsPartnerResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListLogisticsPartnersQuery): Promise<Page<LogisticsPartnerResponse>> {
    return mapPage(await this.partners.list(query), LogisticsPartnerResponse.from);
  }

  @Get(':id')
  @RequirePermission('logistics-partners:read')
  @ApiOperation({ summary: 'One logistics partner with its contacts, cities and terms.' })
  @ApiOkResponse({ type: LogisticsPartnerResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<LogisticsPartnerResponse> {
    return LogisticsPartnerResponse.from(await this.partners.get(id));
  }

  @Post()
  @RequirePermission('logistics-partners:write')
  @ApiOperation({ summary: 'Add a logistics partner for a region and the cities it delivers to.' })
  @ApiCreatedResponse({ type: LogisticsPartnerResponse })
  @ApiProblemResponses(400, 409, 422)
  async create(
    @Body() body: CreateLogisticsPartnerDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LogisticsPartnerResponse> {
    const partner = await this.partners.create(body);
    void reply.header('Location', `/api/v1/logistics-partners/${partner.id}`);
    return LogisticsPartnerResponse.from(partner);
  }

  @Patch(':id')
  @RequirePermission('logistics-partners:write')
  @ApiOperation({ summary: 'Change a logistics partner’s contacts, cities, terms or status.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: LogisticsPartnerResponse })
  @ApiProblemResponses(400, 404, 409, 412, 422)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateLogisticsPartnerDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<LogisticsPartnerResponse> {
    return LogisticsPartnerResponse.from(await this.partners.update(id, body, expected));
  }
}
