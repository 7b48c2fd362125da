import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { MAX_LINE_AMOUNT } from '../journal-rules';
import { PERIOD_PATTERN } from './period.dto';

export const DATE_PATTERN = /^[0-9]{4}-(0[1-9]|1[0-2])-(0[1-9]|[12][0-9]|3[01])$/;
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class JournalLineInput {
  @ApiProperty({ example: '6602', description: 'A leaf account’s code (末级科目).' })
  @Matches(/^[0-9]{4}([0-9]{2}){0,5}$/, { message: 'accountCode must be an account code such as 6602' })
  accountCode!: string;

  @ApiPropertyOptional({
    description: '借方, 分. Exactly one of debit and credit is positive.',
    example: 12000,
  })
  @IsOptional()
  @IsInt({ message: 'debit must be a whole number of 分' })
  @Min(0)
  @Max(MAX_LINE_AMOUNT)
  debit?: number;

  @ApiPropertyOptional({ description: '贷方, 分.', example: 0 })
  @IsOptional()
  @IsInt({ message: 'credit must be a whole number of 分' })
  @Min(0)
  @Max(MAX_LINE_AMOUNT)
  credit?: number;

  @ApiPropertyOptional({ example: '办公用品' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  memo?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Dimension: the org unit the amount belongs to.' })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;
}

export class JournalEntryInput {
  @ApiProperty({ format: 'date', example: '2026-11-27', description: 'The business date; sets the period.' })
  @Matches(DATE_PATTERN, { message: 'entryDate must be a date such as 2026-11-27' })
  entryDate!: string;

  @ApiProperty({ example: '报销办公用品', description: '摘要.' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  description!: string;

  @ApiProperty({ type: [JournalLineInput] })
  @IsArray()
  @ArrayMinSize(2)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => JournalLineInput)
  lines!: JournalLineInput[];
}

export class ReverseEntryDto {
  @ApiProperty({ example: '金额录错', description: 'Why: kept in the reversal’s description.' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 150)
  reason!: string;

  @ApiPropertyOptional({ format: 'date', description: 'Date of the reversal; today (Beijing) when omitted.' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'date must be a date such as 2026-11-27' })
  date?: string;
}

export class ListJournalEntriesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['entryDate', '-entryDate'], default: '-entryDate' })
  @IsOptional()
  @IsIn(['entryDate', '-entryDate'])
  sort?: string = '-entryDate';

  @ApiPropertyOptional({ example: '2026-11' })
  @IsOptional()
  @Matches(PERIOD_PATTERN, { message: 'period must be a month such as 2026-11' })
  period?: string;

  @ApiPropertyOptional({
    example: '1122',
    description: 'Entries with a line on this account or its sub-accounts.',
  })
  @IsOptional()
  @Matches(/^[0-9]{4}([0-9]{2}){0,5}$/, { message: 'accountCode must be an account code' })
  accountCode?: string;

  @ApiPropertyOptional({ example: 'order', description: 'The source document type of automatic entries.' })
  @IsOptional()
  @Matches(/^[a-z_]{1,40}$/, { message: 'sourceType must be lower-case letters' })
  sourceType?: string;

  @ApiPropertyOptional({ description: 'The source document’s id (with sourceType).' })
  @IsOptional()
  @IsString()
  @Length(1, 64)
  sourceId?: string;

  @ApiPropertyOptional({ enum: ['draft', 'posted'] })
  @IsOptional()
  @IsIn(['draft', 'posted'])
  status?: 'draft' | 'posted';
}

export class AccountLedgerQuery extends PageQuery {
  @ApiProperty({ example: '1122' })
  @Matches(/^[0-9]{4}([0-9]{2}){0,5}$/, { message: 'accountCode must be an account code' })
  accountCode!: string;

  @ApiPropertyOptional({ example: '2026-11', description: 'From the start of this period (default: all).' })
  @IsOptional()
  @Matches(PERIOD_PATTERN, { message: 'from must be a month such as 2026-11' })
  from?: string;

  @ApiPropertyOptional({ example: '2026-12', description: 'To the end of this period (default: all).' })
  @IsOptional()
  @Matches(PERIOD_PATTERN, { message: 'to must be a month such as 2026-12' })
  to?: string;
}

export class JournalLineResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() lineNo!: number;
  @ApiProperty({ format: 'uuid' }) accountId!: string;
  @ApiProperty({ example: '1122' }) accountCode!: string;
  @ApiProperty({ example: '应收账款' }) accountNameZh!: string;
  @ApiProperty({ example: 'Accounts receivable' }) accountNameEn!: string;
  @ApiProperty({ description: '分' }) debit!: number;
  @ApiProperty({ description: '分' }) credit!: number;
  @ApiProperty({ example: 'CNY' }) currency!: string;
  @ApiProperty({ type: String, nullable: true }) memo!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) orgUnitId!: string | null;
}

export class JournalSourceResponse {
  @ApiProperty({ example: 'order' }) type!: string;
  @ApiProperty() id!: string;
  @ApiProperty({ type: String, nullable: true, example: 'SO-20261127-0001' }) number!: string | null;
  @ApiProperty({ example: 'revenue' }) purpose!: string;
}

export class JournalEntrySummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ type: String, nullable: true, example: 'JV-202611-0001', description: 'Null for drafts.' })
  number!: string | null;
  @ApiProperty({ example: '2026-11' }) period!: string;
  @ApiProperty({ format: 'date' }) entryDate!: string;
  @ApiProperty({ enum: ['draft', 'posted'] }) status!: 'draft' | 'posted';
  @ApiProperty({ description: '摘要' }) description!: string;
  @ApiProperty({ description: 'Sum of the debits (= credits), 分.' }) totalAmount!: number;
  @ApiProperty({ example: 'CNY' }) currency!: string;
  @ApiProperty({ type: JournalSourceResponse, nullable: true }) source!: JournalSourceResponse | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true, description: 'The entry this one reverses.' })
  reversesId!: string | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) postedAt!: string | null;
  @ApiProperty() version!: number;
}

export class JournalEntryResponse extends JournalEntrySummary {
  @ApiProperty({
    type: String,
    format: 'uuid',
    nullable: true,
    description: 'The reversal of this entry, if any.',
  })
  reversedById!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) postedBy!: string | null;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy!: string | null;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: [JournalLineResponse] }) lines!: JournalLineResponse[];
}

export class AccountLedgerRow {
  @ApiProperty({ format: 'uuid' }) lineId!: string;
  @ApiProperty({ format: 'uuid' }) entryId!: string;
  @ApiProperty({ example: 'JV-202611-0001' }) entryNumber!: string;
  @ApiProperty({ format: 'date' }) entryDate!: string;
  @ApiProperty() description!: string;
  @ApiProperty({ type: String, nullable: true }) memo!: string | null;
  @ApiProperty({ example: '1122' }) accountCode!: string;
  @ApiProperty({ description: '分' }) debit!: number;
  @ApiProperty({ description: '分' }) credit!: number;
  @ApiProperty({
    description: 'Balance after this line, 分, positive on the account’s normal side (借 for assets).',
  })
  balance!: number;
}

export class AccountLedgerPage {
  @ApiProperty({ example: '1122' }) accountCode!: string;
  @ApiProperty({ enum: ['debit', 'credit'] }) normalBalance!: 'debit' | 'credit';
  @ApiProperty({ description: 'Balance before the first row of this page, 分 (期初 on the first page).' })
  openingBalance!: number;
  @ApiProperty({ type: [AccountLedgerRow] }) data!: AccountLedgerRow[];
  @ApiProperty({ type: String, nullable: true }) nextCursor!: string | null;
}
