import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateIf,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { PURCHASE_ORDER_STATUSES, PurchaseOrderStatus } from '../purchase-order-states';

export const MAX_UNIT_PRICE = 100_000_000_00; // ¥100 million per unit in 分: far beyond any purchase
export const MAX_QUANTITY = 10_000_000;
const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
export const DATE_PATTERN = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;

export class PurchaseOrderLineInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  skuId!: string;

  @ApiProperty({ example: 100 })
  @IsInt({ message: 'quantity must be a whole number of units' })
  @Min(1)
  @Max(MAX_QUANTITY)
  quantity!: number;

  @ApiProperty({ description: 'Per unit, integer minor units (分): 1250 is ¥12.50.', example: 1250 })
  @IsInt({ message: 'unitPrice must be a whole number of 分 (1250 for ¥12.50)' })
  @Min(0)
  @Max(MAX_UNIT_PRICE)
  unitPrice!: number;
}

export class UpdatePurchaseOrderDto {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  supplierId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The warehouse the goods are delivered to.' })
  @IsOptional()
  @IsUUID()
  warehouseId?: string;

  @ApiPropertyOptional({ type: [PurchaseOrderLineInput], description: 'Replaces every line.' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PurchaseOrderLineInput)
  lines?: PurchaseOrderLineInput[];

  @ApiPropertyOptional({
    type: 'string',
    format: 'date',
    nullable: true,
    example: '2026-12-01',
    description: 'The promised delivery day.',
  })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'expectedDate must be a date such as 2026-12-01' })
  expectedDate?: string | null;

  @ApiPropertyOptional({ type: 'string', nullable: true })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(1000)
  note?: string | null;
}

export class CreatePurchaseOrderDto extends UpdatePurchaseOrderDto {
  // Required here: a subclass's conditional replaces the parent's @IsOptional(); without it, leaving the
  // field out passed validation and failed in the database as a 500 (found by the fuzz suite).
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  @ValidateIf(() => true)
  declare supplierId: string;

  @ApiProperty({ format: 'uuid', description: 'The warehouse the goods are delivered to.' })
  @IsUUID()
  @ValidateIf(() => true)
  declare warehouseId: string;

  @ApiProperty({ type: [PurchaseOrderLineInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => PurchaseOrderLineInput)
  @ValidateIf(() => true)
  declare lines: PurchaseOrderLineInput[];

  @ApiPropertyOptional({ enum: ['CNY'], default: 'CNY' })
  @IsOptional()
  @IsIn(['CNY'], { message: 'currency must be CNY' })
  currency?: 'CNY';
}

export class CancelPurchaseOrderDto {
  @ApiPropertyOptional({ example: '供应商缺货' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class ListPurchaseOrdersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['createdAt', '-createdAt', 'number', '-number'], default: '-createdAt' })
  @IsOptional()
  @IsIn(['createdAt', '-createdAt', 'number', '-number'])
  sort?: string;

  @ApiPropertyOptional({ enum: PURCHASE_ORDER_STATUSES })
  @IsOptional()
  @IsIn(PURCHASE_ORDER_STATUSES)
  status?: PurchaseOrderStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  supplierId?: string;
}

export class PurchaseOrderLineResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  lineNo!: number;

  @ApiProperty({ format: 'uuid' })
  skuId!: string;

  @ApiProperty({ type: 'string', nullable: true })
  skuCode!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  skuName!: string | null;

  @ApiProperty()
  quantity!: number;

  @ApiProperty({ description: 'Per unit, in 分.' })
  unitPrice!: number;

  @ApiProperty({ description: 'quantity × unitPrice, in 分.' })
  lineAmount!: number;

  @ApiProperty()
  receivedQuantity!: number;

  @ApiProperty({ description: 'Still to arrive.' })
  outstandingQuantity!: number;
}

export class PurchaseOrderSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'PO-20261127-0001' })
  number!: string;

  @ApiProperty({ format: 'uuid' })
  supplierId!: string;

  @ApiProperty({ type: 'string', nullable: true })
  supplierName!: string | null;

  @ApiProperty({ format: 'uuid' })
  warehouseId!: string;

  @ApiProperty({ enum: PURCHASE_ORDER_STATUSES })
  status!: PurchaseOrderStatus;

  @ApiProperty({ example: 'CNY' })
  currency!: string;

  @ApiProperty({ description: 'In 分.' })
  totalAmount!: number;

  @ApiProperty({ type: 'string', format: 'date', nullable: true })
  expectedDate!: string | null;

  @ApiProperty()
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class PurchaseOrderResponse extends PurchaseOrderSummary {
  @ApiProperty({ type: 'string', nullable: true })
  note!: string | null;

  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'The general manager’s approval request, above the threshold.',
  })
  approvalRequestId!: string | null;

  @ApiProperty({ type: 'string', nullable: true, enum: ['tender', 'purchase_list'] })
  sourceType!: string | null;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  sourceId!: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  submittedAt!: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  approvedAt!: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  sentAt!: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  receivedAt!: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  closedAt!: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  cancelledAt!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  cancelReason!: string | null;

  @ApiProperty({ type: [PurchaseOrderLineResponse] })
  lines!: PurchaseOrderLineResponse[];
}
