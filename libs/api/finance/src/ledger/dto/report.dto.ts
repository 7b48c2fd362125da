import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { ACCOUNT_TYPES } from '../chart-of-accounts';
import { PERIOD_PATTERN } from './period.dto';

export class PeriodReportQuery {
  @ApiProperty({ example: '2026-11', description: 'The accounting period (month).' })
  @Matches(PERIOD_PATTERN, { message: 'period must be a month such as 2026-11' })
  period!: string;
}

class TrialBalanceAmounts {
  @ApiProperty({ description: '期初借方, 分' }) openingDebit!: number;
  @ApiProperty({ description: '期初贷方, 分' }) openingCredit!: number;
  @ApiProperty({ description: '本期借方发生额, 分' }) debit!: number;
  @ApiProperty({ description: '本期贷方发生额, 分' }) credit!: number;
  @ApiProperty({ description: '期末借方, 分' }) closingDebit!: number;
  @ApiProperty({ description: '期末贷方, 分' }) closingCredit!: number;
}

export class TrialBalanceRowResponse extends TrialBalanceAmounts {
  @ApiProperty({ format: 'uuid' }) accountId!: string;
  @ApiProperty({ example: '1122' }) code!: string;
  @ApiProperty() nameZh!: string;
  @ApiProperty() nameEn!: string;
  @ApiProperty({ enum: ACCOUNT_TYPES }) type!: string;
  @ApiProperty({ enum: ['debit', 'credit'] }) normalBalance!: string;
  @ApiProperty() level!: number;
  @ApiProperty() isLeaf!: boolean;
}

export class TrialBalanceResponse {
  @ApiProperty({ example: '2026-11' }) period!: string;
  @ApiProperty({
    type: [TrialBalanceRowResponse],
    description: 'Accounts with a balance or activity, by code.',
  })
  rows!: TrialBalanceRowResponse[];
  @ApiProperty({ type: TrialBalanceAmounts, description: 'Sums over the first-level accounts.' })
  totals!: TrialBalanceAmounts;
  @ApiProperty({ description: 'Debits equal credits in every pair of columns.' }) balanced!: boolean;
}

export class StatementLineResponse {
  @ApiProperty({ example: 'revenue' }) key!: string;
  @ApiProperty({ example: '一、营业收入' }) nameZh!: string;
  @ApiProperty({ example: 'Operating revenue' }) nameEn!: string;
  @ApiProperty({ description: '分' }) amount!: number;
}

export class IncomeStatementAmountsResponse {
  @ApiProperty({ type: [StatementLineResponse] }) lines!: StatementLineResponse[];
  @ApiProperty({ description: '营业利润, 分' }) operatingProfit!: number;
  @ApiProperty({ description: '利润总额, 分' }) totalProfit!: number;
  @ApiProperty({ description: '净利润, 分' }) netProfit!: number;
}

export class IncomeStatementResponse {
  @ApiProperty({ example: '2026-11' }) period!: string;
  @ApiProperty({ type: IncomeStatementAmountsResponse, description: '本期金额' })
  current!: IncomeStatementAmountsResponse;
  @ApiProperty({ type: IncomeStatementAmountsResponse, description: '本年累计金额' })
  yearToDate!: IncomeStatementAmountsResponse;
}

export class BalanceSheetSectionResponse {
  @ApiProperty({ type: [StatementLineResponse] }) lines!: StatementLineResponse[];
  @ApiProperty({ description: '分' }) total!: number;
}

export class BalanceSheetAmountsResponse {
  @ApiProperty({ type: BalanceSheetSectionResponse }) assets!: BalanceSheetSectionResponse;
  @ApiProperty({ type: BalanceSheetSectionResponse }) liabilities!: BalanceSheetSectionResponse;
  @ApiProperty({ type: BalanceSheetSectionResponse }) equity!: BalanceSheetSectionResponse;
  @ApiProperty({ description: '负债和所有者权益总计, 分' }) liabilitiesAndEquity!: number;
}

export class BalanceSheetResponse {
  @ApiProperty({ example: '2026-11' }) period!: string;
  @ApiProperty({ type: BalanceSheetAmountsResponse, description: '期末余额' })
  closing!: BalanceSheetAmountsResponse;
  @ApiProperty({ type: BalanceSheetAmountsResponse, description: '年初余额' })
  yearStart!: BalanceSheetAmountsResponse;
  @ApiProperty({ description: 'Assets equal liabilities plus equity in both columns.' }) balanced!: boolean;
}
