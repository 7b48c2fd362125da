import { Controller, Get, Query, Res } from '@nestjs/common';
import { ApiOkResponse, ApiOperation, ApiProduces, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiProblemResponses, RequirePermission } from '@zhanggui/api-platform';
import {
  BalanceSheetResponse,
  IncomeStatementResponse,
  PeriodReportQuery,
  TrialBalanceResponse,
} from './dto/report.dto';
import { LedgerReportsService } from './ledger-reports.service';
import { balanceSheetXlsx, incomeStatementXlsx, trialBalanceXlsx } from './ledger-xlsx';

const XLSX = 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';
const xlsxResponse = (name: string) =>
  ApiOkResponse({
    description: `The workbook, as an attachment named ${name}-YYYY-MM.xlsx (Chinese headers, amounts in yuan).`,
    content: { [XLSX]: { schema: { type: 'string', format: 'binary' } } },
  });

async function sendXlsx(reply: FastifyReply, name: string, body: Buffer): Promise<void> {
  await reply
    .header('Content-Type', XLSX)
    .header('Content-Disposition', `attachment; filename="${name}.xlsx"`)
    .header('Cache-Control', 'no-store')
    .send(body);
}

@ApiTags('finance')
@Controller('ledger-reports')
export class LedgerReportsController {
  constructor(private readonly reports: LedgerReportsService) {}

  @Get('trial-balance')
  @RequirePermission('ledger:read')
  @ApiOperation({
    summary: 'Trial balance (科目余额表) of a period: opening, debits, credits and closing of every account.',
  })
  @ApiOkResponse({ type: TrialBalanceResponse })
  @ApiProblemResponses(400)
  trialBalance(@Query() query: PeriodReportQuery): Promise<TrialBalanceResponse> {
    return this.reports.trialBalance(query.period);
  }

  @Get('trial-balance/xlsx')
  @RequirePermission('ledger:read')
  @ApiOperation({ summary: 'The trial balance as an Excel workbook.' })
  @ApiProduces(XLSX)
  @xlsxResponse('trial-balance')
  @ApiProblemResponses(400)
  async trialBalanceXlsx(@Query() query: PeriodReportQuery, @Res() reply: FastifyReply): Promise<void> {
    const trial = await this.reports.trialBalance(query.period);
    await sendXlsx(reply, `trial-balance-${query.period}`, await trialBalanceXlsx(trial));
  }

  @Get('income-statement')
  @RequirePermission('ledger:read')
  @ApiOperation({ summary: 'Profit and loss (利润表) of a period and of its year to date.' })
  @ApiOkResponse({ type: IncomeStatementResponse })
  @ApiProblemResponses(400)
  incomeStatement(@Query() query: PeriodReportQuery): Promise<IncomeStatementResponse> {
    return this.reports.incomeStatement(query.period);
  }

  @Get('income-statement/xlsx')
  @RequirePermission('ledger:read')
  @ApiOperation({ summary: 'The profit and loss statement as an Excel workbook.' })
  @ApiProduces(XLSX)
  @xlsxResponse('income-statement')
  @ApiProblemResponses(400)
  async incomeStatementXlsx(@Query() query: PeriodReportQuery, @Res() reply: FastifyReply): Promise<void> {
    const report = await this.reports.incomeStatement(query.period);
    await sendXlsx(reply, `income-statement-${query.period}`, await incomeStatementXlsx(report));
  }

  @Get('balance-sheet')
  @RequirePermission('ledger:read')
  @ApiOperation({
    summary:
      'Balance sheet (资产负债表) at the end of a period and at the start of its year; always balances.',
  })
  @ApiOkResponse({ type: BalanceSheetResponse })
  @ApiProblemResponses(400)
  balanceSheet(@Query() query: PeriodReportQuery): Promise<BalanceSheetResponse> {
    return this.reports.balanceSheet(query.period);
  }

  @Get('balance-sheet/xlsx')
  @RequirePermission('ledger:read')
  @ApiOperation({ summary: 'The balance sheet as an Excel workbook.' })
  @ApiProduces(XLSX)
  @xlsxResponse('balance-sheet')
  @ApiProblemResponses(400)
  async balanceSheetXlsx(@Query() query: PeriodReportQuery, @Res() reply: FastifyReply): Promise<void> {
    const report = await this.reports.balanceSheet(query.period);
    await sendXlsx(reply, `balance-sheet-${query.period}`, await balanceSheetXlsx(report));
  }
}
