import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Matches,
  Max,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { IsoDateTime, PageQuery } from '@zhanggui/api-platform';
import { DATE_PATTERN, MAX_QUANTITY, MAX_UNIT_PRICE } from '../../purchase-orders/dto/purchase-order.dto';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
export const TENDER_VIEW_STATUSES = ['open', 'closed', 'awarded', 'cancelled'] as const;
export type TenderViewStatus = (typeof TENDER_VIEW_STATUSES)[number];

export class TenderItemInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  skuId!: string;

  @ApiProperty({ example: 500 })
  @IsInt({ message: 'quantity must be a whole number of units' })
  @Min(1)
  @Max(MAX_QUANTITY)
  quantity!: number;
}

export class CreateTenderDto {
  @ApiProperty({ example: '2026 春季数据线采购招标' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiProperty({ format: 'uuid', description: 'Where the goods will be delivered.' })
  @IsUUID()
  warehouseId!: string;

  @ApiProperty({ format: 'date-time', description: 'Quotes are sealed until then.' })
  @IsoDateTime()
  @IsDate({ message: 'closesAt must be an ISO-8601 date-time' })
  closesAt!: Date;

  @ApiPropertyOptional({ description: 'Quotes promising a longer lead time are not compliant.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  maxLeadTimeDays?: number;

  @ApiProperty({ type: [TenderItemInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => TenderItemInput)
  items!: TenderItemInput[];

  @ApiProperty({ type: [String], description: 'Invited suppliers (ids).' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  supplierIds!: string[];
}

export class UpdateTenderDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  title?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Move the closing time (to a later moment).' })
  @IsOptional()
  @IsoDateTime()
  @IsDate({ message: 'closesAt must be an ISO-8601 date-time' })
  closesAt?: Date;

  @ApiPropertyOptional({ type: 'integer', nullable: true })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(365)
  maxLeadTimeDays?: number | null;
}

export class TenderQuoteLineInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  tenderItemId!: string;

  @ApiProperty({ description: 'Per unit, in 分.', example: 1180 })
  @IsInt({ message: 'unitPrice must be a whole number of 分' })
  @Min(0)
  @Max(MAX_UNIT_PRICE)
  unitPrice!: number;
}

export class RecordQuoteDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  supplierId!: string;

  @ApiProperty({ example: 10 })
  @IsInt()
  @Min(0)
  @Max(365)
  leadTimeDays!: number;

  @ApiPropertyOptional({ example: '含税含运费，月结30天' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(2000)
  terms?: string;

  @ApiProperty({
    type: [TenderQuoteLineInput],
    description: 'A price per item; items left out are not quoted.',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => TenderQuoteLineInput)
  lines!: TenderQuoteLineInput[];
}

export class AwardTenderDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'Default: the lowest compliant quote.' })
  @IsOptional()
  @IsUUID()
  quoteId?: string;

  @ApiPropertyOptional({ description: 'Required when the chosen quote is not the lowest compliant one.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(1000)
  reason?: string;

  @ApiPropertyOptional({
    type: 'string',
    format: 'date',
    description: 'Default: today plus the quote’s lead time.',
  })
  @IsOptional()
  @Matches(DATE_PATTERN, { message: 'expectedDate must be a date such as 2026-12-01' })
  expectedDate?: string;
}

export class ListTendersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['createdAt', '-createdAt', 'closesAt', '-closesAt'], default: '-createdAt' })
  @IsOptional()
  @IsIn(['createdAt', '-createdAt', 'closesAt', '-closesAt'])
  sort?: string;

  @ApiPropertyOptional({ enum: ['open', 'awarded', 'cancelled'] })
  @IsOptional()
  @IsIn(['open', 'awarded', 'cancelled'])
  status?: 'open' | 'awarded' | 'cancelled';
}

export class TenderItemResponse {
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
}

/** Who quoted and when: all that may be seen of a quote before the tender closes. */
export class SealedQuoteResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  tenderId!: string;

  @ApiProperty({ format: 'uuid' })
  supplierId!: string;

  @ApiProperty({ format: 'date-time' })
  submittedAt!: string;

  @ApiProperty({ description: 'Number of attachments.' })
  attachmentCount!: number;

  @ApiProperty({ description: 'True until the closing time: amounts, terms and files are not shown.' })
  sealed!: boolean;
}

/** A tender as a list shows it: how many items, invitations and quotes, never what any quote offered. */
export class TenderSummary {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'RFQ-20261127-0001' })
  number!: string;

  @ApiProperty()
  title!: string;

  @ApiProperty({ format: 'uuid' })
  warehouseId!: string;

  @ApiProperty({ format: 'date-time' })
  closesAt!: string;

  @ApiProperty({ type: 'integer', nullable: true })
  maxLeadTimeDays!: number | null;

  @ApiProperty({ enum: TENDER_VIEW_STATUSES, description: 'closed: past the closing time, not yet awarded.' })
  status!: TenderViewStatus;

  @ApiProperty({ description: 'Whether quotes are still sealed.' })
  sealed!: boolean;

  @ApiProperty({ description: 'Items asked for.' })
  itemCount!: number;

  @ApiProperty({ description: 'Suppliers invited to quote.' })
  invitedCount!: number;

  @ApiProperty({ description: 'Quotes received so far (how many, not what they offer).' })
  quoteCount!: number;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  awardedQuoteId!: string | null;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  purchaseOrderId!: string | null;

  @ApiProperty()
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;
}

export class TenderResponse extends TenderSummary {
  @ApiProperty({ type: [TenderItemResponse] })
  items!: TenderItemResponse[];

  @ApiProperty({ type: [String] })
  supplierIds!: string[];

  @ApiProperty({ type: [SealedQuoteResponse], description: 'Who has quoted, without amounts.' })
  quotes!: SealedQuoteResponse[];

  @ApiProperty({ type: 'string', nullable: true })
  awardReason!: string | null;
}

export class AttachmentResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  fileName!: string;

  @ApiProperty()
  contentType!: string;

  @ApiProperty()
  bytes!: number;
}

export class QuoteLineResponse {
  @ApiProperty({ format: 'uuid' })
  tenderItemId!: string;

  @ApiProperty()
  unitPrice!: number;

  @ApiProperty()
  lineAmount!: number;
}

export class OpenedQuoteResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  supplierId!: string;

  @ApiProperty()
  leadTimeDays!: number;

  @ApiProperty({ type: 'string', nullable: true })
  terms!: string | null;

  @ApiProperty()
  totalAmount!: number;

  @ApiProperty()
  currency!: string;

  @ApiProperty({ format: 'date-time' })
  submittedAt!: string;

  @ApiProperty({ type: [QuoteLineResponse] })
  lines!: QuoteLineResponse[];

  @ApiProperty({ type: [AttachmentResponse] })
  attachments!: AttachmentResponse[];
}

export class ComparisonCell {
  @ApiProperty({ format: 'uuid' })
  quoteId!: string;

  @ApiProperty({ type: 'integer', nullable: true, description: 'null: not quoted.' })
  unitPrice!: number | null;

  @ApiProperty({ type: 'integer', nullable: true })
  lineAmount!: number | null;

  @ApiProperty({ description: 'The lowest unit price offered for this item.' })
  lowest!: boolean;
}

export class ComparisonRow {
  @ApiProperty({ format: 'uuid' })
  tenderItemId!: string;

  @ApiProperty({ format: 'uuid' })
  skuId!: string;

  @ApiProperty({ type: 'string', nullable: true })
  skuCode!: string | null;

  @ApiProperty()
  quantity!: number;

  @ApiProperty({ type: [ComparisonCell] })
  offers!: ComparisonCell[];
}

export class ComparisonColumn {
  @ApiProperty({ format: 'uuid' })
  quoteId!: string;

  @ApiProperty({ format: 'uuid' })
  supplierId!: string;

  @ApiProperty({ type: 'string', nullable: true })
  supplierName!: string | null;

  @ApiProperty()
  total!: number;

  @ApiProperty()
  leadTimeDays!: number;

  @ApiProperty({ type: 'string', nullable: true })
  terms!: string | null;

  @ApiProperty()
  compliant!: boolean;

  @ApiProperty({ type: [String] })
  nonCompliance!: string[];

  @ApiProperty({ description: '1 = lowest compliant total.' })
  rank!: number;

  @ApiProperty()
  attachmentCount!: number;
}

export class TenderComparisonResponse {
  @ApiProperty({ format: 'uuid' })
  tenderId!: string;

  @ApiProperty({ example: 'CNY' })
  currency!: string;

  @ApiProperty({ type: [ComparisonColumn], description: 'Quotes, best first.' })
  quotes!: ComparisonColumn[];

  @ApiProperty({ type: [ComparisonRow], description: 'Items, with every quote’s price side by side.' })
  items!: ComparisonRow[];

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  lowestCompliantQuoteId!: string | null;

  @ApiProperty({ type: [String], description: 'Invited suppliers that did not quote.' })
  notQuoted!: string[];
}
