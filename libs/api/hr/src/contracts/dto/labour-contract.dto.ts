import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { CONTRACT_STATUSES, CONTRACT_TYPES } from '../labour-contract.entity';

const DATE = { strict: true } as const;

export class ContractTermsDto {
  @ApiProperty({
    enum: CONTRACT_TYPES,
    description: 'open_ended (无固定期限) has no end date; all others need one.',
  })
  @IsIn(CONTRACT_TYPES)
  type!: (typeof CONTRACT_TYPES)[number];

  @ApiPropertyOptional({ example: '2029-02-28', description: 'Required unless the type is open_ended.' })
  @IsOptional()
  @IsISO8601(DATE)
  endsOn?: string;

  @ApiPropertyOptional({
    minimum: 0,
    maximum: 6,
    default: 0,
    description: 'Probation agreed in the contract.',
  })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(6)
  probationMonths?: number;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class CreateContractDto extends ContractTermsDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() employeeId!: string;

  @ApiProperty({ example: '2026-03-01' })
  @IsISO8601(DATE)
  startsOn!: string;
}

export class RenewContractDto extends ContractTermsDto {
  @ApiPropertyOptional({
    example: '2029-03-01',
    description: 'Default: the day after the current contract ends.',
  })
  @IsOptional()
  @IsISO8601(DATE)
  startsOn?: string;
}

export class TerminateContractDto {
  @ApiProperty({ example: '2026-12-31', description: 'The last day the contract is in force.' })
  @IsISO8601(DATE)
  terminatedOn!: string;

  @ApiProperty({ example: '协商一致解除' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}

export class ListContractsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() employeeId?: string;

  @ApiPropertyOptional({ enum: CONTRACT_STATUSES })
  @IsOptional()
  @IsIn(CONTRACT_STATUSES)
  status?: (typeof CONTRACT_STATUSES)[number];
}

export class ExpiringContractsQuery extends PageQuery {
  @ApiPropertyOptional({
    default: 60,
    minimum: 0,
    maximum: 366,
    description: 'Ending within this many days.',
  })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(0)
  @Max(366)
  withinDays?: number;
}

export class ContractResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'LC-20261127-0001' }) number!: string;
  @ApiProperty({ format: 'uuid' }) employeeId!: string;
  @ApiProperty({ enum: CONTRACT_TYPES }) type!: string;
  @ApiProperty({ example: '2026-03-01' }) startsOn!: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: '2029-02-28' }) endsOn!: string | null;
  @ApiProperty() probationMonths!: number;
  @ApiProperty({ enum: CONTRACT_STATUSES }) status!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) note!: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) renewedFromId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) terminatedOn!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) terminationReason!: string | null;
  @ApiPropertyOptional({
    type: Number,
    nullable: true,
    description: 'Days from today (Beijing) to the end date; null when open-ended.',
  })
  daysLeft!: number | null;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: Date;
}
