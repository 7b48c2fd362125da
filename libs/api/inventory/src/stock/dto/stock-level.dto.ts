import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';

export const MAX_QUANTITY = 100_000_000;

export class ListStockLevelsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  skuId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  warehouseId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'Warehouses of this territory and below.' })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ description: 'Only balances whose available stock is below the reorder point.' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  lowOnly?: boolean;
}

export class ReorderSettingsDto {
  @ApiProperty({
    minimum: 0,
    description: 'Alert (StockLow) when available falls below this; 0 = not watched.',
  })
  @IsInt()
  @Min(0)
  @Max(MAX_QUANTITY)
  reorderPoint!: number;

  @ApiProperty({ minimum: 0, description: 'The buffer kept against surprises; at most the reorder point.' })
  @IsInt()
  @Min(0)
  @Max(MAX_QUANTITY)
  safetyStock!: number;
}

export class StockLevelResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

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
  warehouseName!: string;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  regionId!: string | null;

  @ApiProperty()
  onHand!: number;

  @ApiProperty()
  reserved!: number;

  @ApiProperty({ description: 'on hand − reserved: what can still be promised.' })
  available!: number;

  @ApiProperty({ description: 'On its way here by a transfer, not yet received.' })
  inTransit!: number;

  @ApiProperty()
  reorderPoint!: number;

  @ApiProperty()
  safetyStock!: number;

  @ApiProperty({ description: 'available < reorderPoint' })
  low!: boolean;

  @ApiProperty({ description: 'Version of the reorder settings (the ETag).' })
  version!: number;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;
}
