import { Controller, Get, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import { ApiProblemResponses, RequirePermission } from '@zhanggui/api-platform';
import { SalesExpenseControlQuery, SalesExpenseControlResponse } from './dto/sales-expense-control.dto';
import { SalesExpenseControlService } from './sales-expense-control.service';

@ApiTags('sales')
@Controller('sales-expense-control')
export class SalesExpenseControlController {
  constructor(private readonly control: SalesExpenseControlService) {}

  @Get()
  @RequirePermission('sales-expenses:read')
  @ApiOperation({
    summary:
      'Sales expense control (费比) for a month: per territory in one’s reach, the budget, what was spent, net sales, the expense ratio against plan and a status (warning from 80% of the budget, exceeded from 100%).',
  })
  @ApiOkResponse({ type: SalesExpenseControlResponse })
  @ApiProblemResponses(400)
  get(@Query() query: SalesExpenseControlQuery): Promise<SalesExpenseControlResponse> {
    return this.control.month(query.period);
  }
}
