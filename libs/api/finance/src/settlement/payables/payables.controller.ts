import { Controller, Get, Param, ParseUUIDPipe, Query } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import {
  ApiPageResponse,
  ApiProblemResponses,
  mapPage,
  Page,
  RequirePermission,
} from '@zhanggui/api-platform';
import {
  ListPayablesQuery,
  PayableResponse,
  SupplierStatementQuery,
  SupplierStatementResponse,
} from './dto/payables.dto';
import { payableResponse } from './payable-views';
import { PayablesService } from './payables.service';

@ApiTags('finance')
@Controller('payables')
export class PayablesController {
  constructor(private readonly payables: PayablesService) {}

  @Get()
  @RequirePermission('payables:read')
  @ApiOperation({
    summary:
      'Payables from matched supplier invoices, soonest due first; filter by supplier, due date, status.',
  })
  @ApiPageResponse(PayableResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListPayablesQuery): Promise<Page<PayableResponse>> {
    return mapPage(await this.payables.list(query), payableResponse);
  }

  @Get(':id')
  @RequirePermission('payables:read')
  @ApiOperation({ summary: 'One payable: amount, paid, held by payment runs, outstanding.' })
  @ApiOkResponse({ type: PayableResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<PayableResponse> {
    return payableResponse(await this.payables.get(id));
  }
}

@ApiTags('finance')
@Controller('supplier-statements')
export class SupplierStatementsController {
  constructor(private readonly payables: PayablesService) {}

  @Get(':supplierId')
  @RequirePermission('payables:read')
  @ApiOperation({
    summary: 'A supplier statement (供应商对账单): opening balance, invoices, payments, closing balance.',
  })
  @ApiOkResponse({ type: SupplierStatementResponse })
  @ApiProblemResponses(400, 422)
  async statement(
    @Param('supplierId', ParseUUIDPipe) supplierId: string,
    @Query() query: SupplierStatementQuery,
  ): Promise<SupplierStatementResponse> {
    return this.payables.statement(supplierId, query.from, query.to);
  }
}
