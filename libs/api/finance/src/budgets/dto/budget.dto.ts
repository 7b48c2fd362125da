import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Matches, Max, MaxLength, Min } from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import type { BudgetWithFigures } from '../budgets.service';
import { BUDGET_PERIOD_KINDS, BudgetPeriodKind, utilisationPercent } from '../budget-rules';

const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const ACCOUNT_PATTERN = /^[0-9]{4}([0-9]{2}){0,5}$/;
const MAX_BUDGET = 1_000_000_000_000; // ¥10 billion in 分
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateBudgetDto {
  @ApiProperty({ format: 'uuid', description: 'A department, team or sales territory; its subtree counts.' })
  @IsUUID()
  orgUnitId!: string;

  @ApiProperty({ enum: BUDGET_PERIOD_KINDS })
  @IsIn(BUDGET_PERIOD_KINDS)
  periodKind!: BudgetPeriodKind;

  @ApiProperty({
    example: '2026-11-01',
    description: 'Any day of the period; the period is derived from it.',
  })
  @Matches(DATE_PATTERN, { message: 'periodDate must be a date such as 2026-11-01' })
  periodDate!: string;

  @ApiProperty({ example: '6601', description: 'An expense account (销售费用 6601, 管理费用 6602, …).' })
  @Matches(ACCOUNT_PATTERN, { message: 'accountCode must be an account code such as 6601' })
  accountCode!: string;

  @ApiProperty({ example: 5_000_000, description: 'Integer minor units (分): 5000000 is ¥50,000.00.' })
  @IsInt({ message: 'amount must be a whole number of 分' })
  @Min(0)
  @Max(MAX_BUDGET)
  amount!: number;

  @ApiPropertyOptional({ type: 'string', nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

export class UpdateBudgetDto {
  @ApiPropertyOptional({ description: '分.' })
  @IsOptional()
  @IsInt({ message: 'amount must be a whole number of 分' })
  @Min(0)
  @Max(MAX_BUDGET)
  amount?: number;

  @ApiPropertyOptional({ type: 'string', nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(500)
  note?: string | null;
}

export class ListBudgetsQuery extends PageQuery {
  @ApiPropertyOptional({
    enum: ['createdAt', '-createdAt', 'periodStart', '-periodStart'],
    default: '-createdAt',
  })
  @IsOptional()
  @IsIn(['createdAt', '-createdAt', 'periodStart', '-periodStart'])
  sort?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;

  @ApiPropertyOptional({ enum: BUDGET_PERIOD_KINDS })
  @IsOptional()
  @IsIn(BUDGET_PERIOD_KINDS)
  periodKind?: BudgetPeriodKind;

  @ApiPropertyOptional({ example: '6601' })
  @IsOptional()
  @Matches(ACCOUNT_PATTERN, { message: 'accountCode must be an account code such as 6601' })
  accountCode?: string;

  @ApiPropertyOptional({ example: '2026-11-15', description: 'Only budgets whose period contains this day.' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'date must be a date such as 2026-11-15' })
  date?: string;
}

export class BudgetAlertsQuery {
  @ApiPropertyOptional({ enum: [80, 100], default: 80, description: 'Percent of the budget used.' })
  @IsOptional()
  @Type(() => Number)
  @IsIn([80, 100])
  threshold?: 80 | 100;

  @ApiPropertyOptional({
    example: '2026-11-15',
    description: 'Periods containing this day; today by default.',
  })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'date must be a date such as 2026-11-15' })
  date?: string;
}

export class BudgetResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  orgUnitId!: string;

  @ApiProperty({ enum: BUDGET_PERIOD_KINDS })
  periodKind!: BudgetPeriodKind;

  @ApiProperty({ example: '2026-Q4' })
  period!: string;

  @ApiProperty({ type: 'string', format: 'date' })
  periodStart!: string;

  @ApiProperty({ type: 'string', format: 'date' })
  periodEnd!: string;

  @ApiProperty()
  accountCode!: string;

  @ApiProperty({ description: 'The budget, 分.' })
  amount!: number;

  @ApiProperty({ example: 'CNY' })
  currency!: string;

  @ApiProperty({
    description: 'Posted ledger lines on the account for the unit and everything under it, 分.',
  })
  actual!: number;

  @ApiProperty({ description: 'Approved claims not yet paid (already included in actual), 分.' })
  committed!: number;

  @ApiProperty({ description: 'Submitted claims awaiting approval, 分.' })
  pending!: number;

  @ApiProperty({ description: 'actual + pending, 分: what alerts and the approval check compare.' })
  used!: number;

  @ApiProperty({ description: 'amount − used, 分 (negative when over).' })
  remaining!: number;

  @ApiProperty({ description: 'Whole percent of the budget used, rounded down.' })
  percentUsed!: number;

  @ApiProperty({ enum: [0, 80, 100], description: 'The highest alert level announced so far.' })
  alertedLevel!: number;

  @ApiProperty({ type: 'string', nullable: true })
  note!: string | null;

  @ApiProperty()
  version!: number;

  @ApiProperty({ type: 'string', format: 'date-time' })
  createdAt!: string;

  static from({ budget, figures }: BudgetWithFigures): BudgetResponse {
    return {
      id: budget.id,
      orgUnitId: budget.orgUnitId,
      periodKind: budget.periodKind,
      period: budget.periodLabel,
      periodStart: budget.periodStart,
      periodEnd: budget.periodEnd,
      accountCode: budget.accountCode,
      amount: budget.amount,
      currency: budget.currency,
      actual: figures.actual,
      committed: figures.committed,
      pending: figures.pending,
      used: figures.used,
      remaining: budget.amount - figures.used,
      percentUsed: utilisationPercent(figures.used, budget.amount),
      alertedLevel: budget.alertedLevel,
      note: budget.note,
      version: budget.version,
      createdAt: budget.createdAt.toISOString(),
    };
  }
}
