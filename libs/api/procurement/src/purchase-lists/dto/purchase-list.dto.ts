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
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { MAX_QUANTITY } from '../../purchase-orders/dto/purchase-order.dto';

export class GeneratePurchaseListDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Plan for one sales region; the whole company when absent.',
  })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @ApiProperty({ description: 'Days of sales the velocity is measured over.', example: 30 })
  @IsInt()
  @Min(1)
  @Max(365)
  windowDays!: number;

  @ApiPropertyOptional({ description: 'Days until the next review; the order covers them too.', default: 7 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  reviewDays?: number;

  @ApiPropertyOptional({ description: 'Lead time for SKUs never ordered before.', default: 7 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  defaultLeadTimeDays?: number;

  @ApiPropertyOptional({
    type: [String],
    description: 'Only these SKUs (default: every SKU with stock or sales).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  skuIds?: string[];
}

export class PurchaseListLineChange {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  skuId!: string;

  @ApiPropertyOptional({ description: 'Units to buy.' })
  @IsOptional()
  @IsInt({ message: 'quantity must be a whole number of units' })
  @Min(0)
  @Max(MAX_QUANTITY)
  quantity?: number;

  @ApiPropertyOptional({ format: 'uuid', description: 'Buy from this supplier instead.' })
  @IsOptional()
  @IsUUID()
  supplierId?: string;

  @ApiPropertyOptional({ description: 'Expected unit price, in 分.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100_000_000_00)
  unitPrice?: number;
}

export class UpdatePurchaseListDto {
  @ApiProperty({ type: [PurchaseListLineChange] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => PurchaseListLineChange)
  lines!: PurchaseListLineChange[];
}

export class ApprovePurchaseListDto {
  @ApiPropertyOptional({ default: true, description: 'Make a draft purchase order per supplier.' })
  @IsOptional()
  @IsBoolean()
  createPurchaseOrders?: boolean;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Where those orders deliver to (required to create them).',
  })
  @IsOptional()
  @IsUUID()
  warehouseId?: string;
}

export class ListPurchaseListsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['createdAt', '-createdAt'], default: '-createdAt' })
  @IsOptional()
  @IsIn(['createdAt', '-createdAt'])
  sort?: string;

  @ApiPropertyOptional({ enum: ['draft', 'approved'] })
  @IsOptional()
  @IsIn(['draft', 'approved'])
  status?: 'draft' | 'approved';
}

export class PurchaseListLineResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  skuId!: string;

  @ApiProperty({ type: 'string', nullable: true })
  skuCode!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  skuName!: string | null;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true, description: 'Preferred supplier.' })
  supplierId!: string | null;

  @ApiProperty({ description: 'Units shipped over the window.' })
  shippedQuantity!: number;

  @ApiProperty()
  windowDays!: number;

  @ApiProperty({ description: 'shippedQuantity ÷ windowDays (3 decimals, for reading).' })
  velocityPerDay!: number;

  @ApiProperty()
  leadTimeDays!: number;

  @ApiProperty()
  reviewDays!: number;

  @ApiProperty({ description: 'leadTimeDays + reviewDays.' })
  coverageDays!: number;

  @ApiProperty({ description: 'ceil(velocity × coverageDays).' })
  expectedDemand!: number;

  @ApiProperty()
  safetyStock!: number;

  @ApiProperty()
  reorderPoint!: number;

  @ApiProperty({ description: 'Open backlog: reserved for customers’ orders.' })
  reserved!: number;

  @ApiProperty()
  onHand!: number;

  @ApiProperty({ description: 'openPurchaseQuantity + transfers on their way in.' })
  inTransit!: number;

  @ApiProperty({ description: 'Ordered from suppliers, not yet received.' })
  openPurchaseQuantity!: number;

  @ApiProperty()
  belowReorderPoint!: boolean;

  @ApiProperty({
    description: 'max(0, expectedDemand + safetyStock + reserved − onHand − inTransit).',
  })
  suggestedQuantity!: number;

  @ApiProperty({ description: 'What will be bought (the suggestion until edited).' })
  quantity!: number;

  @ApiProperty({ type: 'integer', nullable: true, description: 'Expected unit price, in 分.' })
  unitPrice!: number | null;
}

/** A purchase list as a list shows it: its header and what its lines add up to. */
export class PurchaseListSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'PL-20261127-0001' })
  number!: string;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  regionId!: string | null;

  @ApiProperty()
  windowDays!: number;

  @ApiProperty()
  reviewDays!: number;

  @ApiProperty({ enum: ['draft', 'approved'] })
  status!: 'draft' | 'approved';

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  approvedBy!: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  approvedAt!: string | null;

  @ApiProperty({ type: [String] })
  purchaseOrderIds!: string[];

  @ApiProperty({ description: 'SKUs considered (one line each).' })
  lineCount!: number;

  @ApiProperty({ description: 'Lines with a quantity to buy.' })
  linesToBuy!: number;

  @ApiProperty({ description: 'Units to buy, all lines together.' })
  totalQuantity!: number;

  @ApiProperty({ description: 'Σ quantity × expected unit price, in 分 (lines without a price count 0).' })
  estimatedAmount!: number;

  @ApiProperty({ example: 'CNY' })
  currency!: string;

  @ApiProperty()
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class PurchaseListResponse extends PurchaseListSummary {
  @ApiProperty({ type: [PurchaseListLineResponse] })
  lines!: PurchaseListLineResponse[];
}
