import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { EXPENSE_CATEGORIES, ExpenseCategory } from '../expense-categories';
import { EXPENSE_CLAIM_STATUSES, ExpenseClaimStatus } from '../expense-claim-states';

export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const MAX_LINE_AMOUNT = 100_000_000; // ¥1,000,000 in 分 per receipt: anything larger is not an expense claim
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ExpenseClaimLineInput {
  @ApiProperty({ example: '2026-11-20', description: 'The day on the receipt.' })
  @Matches(DATE_PATTERN, { message: 'expenseDate must be a date such as 2026-11-20' })
  expenseDate!: string;

  @ApiProperty({ enum: EXPENSE_CATEGORIES })
  @IsIn(EXPENSE_CATEGORIES)
  category!: ExpenseCategory;

  @ApiProperty({ example: 38_000, description: 'Integer minor units (分): 38000 is ¥380.00.' })
  @IsInt({ message: 'amount must be a whole number of 分 (38000 for ¥380.00)' })
  @Min(1)
  @Max(MAX_LINE_AMOUNT)
  amount!: number;

  @ApiProperty({ example: '广州出差住宿 1 晚' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  description!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The unit that bears the cost; the claim’s unit by default.',
  })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;

  @ApiPropertyOptional({
    type: 'string',
    nullable: true,
    description: 'Why a line over the policy limit is still right (at least 10 characters).',
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(500)
  justification?: string | null;
}

export class CreateExpenseClaimDto {
  @ApiProperty({ example: '11 月广州出差' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The claim’s unit; the claimant’s own unit by default.',
  })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;

  @ApiProperty({ type: [ExpenseClaimLineInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ExpenseClaimLineInput)
  lines!: ExpenseClaimLineInput[];
}

export class UpdateExpenseClaimDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ type: [ExpenseClaimLineInput], description: 'Replaces every line.' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => ExpenseClaimLineInput)
  lines?: ExpenseClaimLineInput[];
}

export class ListExpenseClaimsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['createdAt', '-createdAt', 'number', '-number'], default: '-createdAt' })
  @IsOptional()
  @IsIn(['createdAt', '-createdAt', 'number', '-number'])
  sort?: string;

  @ApiPropertyOptional({ enum: EXPENSE_CLAIM_STATUSES })
  @IsOptional()
  @IsIn(EXPENSE_CLAIM_STATUSES)
  status?: ExpenseClaimStatus;

  @ApiPropertyOptional({ description: 'Only the caller’s own claims.' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  mine?: boolean;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Only this claimant’s claims (within what the caller sees).',
  })
  @IsOptional()
  @IsUUID()
  claimantId?: string;

  @ApiPropertyOptional({
    example: '2026-11',
    description: 'Only claims written in this month (China time), the period finance reimburses by.',
  })
  @IsOptional()
  @Matches(MONTH_PATTERN, { message: 'month must be a month such as 2026-11' })
  month?: string;
}

export class ApproveExpenseClaimDto {
  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(500)
  comment?: string;

  @ApiPropertyOptional({ description: 'Finance manager only: approve although a budget would be exceeded.' })
  @IsOptional()
  @IsBoolean()
  overrideBudget?: boolean;

  @ApiPropertyOptional({ maxLength: 500, description: 'Required with overrideBudget; audited.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(500)
  overrideReason?: string;
}

export class DecisionReasonDto {
  @ApiProperty({ example: '请补充酒店发票', maxLength: 500 })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;
}

export class PayExpenseClaimDto {
  @ApiPropertyOptional({ example: 'ICBC-20261128-0042', description: 'The bank transfer’s reference.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  paymentReference?: string;
}

export class PayExpenseClaimsDto extends PayExpenseClaimDto {
  @ApiProperty({ type: [String], format: 'uuid', description: 'Approved claims paid in one bank batch.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  claimIds!: string[];
}
