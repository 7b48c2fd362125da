import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
  IsDate,
  IsIn,
  IsInt,
  IsObject,
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
import { SALES_CHANNELS, SalesChannel } from '../../prices/sku-price.entity';
import {
  PROMOTION_KINDS,
  PROMOTION_SCOPES,
  Promotion,
  PromotionKind,
  PromotionScope,
  PromotionStatus,
} from '../promotion.entity';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const MAX_MONEY = 100_000_000_00;

export class PromotionParametersDto {
  @ApiPropertyOptional({ description: 'percent_off: basis points, 1–9999 (1250 = 12.5% off).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(9999)
  basisPoints?: number;

  @ApiPropertyOptional({
    description:
      'amount_off / spend_save: 分 off (per unit for products/categories, per order for the order).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_MONEY)
  amount?: number;

  @ApiPropertyOptional({
    description: 'spend_save: the amount in 分 the targeted lines must reach (满300 = 30000).',
  })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_MONEY)
  threshold?: number;

  @ApiPropertyOptional({ description: 'spend_save: save for every full threshold (每满), not once.' })
  @IsOptional()
  @IsBoolean()
  repeat?: boolean;

  @ApiPropertyOptional({ description: 'buy_x_get_y: units to buy.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  buy?: number;

  @ApiPropertyOptional({ description: 'buy_x_get_y: units free for every buy + get.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1000)
  get?: number;
}

class PromotionFields {
  @ApiProperty({ example: '双十一 手机配件满300减30' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({ enum: PROMOTION_KINDS })
  @IsIn(PROMOTION_KINDS)
  kind!: PromotionKind;

  @ApiProperty({ enum: PROMOTION_SCOPES })
  @IsIn(PROMOTION_SCOPES)
  targetScope!: PromotionScope;

  @ApiPropertyOptional({
    type: [String],
    description: 'Product or category ids (by targetScope); none for the order.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  targetIds?: string[];

  @ApiProperty({ type: PromotionParametersDto })
  // @ValidateNested() alone lets a missing object through (found by the fuzz suite).
  @IsObject()
  @ValidateNested()
  @Type(() => PromotionParametersDto)
  parameters!: PromotionParametersDto;

  @ApiProperty({ format: 'date-time' })
  @IsoDateTime()
  @IsDate({ message: 'startsAt must be an ISO-8601 date-time' })
  startsAt!: Date;

  @ApiProperty({ format: 'date-time' })
  @IsoDateTime()
  @IsDate({ message: 'endsAt must be an ISO-8601 date-time' })
  endsAt!: Date;

  @ApiProperty({ enum: SALES_CHANNELS, isArray: true })
  @IsArray()
  @ArrayMinSize(1)
  @IsIn(SALES_CHANNELS, { each: true })
  channels!: SalesChannel[];

  @ApiPropertyOptional({
    type: [String],
    description: 'Provinces, regions or cities (org units) it applies in; none: everywhere.',
  })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(200)
  @IsUUID('all', { each: true })
  regionIds?: string[];

  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'Times one customer may use it.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(1_000_000)
  perCustomerLimit?: number | null;

  @ApiPropertyOptional({ type: 'integer', nullable: true, description: 'Times it may be used in all.' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(100_000_000)
  totalLimit?: number | null;

  @ApiPropertyOptional({ default: 100, description: 'Lower applies first and wins ties.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000)
  priority?: number;

  @ApiProperty({
    enum: ['exclusive', 'combinable'],
    description: 'Exclusive promotions never combine with any other.',
  })
  @IsIn(['exclusive', 'combinable'])
  stacking!: 'exclusive' | 'combinable';

  @ApiPropertyOptional({
    type: 'string',
    nullable: true,
    example: 'double11',
    description: 'Combinable promotions of one group exclude each other.',
  })
  @IsOptional()
  @Matches(/^[A-Za-z0-9_-]{1,40}$/, { message: 'exclusionGroup must be 1–40 letters, digits, _ or -' })
  exclusionGroup?: string | null;
}

export class CreatePromotionDto extends PromotionFields {}

/** A whole replacement of the terms (PUT-like, with If-Match): promotions are edited as a form. */
export class UpdatePromotionDto extends PromotionFields {}

export class ListPromotionsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['draft', 'active', 'paused', 'archived'] })
  @IsOptional()
  @IsIn(['draft', 'active', 'paused', 'archived'])
  status?: PromotionStatus;

  @ApiPropertyOptional({
    format: 'date-time',
    description: 'Only promotions whose window includes this moment.',
  })
  @IsOptional()
  @IsoDateTime()
  @IsDate({ message: 'runningAt must be an ISO-8601 date-time' })
  runningAt?: Date;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class PromotionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() number!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: PROMOTION_KINDS }) kind!: PromotionKind;
  @ApiProperty({ enum: PROMOTION_SCOPES }) targetScope!: PromotionScope;
  @ApiProperty({ type: [String] }) targetIds!: string[];
  @ApiProperty({ type: PromotionParametersDto }) parameters!: PromotionParametersDto;
  @ApiProperty() currency!: string;
  @ApiProperty({ format: 'date-time' }) startsAt!: string;
  @ApiProperty({ format: 'date-time' }) endsAt!: string;
  @ApiProperty({ enum: SALES_CHANNELS, isArray: true }) channels!: SalesChannel[];
  @ApiProperty({ type: [String] }) regionIds!: string[];
  @ApiProperty({ type: 'integer', nullable: true }) perCustomerLimit!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) totalLimit!: number | null;
  @ApiProperty() timesUsed!: number;
  @ApiProperty() priority!: number;
  @ApiProperty({ enum: ['exclusive', 'combinable'] }) stacking!: string;
  @ApiProperty({ type: 'string', nullable: true }) exclusionGroup!: string | null;
  @ApiProperty({ enum: ['draft', 'active', 'paused', 'archived'] }) status!: PromotionStatus;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: string;

  static from(promotion: Promotion): PromotionResponse {
    return {
      id: promotion.id,
      number: promotion.number,
      name: promotion.name,
      kind: promotion.kind,
      targetScope: promotion.targetScope,
      targetIds: promotion.targetIds,
      parameters: promotion.parameters,
      currency: promotion.currency,
      startsAt: promotion.startsAt.toISOString(),
      endsAt: promotion.endsAt.toISOString(),
      channels: promotion.channels,
      regionIds: promotion.regionIds,
      perCustomerLimit: promotion.perCustomerLimit,
      totalLimit: promotion.totalLimit,
      timesUsed: promotion.timesUsed,
      priority: promotion.priority,
      stacking: promotion.stacking,
      exclusionGroup: promotion.exclusionGroup,
      status: promotion.status,
      version: promotion.version,
      createdAt: promotion.createdAt.toISOString(),
    };
  }
}
