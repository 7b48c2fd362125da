import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
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
  ValidateIf,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { CONTRACT_KINDS, CONTRACT_STATUSES, ContractKind, ContractStatus } from '../contract-states';

const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const MAX_AMOUNT = 100_000_000_000_00; // ¥100 billion in 分: past that it is a typo, not a contract
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const dateMessage = (field: string) => `${field} must be a date such as 2026-11-29`;

export class CreateEconomicContractDto {
  @ApiProperty({ example: '2027 年度广州仓库租赁合同' })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiProperty({ enum: CONTRACT_KINDS })
  @IsIn(CONTRACT_KINDS)
  kind!: ContractKind;

  @ApiProperty({
    example: '广州市白云物流园有限公司',
    description: 'The other party, as the contract names it.',
  })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  counterpartyName!: string;

  @ApiPropertyOptional({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'When the party is a supplier.',
  })
  @IsOptional()
  @IsUUID()
  supplierId?: string | null;

  @ApiProperty({ format: 'uuid', description: 'Our unit that signs and bears the contract.' })
  @IsUUID()
  orgUnitId!: string;

  @ApiProperty({ example: 36_000_000, description: 'Integer minor units (分): 36000000 is ¥360,000.00.' })
  @IsInt({ message: 'amount must be a whole number of 分 (36000000 for ¥360,000.00)' })
  @Min(0)
  @Max(MAX_AMOUNT)
  amount!: number;

  @ApiPropertyOptional({ example: 'CNY', default: 'CNY' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as CNY' })
  currency?: string;

  @ApiPropertyOptional({ type: 'string', format: 'date', nullable: true, example: '2026-12-20' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @Matches(DATE_PATTERN, { message: dateMessage('signedOn') })
  signedOn?: string | null;

  @ApiProperty({ type: 'string', format: 'date', example: '2027-01-01' })
  @Matches(DATE_PATTERN, { message: dateMessage('startsOn') })
  startsOn!: string;

  @ApiProperty({ type: 'string', format: 'date', example: '2027-12-31' })
  @Matches(DATE_PATTERN, { message: dateMessage('endsOn') })
  endsOn!: string;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Who looks after the contract; the writer by default.',
  })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({ type: 'string', nullable: true, maxLength: 1000 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

export class UpdateEconomicContractDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title?: string;

  @ApiPropertyOptional({ enum: CONTRACT_KINDS })
  @IsOptional()
  @IsIn(CONTRACT_KINDS)
  kind?: ContractKind;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  counterpartyName?: string;

  @ApiPropertyOptional({ type: 'string', format: 'uuid', nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  supplierId?: string | null;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;

  @ApiPropertyOptional({ description: '分.' })
  @IsOptional()
  @IsInt({ message: 'amount must be a whole number of 分 (36000000 for ¥360,000.00)' })
  @Min(0)
  @Max(MAX_AMOUNT)
  amount?: number;

  @ApiPropertyOptional({ example: 'CNY' })
  @IsOptional()
  @Matches(/^[A-Z]{3}$/, { message: 'currency must be an ISO 4217 code such as CNY' })
  currency?: string;

  @ApiPropertyOptional({ type: 'string', format: 'date', nullable: true })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @Matches(DATE_PATTERN, { message: dateMessage('signedOn') })
  signedOn?: string | null;

  @ApiPropertyOptional({ type: 'string', format: 'date' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: dateMessage('startsOn') })
  startsOn?: string;

  @ApiPropertyOptional({ type: 'string', format: 'date' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: dateMessage('endsOn') })
  endsOn?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  ownerId?: string;

  @ApiPropertyOptional({ type: 'string', nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

export class TerminateEconomicContractDto {
  @ApiProperty({ example: '对方违约，双方协商提前解除', maxLength: 500 })
  @Transform(trimmed)
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason!: string;

  @ApiPropertyOptional({ type: 'string', format: 'date', description: 'The last day; today by default.' })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: dateMessage('terminatedOn') })
  terminatedOn?: string;
}

export const CONTRACT_SORTS = ['createdAt', '-createdAt', 'number', '-number', 'endsOn', '-endsOn'];

export class ListEconomicContractsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CONTRACT_SORTS, default: '-createdAt' })
  @IsOptional()
  @IsIn(CONTRACT_SORTS)
  sort?: string;

  @ApiPropertyOptional({ enum: CONTRACT_STATUSES })
  @IsOptional()
  @IsIn(CONTRACT_STATUSES)
  status?: ContractStatus;

  @ApiPropertyOptional({ enum: CONTRACT_KINDS })
  @IsOptional()
  @IsIn(CONTRACT_KINDS)
  kind?: ContractKind;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  supplierId?: string;

  @ApiPropertyOptional({ description: 'Number, title or counterparty contains this.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 366,
    description: 'Only active contracts ending within this many days from today (Beijing).',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt({ message: 'expiringWithinDays must be a whole number of days' })
  @Min(0)
  @Max(366)
  expiringWithinDays?: number;
}
