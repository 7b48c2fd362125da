import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional, IsUUID } from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';

export const ALERT_STATUSES = ['open', 'resolved', 'all'] as const;

export class ListStockAlertsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ALERT_STATUSES, default: 'open' })
  @IsOptional()
  @IsIn(ALERT_STATUSES)
  status?: (typeof ALERT_STATUSES)[number];

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  skuId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  warehouseId?: string;
}

export class StockAlertResponse {
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

  @ApiProperty({ description: 'Available when the alert was raised.' })
  availableAtAlert!: number;

  @ApiProperty({ description: 'Available now.' })
  available!: number;

  @ApiProperty()
  reorderPoint!: number;

  @ApiProperty()
  safetyStock!: number;

  @ApiProperty({ format: 'date-time' })
  raisedAt!: string;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  resolvedAt!: string | null;
}
