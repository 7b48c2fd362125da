import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Matches, Max, Min } from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { ASSET_CATEGORIES } from '../fixed-asset.entity';
import type { AssetCategory, AssetStatus } from '../fixed-asset.entity';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const PERIOD = /^\d{4}-(0[1-9]|1[0-2])$/;
const MAX_COST = 100_000_000_000; // ¥1 billion in 分
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class RegisterFixedAssetDto {
  @ApiProperty({ example: '联想 ThinkPad X1' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({ enum: ASSET_CATEGORIES })
  @IsIn(ASSET_CATEGORIES)
  category!: AssetCategory;

  @ApiProperty({ description: 'Historical cost in 分 (CNY).', example: 1_000_000 })
  @IsInt()
  @Min(1)
  @Max(MAX_COST)
  cost!: number;

  @ApiProperty({ description: 'Expected residual value in 分, below the cost.', example: 40_000 })
  @IsInt()
  @Min(0)
  @Max(MAX_COST)
  residualValue!: number;

  @ApiProperty({ minimum: 1, maximum: 600, example: 36 })
  @IsInt()
  @Min(1)
  @Max(600)
  usefulLifeMonths!: number;

  @ApiProperty({ format: 'date', example: '2026-11-15' })
  @Matches(DATE, { message: 'inServiceDate must be a date such as 2026-11-15' })
  inServiceDate!: string;

  @ApiProperty({ format: 'uuid', description: 'The employee who holds the asset.' })
  @IsUUID()
  custodianEmployeeId!: string;

  @ApiProperty({ example: '上海总部 3F' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  location!: string;
}

export class TransferFixedAssetDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  toEmployeeId!: string;

  @ApiPropertyOptional({ description: 'The new location; the current one when omitted.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  toLocation?: string;

  @ApiProperty({ format: 'date' })
  @Matches(DATE, { message: 'transferredOn must be a date such as 2026-11-15' })
  transferredOn!: string;

  @ApiProperty({ example: '岗位调动' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class DisposeFixedAssetDto {
  @ApiProperty({ format: 'date' })
  @Matches(DATE, { message: 'disposedOn must be a date such as 2026-11-15' })
  disposedOn!: string;

  @ApiProperty({ description: 'What the asset sold for, in 分 (0 when scrapped).', example: 0 })
  @IsInt()
  @Min(0)
  @Max(MAX_COST)
  proceeds!: number;

  @ApiProperty({ example: '报废' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class RunDepreciationDto {
  @ApiProperty({ example: '2026-11', description: 'The month to depreciate (YYYY-MM).' })
  @Matches(PERIOD, { message: 'period must be a month such as 2026-11' })
  period!: string;
}

export class ListFixedAssetsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['number', 'inServiceDate'], default: 'number' })
  @IsOptional()
  @IsIn(['number', '-number', 'inServiceDate', '-inServiceDate'])
  sort?: string;

  @ApiPropertyOptional({ enum: ['in_service', 'disposed'] })
  @IsOptional()
  @IsIn(['in_service', 'disposed'])
  status?: AssetStatus;

  @ApiPropertyOptional({ enum: ASSET_CATEGORIES })
  @IsOptional()
  @IsIn(ASSET_CATEGORIES)
  category?: AssetCategory;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  custodianEmployeeId?: string;
}

export class FixedAssetResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'FA-20261128-0001' }) number!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ASSET_CATEGORIES }) category!: AssetCategory;
  @ApiProperty({ example: 'CNY' }) currency!: string;
  @ApiProperty() cost!: number;
  @ApiProperty() residualValue!: number;
  @ApiProperty() usefulLifeMonths!: number;
  @ApiProperty({ format: 'date' }) inServiceDate!: string;
  @ApiProperty({ format: 'uuid' }) custodianEmployeeId!: string;
  @ApiProperty() location!: string;
  @ApiProperty({ enum: ['in_service', 'disposed'] }) status!: AssetStatus;
  @ApiProperty() accumulatedDepreciation!: number;
  @ApiProperty({ description: 'cost − accumulated depreciation, 分.' }) netBookValue!: number;
  @ApiProperty() monthsDepreciated!: number;
  @ApiProperty({ type: String, format: 'date', nullable: true }) disposedOn!: string | null;
  @ApiProperty({ type: Number, nullable: true }) disposalProceeds!: number | null;
  @ApiProperty({ type: String, nullable: true }) disposalReason!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: string;
}

export class FixedAssetTransferResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) fromEmployeeId!: string;
  @ApiProperty({ format: 'uuid' }) toEmployeeId!: string;
  @ApiProperty() fromLocation!: string;
  @ApiProperty() toLocation!: string;
  @ApiProperty({ format: 'date' }) transferredOn!: string;
  @ApiProperty() reason!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) createdBy!: string | null;
  @ApiProperty() createdAt!: string;
}

export class DepreciationRunResponse {
  @ApiProperty({ example: '2026-11' }) period!: string;
  @ApiProperty({ description: 'Assets depreciated by this run (not those done before).' })
  assetsDepreciated!: number;
  @ApiProperty({ description: 'Depreciation posted by this run, 分.' }) amount!: number;
  @ApiProperty({ description: 'Assets already depreciated for the month by an earlier run.' })
  alreadyDone!: number;
}
