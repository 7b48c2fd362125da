import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
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
  Length,
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { MONTH_PATTERN } from '../../shared/periods';

export class CommissionTierDto {
  @ApiProperty({ example: 10_000, description: 'From this attainment (basis points, 10000 = 100%) upward.' })
  @IsInt()
  @Min(0)
  @Max(1_000_000)
  fromAttainmentBp!: number;

  @ApiProperty({ example: 200, description: 'Commission rate on the actual sales, basis points (200 = 2%).' })
  @IsInt()
  @Min(0)
  @Max(10_000)
  rateBp!: number;
}

export class CreateCommissionPlanDto {
  @ApiProperty({ example: 'STD-2026' })
  @Matches(/^[A-Za-z0-9_-]{2,32}$/, { message: 'code must be 2–32 letters, digits, - or _' })
  code!: string;

  @ApiProperty({ example: '2026 标准提成' })
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({ type: [CommissionTierDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CommissionTierDto)
  tiers!: CommissionTierDto[];
}

export class UpdateCommissionPlanDto {
  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({ type: [CommissionTierDto] })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => CommissionTierDto)
  tiers?: CommissionTierDto[];

  @ApiPropertyOptional()
  @IsOptional()
  @IsBoolean()
  active?: boolean;
}

export class ListCommissionPlansQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['name', '-name', 'createdAt', '-createdAt'] })
  @IsOptional()
  @IsIn(['name', '-name', 'createdAt', '-createdAt'])
  sort?: string;
}

export class CommissionPlanResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [CommissionTierDto] }) tiers!: CommissionTierDto[];
  @ApiProperty() active!: boolean;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) updatedAt!: string;
}

export class CalculateCommissionsDto {
  @ApiProperty({ example: '2026-11', description: 'The month; its monthly targets’ people are paid.' })
  @Matches(MONTH_PATTERN, { message: 'period must be a month such as 2026-11' })
  period!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  planId!: string;
}

export class ListCommissionRunsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['createdAt', '-createdAt', 'period', '-period'] })
  @IsOptional()
  @IsIn(['createdAt', '-createdAt', 'period', '-period'])
  sort?: string;
}

export class CommissionLineResponse {
  @ApiProperty({ format: 'uuid' }) userId!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty({ description: 'The person’s target in 分.' }) targetAmount!: number;
  @ApiProperty({ description: 'The person’s share of the city’s net sales (by target), 分.' })
  actualAmount!: number;
  @ApiProperty() attainmentBp!: number;
  @ApiProperty() rateBp!: number;
  @ApiProperty({ description: 'Commission in 分.' }) amount!: number;
}

export class CommissionRunResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'SC-20261128-0001' }) number!: string;
  @ApiProperty({ example: '2026-11' }) period!: string;
  @ApiProperty({ format: 'uuid' }) planId!: string;
  @ApiProperty() currency!: string;
  @ApiProperty({ description: 'Company total in 分.' }) total!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;
  @ApiProperty({ type: [CommissionLineResponse], description: 'The lines within one’s territory.' })
  lines!: CommissionLineResponse[];
}
