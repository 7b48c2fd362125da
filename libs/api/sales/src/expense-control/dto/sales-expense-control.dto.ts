import { ApiProperty } from '@nestjs/swagger';
import { Matches } from 'class-validator';
import { MONTH_PATTERN } from '../../shared/periods';
import { TERRITORY_KINDS, TerritoryKind } from '../../territories/territory-directory';
import { EXPENSE_STATUSES, ExpenseStatus } from '../expense-ratio';

export class SalesExpenseControlQuery {
  @ApiProperty({ example: '2026-11' })
  @Matches(MONTH_PATTERN, { message: 'period must be a month such as 2026-11' })
  period!: string;
}

export class SalesExpenseTerritoryResponse {
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: TERRITORY_KINDS }) kind!: TerritoryKind;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'The month’s sales expense budgets (6601) set on this territory, in 分; null when none.',
  })
  budget!: number | null;
  @ApiProperty({ description: 'Posted sales expenses of the territory and everything below it, in 分.' })
  actual!: number;
  @ApiProperty({ description: 'Submitted claims awaiting approval, in 分 (as good as spent).' })
  pending!: number;
  @ApiProperty({ description: 'actual + pending, in 分: what the budget check counts.' })
  spent!: number;
  @ApiProperty({ description: 'Delivered orders net of refunds in the month, in 分.' }) netSales!: number;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'spent ÷ budget in basis points, rounded down.',
  })
  usedBp!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: '费比: spent ÷ net sales in basis points.' })
  ratioBp!: number | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Planned 费比: the budget ÷ the month’s sales target of the territory, in basis points.',
  })
  plannedRatioBp!: number | null;
  @ApiProperty({ type: 'integer', nullable: true, description: 'The month’s sales target, in 分.' })
  target!: number | null;
  @ApiProperty({ enum: EXPENSE_STATUSES }) status!: ExpenseStatus;
}

export class SalesExpenseControlResponse {
  @ApiProperty({ example: '2026-11' }) period!: string;
  @ApiProperty({ example: 'CNY' }) currency!: string;
  @ApiProperty({ type: [SalesExpenseTerritoryResponse], description: 'In tree order.' })
  territories!: SalesExpenseTerritoryResponse[];
  @ApiProperty({ description: 'Territories in warning.' }) warnings!: number;
  @ApiProperty({ description: 'Territories at or past their budget.' }) exceeded!: number;
}
