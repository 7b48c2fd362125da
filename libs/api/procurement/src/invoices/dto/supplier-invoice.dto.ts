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
  Matches,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { DATE_PATTERN, MAX_QUANTITY, MAX_UNIT_PRICE } from '../../purchase-orders/dto/purchase-order.dto';
import { SUPPLIER_INVOICE_STATUSES, SupplierInvoiceStatus } from '../supplier-invoice.entity';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SupplierInvoiceLineInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  purchaseOrderLineId!: string;

  @ApiProperty({ example: 100 })
  @IsInt({ message: 'quantity must be a whole number of units' })
  @Min(1)
  @Max(MAX_QUANTITY)
  quantity!: number;

  @ApiProperty({ description: 'Per unit, in 分.', example: 1250 })
  @IsInt({ message: 'unitPrice must be a whole number of 分' })
  @Min(0)
  @Max(MAX_UNIT_PRICE)
  unitPrice!: number;
}

export class CreateSupplierInvoiceDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  purchaseOrderId!: string;

  @ApiProperty({ example: '44031234', description: 'The number on the supplier’s invoice.' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 64)
  supplierInvoiceNumber!: string;

  @ApiProperty({ format: 'date', example: '2026-12-01' })
  @Matches(DATE_PATTERN, { message: 'invoiceDate must be a date such as 2026-12-01' })
  invoiceDate!: string;

  @ApiProperty({ type: [SupplierInvoiceLineInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => SupplierInvoiceLineInput)
  lines!: SupplierInvoiceLineInput[];
}

export class ResolveSupplierInvoiceDto {
  @ApiProperty({ example: '供应商涨价已与采购确认', description: 'Why, in words: kept in the history.' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 1000)
  reason!: string;
}

export class ListSupplierInvoicesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['createdAt', '-createdAt'], default: '-createdAt' })
  @IsOptional()
  @IsIn(['createdAt', '-createdAt'])
  sort?: string;

  @ApiPropertyOptional({ enum: SUPPLIER_INVOICE_STATUSES })
  @IsOptional()
  @IsIn(SUPPLIER_INVOICE_STATUSES)
  status?: SupplierInvoiceStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  supplierId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  purchaseOrderId?: string;
}

export class DiscrepancyResponse {
  @ApiProperty({ example: 'lines.0.unitPrice' })
  field!: string;

  @ApiProperty({ enum: ['price', 'quantity'] })
  kind!: string;

  @ApiProperty({ format: 'uuid' })
  purchaseOrderLineId!: string;

  @ApiProperty({ description: 'What the order and receipts say (分 for prices, units for quantities).' })
  expected!: number;

  @ApiProperty({ description: 'What the invoice says.' })
  actual!: number;

  @ApiProperty()
  message!: string;
}

export class SupplierInvoiceLineResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  lineNo!: number;

  @ApiProperty({ format: 'uuid' })
  purchaseOrderLineId!: string;

  @ApiProperty()
  quantity!: number;

  @ApiProperty()
  unitPrice!: number;

  @ApiProperty()
  lineAmount!: number;
}

/** An invoice as a list shows it: whom it is from, how much, when due, and whether it matched. */
export class SupplierInvoiceSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'INV-20261127-0001' })
  number!: string;

  @ApiProperty({ format: 'uuid' })
  supplierId!: string;

  @ApiProperty({ type: 'string', nullable: true })
  supplierName!: string | null;

  @ApiProperty({ format: 'uuid' })
  purchaseOrderId!: string;

  @ApiProperty()
  supplierInvoiceNumber!: string;

  @ApiProperty({ format: 'date' })
  invoiceDate!: string;

  @ApiProperty({ format: 'date', description: 'Invoice date plus the supplier’s payment terms.' })
  dueDate!: string;

  @ApiProperty()
  currency!: string;

  @ApiProperty({ description: 'In 分.' })
  totalAmount!: number;

  @ApiProperty({
    enum: SUPPLIER_INVOICE_STATUSES,
    description:
      'payable: matched (or approved by finance); mismatched: see discrepancies; returned: sent back.',
  })
  status!: SupplierInvoiceStatus;

  @ApiProperty({ description: 'Discrepancies the match found (the detail lists them).' })
  discrepancyCount!: number;

  @ApiProperty()
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class SupplierInvoiceResponse extends SupplierInvoiceSummary {
  @ApiProperty({ type: [DiscrepancyResponse] })
  discrepancies!: DiscrepancyResponse[];

  @ApiProperty({ type: 'string', nullable: true })
  resolutionReason!: string | null;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  resolvedBy!: string | null;

  @ApiProperty({ type: 'string', format: 'date-time', nullable: true })
  resolvedAt!: string | null;

  @ApiProperty({ type: [SupplierInvoiceLineResponse] })
  lines!: SupplierInvoiceLineResponse[];
}
