import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  MaxLength,
  Min,
  NotEquals,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { MOVEMENT_KINDS, MovementKind } from '../stock-movement.entity';
import { MAX_QUANTITY } from './stock-level.dto';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class ListStockMovementsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['-createdAt', 'createdAt'], default: '-createdAt' })
  @IsOptional()
  @IsIn(['-createdAt', 'createdAt'])
  sort?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  skuId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  warehouseId?: string;

  @ApiPropertyOptional({ enum: MOVEMENT_KINDS })
  @IsOptional()
  @IsIn(MOVEMENT_KINDS)
  kind?: MovementKind;

  @ApiPropertyOptional({
    description: 'The source document type, e.g. `order`, `purchase-order`, `stocktake`.',
  })
  @IsOptional()
  @IsString()
  @MaxLength(32)
  sourceType?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsString()
  @MaxLength(64)
  sourceId?: string;
}

export class StockSourceView {
  @ApiProperty({ example: 'order' })
  type!: string;

  @ApiProperty()
  id!: string;

  @ApiProperty({ type: 'string', nullable: true, example: 'SO-20261127-0001' })
  number!: string | null;
}

export class StockActorView {
  @ApiProperty({ enum: ['user', 'api-key', 'system'] })
  kind!: 'user' | 'api-key' | 'system';

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  id!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  label!: string | null;
}

export class StockMovementResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ enum: MOVEMENT_KINDS })
  kind!: MovementKind;

  @ApiProperty({ format: 'uuid' })
  skuId!: string;

  @ApiProperty()
  skuCode!: string;

  @ApiProperty({ type: 'string', nullable: true })
  skuName!: string | null;

  @ApiProperty({ format: 'uuid' })
  warehouseId!: string;

  @ApiProperty()
  warehouseCode!: string;

  @ApiProperty()
  onHandDelta!: number;

  @ApiProperty()
  reservedDelta!: number;

  @ApiProperty()
  onHandAfter!: number;

  @ApiProperty()
  reservedAfter!: number;

  @ApiProperty({ type: StockSourceView })
  source!: StockSourceView;

  @ApiProperty({ type: 'string', nullable: true })
  reason!: string | null;

  @ApiProperty({ type: StockActorView })
  actor!: StockActorView;
}

export class CreateStockAdjustmentDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  skuId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  warehouseId!: string;

  @ApiProperty({ example: -2, description: 'Units added (positive) or taken away (negative); never 0.' })
  // A JSON number only: converting would take "100", true or [5] as quantities (found by the fuzz suite).
  @IsInt()
  @NotEquals(0)
  @Min(-MAX_QUANTITY)
  @Max(MAX_QUANTITY)
  quantity!: number;

  @ApiProperty({ example: '破损报废', description: 'Why: it stays on the movement for good.' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 500)
  reason!: string;
}
