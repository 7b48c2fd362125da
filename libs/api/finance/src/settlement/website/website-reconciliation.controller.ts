import { Body, Controller, Get, HttpCode, Param, Post, Query, Req } from '@nestjs/common';
import { ApiBody, ApiConsumes, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyRequest } from 'fastify';
import {
  ApiPageResponse,
  ApiProblemResponses,
  InvalidInputError,
  NoTransaction,
  Page,
  PageQuery,
  RequirePermission,
} from '@zhanggui/api-platform';
import {
  DayParam,
  ExplainLineDto,
  ListStatementLinesQuery,
  ReconciliationDayResponse,
  StatementImportResponse,
  ProviderStatementLineResponse,
  UnsettledPaymentResponse,
} from './dto/website-reconciliation.dto';
import { afterCursor } from './reconciliation-cursor';
import { spoolStatement, STATEMENT_UPLOAD_LIMIT_BYTES } from './statement-upload';
import { WebsiteReconciliationService } from './website-reconciliation.service';
import type { StatementLineRow } from './website-reconciliation.service';

function lineResponse(row: StatementLineRow): ProviderStatementLineResponse {
  return {
    id: row.id,
    lineNo: row.line_no,
    transactionRef: row.transaction_ref,
    orderRef: row.order_ref,
    amount: Number(row.amount),
    fee: Number(row.fee),
    settledAt: row.settled_at.toISOString(),
    settledDay: row.settled_day,
    orderId: row.order_id,
    expectedAmount: row.expected_amount === null ? null : Number(row.expected_amount),
    status: row.status,
    explanation: row.explanation,
    explainedAt: row.explained_at?.toISOString() ?? null,
  };
}

@ApiTags('finance')
@Controller('website-reconciliation')
export class WebsiteReconciliationController {
  constructor(private readonly reconciliation: WebsiteReconciliationService) {}

  @Post('statements')
  @HttpCode(200)
  // The service opens (and may re-run) the import's transaction itself, over the spooled file.
  @NoTransaction()
  @RequirePermission('reconciliation:write')
  @ApiOperation({
    summary: 'Import the payment provider’s settlement statement (CSV, multipart field "file") and match it.',
    description:
      'Columns by header: transaction_ref, order_ref, amount, fee (yuan, e.g. 12.30), settled_at (Beijing time ' +
      'unless it carries a zone). Each line is matched to a prepaid order’s payment by order reference and ' +
      'amount. A transaction reference already imported is skipped. Any malformed line refuses the whole file ' +
      '(422 STATEMENT_INVALID, errors as "line N"); so does a line on a day already closed. Up to ' +
      `${STATEMENT_UPLOAD_LIMIT_BYTES / 1024 / 1024} MB, above the general upload limit.`,
  })
  @ApiConsumes('multipart/form-data')
  @ApiBody({
    schema: {
      type: 'object',
      required: ['file'],
      properties: { file: { type: 'string', format: 'binary' } },
    },
  })
  @ApiOkResponse({ type: StatementImportResponse })
  @ApiProblemResponses(400, 413, 415, 422)
  async import(@Req() request: FastifyRequest): Promise<StatementImportResponse> {
    const statement = await spoolStatement(request);
    try {
      return await this.reconciliation.importStatementFile(statement.file);
    } finally {
      await statement.discard();
    }
  }

  @Get('days/:day')
  @RequirePermission('reconciliation:read')
  @ApiOperation({
    summary: 'One settlement day: both sides’ totals, differences, open items, closed or not.',
  })
  @ApiOkResponse({ type: ReconciliationDayResponse })
  @ApiProblemResponses(400)
  async day(@Param() params: DayParam): Promise<ReconciliationDayResponse> {
    return this.reconciliation.day(params.day);
  }

  @Get('days/:day/lines')
  @RequirePermission('reconciliation:read')
  @ApiOperation({ summary: 'The day’s statement lines in file order; filter by status or unexplained.' })
  @ApiPageResponse(ProviderStatementLineResponse)
  @ApiProblemResponses(400)
  async lines(
    @Param() params: DayParam,
    @Query() query: ListStatementLinesQuery,
  ): Promise<Page<ProviderStatementLineResponse>> {
    const { rows, nextCursor } = await this.reconciliation.lines(params.day, {
      limit: query.limit,
      after: afterCursor(query.cursor, 'id', /^\d{1,18}$/),
      status: query.status,
      unexplained: query.unexplained,
    });
    return { data: rows.map(lineResponse), nextCursor };
  }

  @Get('days/:day/unsettled-payments')
  @RequirePermission('reconciliation:read')
  @ApiOperation({
    summary: 'Our side’s open items: prepaid payments of the day that no statement line settled.',
  })
  @ApiPageResponse(UnsettledPaymentResponse)
  @ApiProblemResponses(400)
  async unsettled(
    @Param() params: DayParam,
    @Query() query: PageQuery,
  ): Promise<Page<UnsettledPaymentResponse>> {
    const { rows, nextCursor } = await this.reconciliation.unsettledPayments(params.day, {
      limit: query.limit,
      after: afterCursor(query.cursor, 'orderId', /^[0-9a-f-]{36}$/),
    });
    return {
      data: rows.map((row) => ({
        orderId: row.order_id,
        orderNumber: row.order_number,
        amount: Number(row.amount),
        currency: row.currency,
      })),
      nextCursor,
    };
  }

  @Post('lines/:id/explain')
  @HttpCode(200)
  @RequirePermission('reconciliation:write')
  @ApiOperation({ summary: 'Explain an unmatched or differing line (the reason stays with it).' })
  @ApiOkResponse({ type: ProviderStatementLineResponse })
  @ApiProblemResponses(400, 404, 422)
  async explain(
    @Param('id') id: string,
    @Body() body: ExplainLineDto,
  ): Promise<ProviderStatementLineResponse> {
    if (!/^\d{1,18}$/.test(id))
      throw new InvalidInputError('BAD_REQUEST', 'The line id is a number.', [
        { field: 'id', message: 'not a line id' },
      ]);
    return lineResponse(await this.reconciliation.explain(id, body.reason));
  }

  @Post('days/:day/close')
  @HttpCode(200)
  @RequirePermission('reconciliation:write')
  @ApiOperation({ summary: 'Close the day (日结): refused while a line is neither matched nor explained.' })
  @ApiOkResponse({ type: ReconciliationDayResponse })
  @ApiProblemResponses(400, 422)
  async close(@Param() params: DayParam): Promise<ReconciliationDayResponse> {
    return this.reconciliation.close(params.day);
  }
}
