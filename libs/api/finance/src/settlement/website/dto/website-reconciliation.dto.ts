import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, Length, Matches } from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';

export const DAY_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
export const LINE_STATUSES = ['matched', 'amount_difference', 'unmatched'] as const;

export class DayParam {
  @ApiProperty({ format: 'date', example: '2026-11-27' })
  @Matches(DAY_PATTERN, { message: 'day must be a date such as 2026-11-27' })
  day!: string;
}

export class ListStatementLinesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: LINE_STATUSES })
  @IsOptional()
  @IsIn(LINE_STATUSES)
  status?: (typeof LINE_STATUSES)[number];

  @ApiPropertyOptional({
    description: 'Only lines neither matched nor explained (what blocks closing the day).',
  })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  unexplained?: boolean;
}

export class ExplainLineDto {
  @ApiProperty({ example: '客户重复支付，已原路退款' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class StatementImportResponse {
  @ApiProperty({ format: 'uuid' }) importId!: string;
  @ApiProperty({ example: 'PS-20261128-0001' }) number!: string;
  @ApiProperty({ description: 'Lines imported (not counting duplicates).' }) lines!: number;
  @ApiProperty({ description: 'Lines whose transaction reference was already imported.' })
  duplicates!: number;
  @ApiProperty() matched!: number;
  @ApiProperty() amountDifferences!: number;
  @ApiProperty() unmatched!: number;
  @ApiProperty({ type: [String], description: 'The settlement days the lines fall on.' }) days!: string[];
  @ApiProperty({ description: 'Server time the import took.' }) milliseconds!: number;
}

export class ReconciliationDayResponse {
  @ApiProperty({ format: 'date' }) day!: string;
  @ApiProperty({ description: 'Statement lines settled that day.' }) lines!: number;
  @ApiProperty({ description: '分' }) statementAmount!: number;
  @ApiProperty({ description: 'Provider fees, 分.' }) fees!: number;
  @ApiProperty() matched!: number;
  @ApiProperty() amountDifferences!: number;
  @ApiProperty({ description: 'Statement − our amount over the differing lines, 分.' })
  amountDifferenceTotal!: number;
  @ApiProperty({ description: 'Statement lines with no payment of ours.' }) unmatched!: number;
  @ApiProperty({ description: 'Lines neither matched nor explained; the day closes at 0.' })
  unexplained!: number;
  @ApiProperty({ description: 'Our payments of that day no statement line has settled.' })
  unsettledPayments!: number;
  @ApiProperty() closed!: boolean;
  @ApiProperty({ type: String, nullable: true }) closedAt!: string | null;
}

export class ProviderStatementLineResponse {
  @ApiProperty({ description: 'Line id (a number, as a string).' }) id!: string;
  @ApiProperty() lineNo!: number;
  @ApiProperty() transactionRef!: string;
  @ApiProperty() orderRef!: string;
  @ApiProperty({ description: '分' }) amount!: number;
  @ApiProperty({ description: '分' }) fee!: number;
  @ApiProperty() settledAt!: string;
  @ApiProperty({ format: 'date' }) settledDay!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) orderId!: string | null;
  @ApiProperty({ type: Number, nullable: true, description: 'Our payment’s amount, 分.' })
  expectedAmount!: number | null;
  @ApiProperty({ enum: LINE_STATUSES }) status!: string;
  @ApiProperty({ type: String, nullable: true }) explanation!: string | null;
  @ApiProperty({ type: String, nullable: true }) explainedAt!: string | null;
}

export class UnsettledPaymentResponse {
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty() orderNumber!: string;
  @ApiProperty({ description: '分' }) amount!: number;
  @ApiProperty() currency!: string;
}
