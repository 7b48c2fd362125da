import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsDate,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUrl,
  Length,
  Max,
  MaxLength,
  Min,
} from 'class-validator';
import { IsoDateTime, PageQuery } from '@zhanggui/api-platform';
import type { CompetitorPrice } from '../competitor-price.entity';
import type { Suggestion } from '../pricing-rules';
import { SALES_CHANNELS, SalesChannel, SkuPrice } from '../sku-price.entity';
import type { SkuCost } from '../sku-cost.entity';

const MAX_AMOUNT = 100_000_000_00; // ¥100 million in 分: far beyond any product, well within safe integers

export class SetPriceDto {
  @ApiProperty({ enum: SALES_CHANNELS })
  @IsIn(SALES_CHANNELS)
  channel!: SalesChannel;

  @ApiProperty({ description: 'Integer minor units (分): 4990 is ¥49.90.', example: 4990 })
  @IsInt({ message: 'amount must be a whole number of 分 (4990 for ¥49.90)' })
  @Min(0)
  @Max(MAX_AMOUNT)
  amount!: number;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'From when (default now); later prices wait for their time.',
  })
  @IsOptional()
  @IsoDateTime()
  @IsDate({ message: 'effectiveFrom must be an ISO-8601 date-time' })
  effectiveFrom?: Date;

  @ApiPropertyOptional({ example: '双十一备战' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(500)
  reason?: string;
}

export class SetCostDto {
  @ApiProperty({ description: 'Integer minor units (分) per unit.', example: 2500 })
  @IsInt({ message: 'amount must be a whole number of 分' })
  @Min(0)
  @Max(MAX_AMOUNT)
  amount!: number;

  @ApiProperty({ example: '期初成本' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 500)
  reason!: string;
}

export class CompetitorPriceDto {
  @ApiProperty({ example: '京东自营' })
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @Length(1, 100)
  competitor!: string;

  @ApiPropertyOptional({ example: 'https://item.jd.com/100000.html' })
  @IsOptional()
  @IsUrl({ protocols: ['http', 'https'], require_protocol: true }, { message: 'url must be an http(s) link' })
  @MaxLength(2000)
  url?: string;

  @ApiProperty({ description: 'Integer minor units (分).', example: 4590 })
  @IsInt({ message: 'amount must be a whole number of 分' })
  @Min(0)
  @Max(MAX_AMOUNT)
  amount!: number;

  @ApiPropertyOptional({ format: 'date-time', description: 'When it was seen (default now).' })
  @IsOptional()
  @IsoDateTime()
  @IsDate({ message: 'observedAt must be an ISO-8601 date-time' })
  observedAt?: Date;
}

export class PricingPolicyDto {
  @ApiProperty({ description: 'Basis points over cost the shop aims for (3000 = 30%).', example: 3000 })
  @IsInt()
  @Min(0)
  @Max(100_000)
  targetMarginBp!: number;

  @ApiProperty({
    description: 'Basis points over cost below which a price needs the general manager (1000 = 10%).',
    example: 1000,
  })
  @IsInt()
  @Min(0)
  @Max(100_000)
  minimumMarginBp!: number;
}

export class PricingPolicyResponse extends PricingPolicyDto {
  @ApiProperty()
  version!: number;
}

export class PriceHistoryQuery extends PageQuery {
  @ApiPropertyOptional({ enum: SALES_CHANNELS })
  @IsOptional()
  @IsIn(SALES_CHANNELS)
  channel?: SalesChannel;
}

export class PriceRecordResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ format: 'uuid' })
  skuId!: string;

  @ApiProperty({ enum: SALES_CHANNELS })
  channel!: SalesChannel;

  @ApiProperty()
  amount!: number;

  @ApiProperty()
  currency!: string;

  @ApiProperty({ format: 'date-time' })
  effectiveFrom!: string;

  @ApiProperty({
    enum: ['active', 'pending_approval', 'rejected'],
    description: 'pending_approval: below the margin, waiting for the GM.',
  })
  status!: string;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  approvalRequestId!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  reason!: string | null;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  createdBy!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  static from(price: SkuPrice): PriceRecordResponse {
    return {
      ...price,
      effectiveFrom: price.effectiveFrom.toISOString(),
      createdAt: price.createdAt.toISOString(),
    };
  }
}

export class CostResponse {
  @ApiProperty({ format: 'uuid' })
  skuId!: string;

  @ApiProperty({ description: 'Moving-average cost per unit, in 分.' })
  amount!: number;

  @ApiProperty()
  currency!: string;

  @ApiProperty({ format: 'date-time' })
  updatedAt!: string;

  static from(cost: SkuCost): CostResponse {
    return {
      skuId: cost.skuId,
      amount: cost.amount,
      currency: cost.currency,
      updatedAt: cost.updatedAt.toISOString(),
    };
  }
}

export class CompetitorPriceResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  competitor!: string;

  @ApiProperty({ type: 'string', nullable: true })
  url!: string | null;

  @ApiProperty()
  amount!: number;

  @ApiProperty()
  currency!: string;

  @ApiProperty({ format: 'date-time' })
  observedAt!: string;

  static from(row: CompetitorPrice): CompetitorPriceResponse {
    return {
      id: row.id,
      competitor: row.competitor,
      url: row.url,
      amount: row.amount,
      currency: row.currency,
      observedAt: row.observedAt.toISOString(),
    };
  }
}

export class SuggestedPriceResponse {
  @ApiProperty({ type: 'integer', nullable: true, description: 'In 分; null without a known cost.' })
  amount!: number | null;

  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Lowest price that needs no approval, in 分.',
  })
  floor!: number | null;

  @ApiProperty({ example: 'CNY' })
  currency!: string;

  @ApiProperty({ type: [String] })
  reasoning!: string[];

  static from(suggestion: Suggestion): SuggestedPriceResponse {
    return {
      amount: suggestion.amount?.amount ?? null,
      floor: suggestion.floor?.amount ?? null,
      currency: 'CNY',
      reasoning: suggestion.reasoning,
    };
  }
}
