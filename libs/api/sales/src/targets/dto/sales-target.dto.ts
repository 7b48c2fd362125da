import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
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
import { PERIOD_PATTERN } from '../../shared/periods';

const MAX_AMOUNT = 1e15;
const PERIOD_MESSAGE = 'period must be a month (2026-11), a quarter (2026-Q4) or a year (2026)';

export class CreateSalesTargetDto {
  @ApiProperty({
    example: '2026-Q4',
    description: 'A month (2026-11), a quarter (2026-Q4) or a year (2026).',
  })
  @Matches(PERIOD_PATTERN, { message: PERIOD_MESSAGE })
  period!: string;

  @ApiProperty({ format: 'uuid', description: 'The province (org unit of kind province).' })
  @IsUUID()
  orgUnitId!: string;

  @ApiProperty({ example: 300_000_000, description: 'The target in 分 (CNY).' })
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT)
  amount!: number;

  @ApiPropertyOptional({ example: '双十一冲刺' })
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  note?: string;
}

export class UpdateSalesTargetDto {
  @ApiPropertyOptional({ example: 320_000_000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT)
  amount?: number;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 1000)
  note?: string;
}

export class AllocationChildDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A region (under a province) or city (under a region).',
  })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'A salesperson (under a city): a user of the city.' })
  @IsOptional()
  @IsUUID()
  userId?: string;

  @ApiProperty({ example: 100_000_000, description: 'In 分.' })
  @IsInt()
  @Min(0)
  @Max(MAX_AMOUNT)
  amount!: number;
}

export class SetAllocationsDto {
  @ApiProperty({
    type: [AllocationChildDto],
    description:
      'Every child of the node (replaces the previous set; removed children lose their own allocations).',
  })
  @IsArray()
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => AllocationChildDto)
  children!: AllocationChildDto[];
}

export class ListSalesTargetsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['period', '-period', 'createdAt', '-createdAt'] })
  @IsOptional()
  @IsIn(['period', '-period', 'createdAt', '-createdAt'])
  sort?: string;

  @ApiPropertyOptional({ example: '2026-Q4' })
  @IsOptional()
  @Matches(PERIOD_PATTERN, { message: PERIOD_MESSAGE })
  period?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The province.' })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;
}

export class SalesTargetSummaryResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'ST-20261128-0001' }) number!: string;
  @ApiProperty({ enum: ['month', 'quarter', 'year'] }) periodKind!: string;
  @ApiProperty({ example: '2026-Q4' }) period!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty({
    description: 'In 分; null when the province is outside one’s territory.',
    type: 'integer',
    nullable: true,
  })
  amount!: number | null;
  @ApiProperty({ example: 'CNY' }) currency!: string;
  @ApiProperty({ type: 'string', nullable: true }) note!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class TargetNodeResponse {
  @ApiProperty({ enum: ['province', 'region', 'city', 'person'] }) level!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) userId!: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) parentUnitId!: string | null;
  @ApiProperty({ example: '珠三角区域' }) name!: string;
  @ApiProperty({ description: 'Target in 分.' }) amount!: number;
  @ApiProperty({ description: 'Sum of the children’s targets.' }) allocated!: number;
  @ApiProperty({ description: 'amount − allocated: > 0 still to allocate, < 0 over-allocated.' })
  difference!: number;
  @ApiProperty({ description: 'True when there are children and they add up exactly.' }) balanced!: boolean;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description:
      'Net sales in 分 (delivered/completed orders minus refunds paid) in the period; null for people (orders carry no salesperson).',
  })
  actual!: number | null;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'actual ÷ amount in basis points (10000 = 100%).',
  })
  attainmentBp!: number | null;
}

export class SalesTargetResponse extends SalesTargetSummaryResponse {
  @ApiProperty({ format: 'date-time' }) from!: string;
  @ApiProperty({ format: 'date-time' }) to!: string;
  @ApiProperty({ type: [TargetNodeResponse], description: 'The nodes within one’s territory, tree order.' })
  nodes!: TargetNodeResponse[];
}
