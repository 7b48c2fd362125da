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
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { MAX_QUANTITY } from '../../stock/dto/stock-level.dto';
import type { TransferStatus } from '../stock-transfer.entity';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
export const TRANSFER_STATUSES: TransferStatus[] = ['in_transit', 'received', 'cancelled'];

export class TransferLineDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  skuId!: string;

  @ApiProperty({ minimum: 1 })
  @IsInt()
  @Min(1)
  @Max(MAX_QUANTITY)
  quantity!: number;
}

export class CreateStockTransferDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  fromWarehouseId!: string;

  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  toWarehouseId!: string;

  @ApiProperty({ type: [TransferLineDto] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(500)
  @ValidateNested({ each: true })
  @Type(() => TransferLineDto)
  lines!: TransferLineDto[];

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 500)
  note?: string;
}

export class ListStockTransfersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: TRANSFER_STATUSES })
  @IsOptional()
  @IsIn(TRANSFER_STATUSES)
  status?: TransferStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'Transfers from or to this warehouse.' })
  @IsOptional()
  @IsUUID()
  warehouseId?: string;
}

export class TransferLineResponse {
  @ApiProperty({ format: 'uuid' })
  skuId!: string;

  @ApiProperty()
  skuCode!: string;

  @ApiProperty({ type: 'string', nullable: true })
  skuName!: string | null;

  @ApiProperty()
  quantity!: number;
}

export class StockTransferResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'TRF-20261127-0001' })
  number!: string;

  @ApiProperty({ format: 'uuid' })
  fromWarehouseId!: string;

  @ApiProperty()
  fromWarehouseCode!: string;

  @ApiProperty({ format: 'uuid' })
  toWarehouseId!: string;

  @ApiProperty()
  toWarehouseCode!: string;

  @ApiProperty({ enum: TRANSFER_STATUSES })
  status!: TransferStatus;

  @ApiProperty({ type: 'string', nullable: true })
  note!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  receivedAt!: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  cancelledAt!: string | null;

  @ApiProperty()
  version!: number;

  @ApiProperty({ type: [TransferLineResponse] })
  lines!: TransferLineResponse[];
}
