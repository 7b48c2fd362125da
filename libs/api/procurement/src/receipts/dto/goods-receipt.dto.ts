import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import type { GoodsReceiptLine } from '../goods-receipt-line.entity';
import type { GoodsReceipt } from '../goods-receipt.entity';

export class ReceiptLineInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  purchaseOrderLineId!: string;

  @ApiProperty({ example: 40, description: 'Units that arrived; at most what is still outstanding.' })
  @IsInt({ message: 'quantity must be a whole number of units' })
  @Min(1)
  @Max(10_000_000)
  quantity!: number;
}

export class CreateGoodsReceiptDto {
  @ApiProperty({ type: [ReceiptLineInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => ReceiptLineInput)
  lines!: ReceiptLineInput[];

  @ApiPropertyOptional({ example: '外箱轻微破损' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class GoodsReceiptLineResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  purchaseOrderLineId!: string;

  @ApiProperty({ format: 'uuid' })
  skuId!: string;

  @ApiProperty()
  quantity!: number;

  @ApiProperty({ description: 'In 分 per unit.' })
  unitCost!: number;
}

export class GoodsReceiptResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'GR-20261127-0001' })
  number!: string;

  @ApiProperty({ format: 'uuid' })
  purchaseOrderId!: string;

  @ApiProperty({ format: 'uuid' })
  warehouseId!: string;

  @ApiProperty({ type: 'string', nullable: true })
  note!: string | null;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  receivedBy!: string | null;

  @ApiProperty({ format: 'date-time' })
  receivedAt!: string;

  @ApiProperty({ type: [GoodsReceiptLineResponse] })
  lines!: GoodsReceiptLineResponse[];

  static from(receipt: GoodsReceipt, lines: GoodsReceiptLine[]): GoodsReceiptResponse {
    return {
      id: receipt.id,
      number: receipt.number,
      purchaseOrderId: receipt.purchaseOrderId,
      warehouseId: receipt.warehouseId,
      note: receipt.note,
      receivedBy: receipt.receivedBy,
      receivedAt: receipt.receivedAt.toISOString(),
      lines: lines.map((line) => ({
        id: line.id,
        purchaseOrderLineId: line.purchaseOrderLineId,
        skuId: line.skuId,
        quantity: line.quantity,
        unitCost: line.unitCost,
      })),
    };
  }
}
