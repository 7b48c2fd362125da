import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsIn,
  IsInt,
  IsOptional,
  IsUUID,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { SALES_CHANNELS, SalesChannel } from '../../prices/sku-price.entity';

export class QuoteLineInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  skuId!: string;

  @ApiProperty({ minimum: 1, maximum: 10000, example: 2 })
  @IsInt()
  @Min(1)
  @Max(10_000)
  quantity!: number;
}

export class PriceQuoteRequestDto {
  @ApiProperty({ enum: SALES_CHANNELS, example: 'website' })
  @IsIn(SALES_CHANNELS)
  channel!: SalesChannel;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'Where the order ships (a city or region), for regional promotions.',
  })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The customer, for per-customer promotion limits.' })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiProperty({ type: [QuoteLineInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => QuoteLineInput)
  lines!: QuoteLineInput[];

  @ApiPropertyOptional({
    type: [String],
    description:
      'Try the cart with exactly these promotions, drafts included (the promotion editor’s preview; needs promotions:read).',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(50)
  @IsUUID('all', { each: true })
  previewPromotionIds?: string[];
}

export class QuotedDiscountView {
  @ApiProperty({ format: 'uuid' }) promotionId!: string;
  @ApiProperty() promotionName!: string;
  @ApiProperty({ description: '分' }) amount!: number;
}

export class QuotedLineView {
  @ApiProperty({ format: 'uuid' }) skuId!: string;
  @ApiProperty() skuCode!: string;
  @ApiProperty() productName!: string;
  @ApiProperty() quantity!: number;
  @ApiProperty({ description: 'List price per unit, 分.' }) unitPrice!: number;
  @ApiProperty({ description: 'unitPrice × quantity, 分.' }) listAmount!: number;
  @ApiProperty({ type: [QuotedDiscountView] }) discounts!: QuotedDiscountView[];
  @ApiProperty({ description: 'What the line costs after discounts, 分.' }) amount!: number;
}

export class NotAppliedView {
  @ApiProperty({ format: 'uuid' }) promotionId!: string;
  @ApiProperty() promotionName!: string;
  @ApiProperty() reason!: string;
}

export class PriceQuoteResponse {
  @ApiProperty({ example: 'CNY' }) currency!: string;
  @ApiProperty({ enum: SALES_CHANNELS }) channel!: SalesChannel;
  @ApiProperty({ type: [QuotedLineView] }) lines!: QuotedLineView[];
  @ApiProperty({ description: '分' }) listTotal!: number;
  @ApiProperty({ description: '分' }) discountTotal!: number;
  @ApiProperty({ description: '分; never negative, always the sum of the lines.' }) total!: number;
  @ApiProperty({ type: [QuotedDiscountView], description: 'Each applied promotion with all it took off.' })
  applied!: QuotedDiscountView[];
  @ApiProperty({
    type: [NotAppliedView],
    description: 'Promotions that could apply but gave nothing, and why.',
  })
  notApplied!: NotAppliedView[];
  @ApiProperty({ format: 'date-time' }) quotedAt!: string;
}
