import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsBoolean,
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
import { MobilePhone, trimmed } from '../../customers/dto/field-decorators';
import { ORDER_CHANNELS, OrderChannel, PAYMENT_METHODS, PaymentMethod } from '../order.entity';
import { AddressPart } from './saved-address-or-parts';

const DIVISION_CODE = /^\d{6}$/;

export class OrderLineInput {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  skuId!: string;

  @ApiProperty({ minimum: 1, maximum: 10_000 })
  @IsInt()
  @Min(1)
  @Max(10_000)
  quantity!: number;
}

/**
 * Either `{addressId}` (one of the customer's saved addresses) or a whole address. The fields of a whole
 * address are required exactly when addressId is absent, and refused beside it.
 */
export class ShippingAddressInput {
  @ApiPropertyOptional({ format: 'uuid', description: 'One of the customer’s saved addresses.' })
  @IsOptional()
  @IsUUID()
  addressId?: string;

  @ApiPropertyOptional({ example: '440000', description: 'GB/T 2260 province code.' })
  @AddressPart(true)
  @Matches(DIVISION_CODE, { message: 'provinceCode must be a six-digit GB/T 2260 code' })
  provinceCode?: string;

  @ApiPropertyOptional({ example: '440100', description: 'GB/T 2260 city code.' })
  @AddressPart(true)
  @Matches(DIVISION_CODE, { message: 'cityCode must be a six-digit GB/T 2260 code' })
  cityCode?: string;

  @ApiPropertyOptional({
    example: '440106',
    description: 'GB/T 2260 district code (omitted only by cities without districts).',
  })
  @AddressPart(false)
  @Matches(DIVISION_CODE, { message: 'districtCode must be a six-digit GB/T 2260 code' })
  districtCode?: string;

  @ApiPropertyOptional({ example: '天河路 385 号' })
  @AddressPart(true)
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  detail?: string;

  @ApiPropertyOptional({ example: '张三' })
  @AddressPart(true)
  @Transform(trimmed)
  @IsString()
  @Length(1, 50)
  recipientName?: string;

  @ApiPropertyOptional({ example: '13812345678' })
  @AddressPart(true)
  @MobilePhone()
  recipientPhone?: string;
}

export class CreateOrderDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  customerId!: string;

  @ApiPropertyOptional({ enum: ORDER_CHANNELS, default: 'website' })
  @IsOptional()
  @IsIn(ORDER_CHANNELS)
  channel?: OrderChannel;

  @ApiProperty({ enum: PAYMENT_METHODS })
  @IsIn(PAYMENT_METHODS)
  paymentMethod!: PaymentMethod;

  @ApiProperty({ type: ShippingAddressInput })
  @IsObject()
  @ValidateNested()
  @Type(() => ShippingAddressInput)
  shippingAddress!: ShippingAddressInput;

  @ApiProperty({ type: [OrderLineInput] })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => OrderLineInput)
  lines!: OrderLineInput[];

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(1000)
  note?: string;
}

/** Lines replace the order's lines (add, remove, change quantities); the address replaces the address. */
export class UpdateOrderDto {
  @ApiPropertyOptional({ type: [OrderLineInput], description: 'The order’s lines as they should be.' })
  @IsOptional()
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(100)
  @ValidateNested({ each: true })
  @Type(() => OrderLineInput)
  lines?: OrderLineInput[];

  @ApiPropertyOptional({ type: ShippingAddressInput })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ShippingAddressInput)
  shippingAddress?: ShippingAddressInput;

  @ApiPropertyOptional({ maxLength: 1000, description: 'Why (goes on the timeline).' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(1000)
  reason?: string;
}

export class ShipOrderDto {
  @ApiProperty({ example: '顺丰速运' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 60)
  carrier!: string;

  @ApiProperty({ example: 'SF1234567890' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 60)
  trackingNumber!: string;

  @ApiProperty({ format: 'uuid', description: 'The city logistics staff member (a user) carrying it.' })
  @IsUUID()
  courierUserId!: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class CancelOrderDto {
  @ApiProperty({ example: '客户改变主意' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 500)
  reason!: string;
}

/** allocate, deliver, complete: an optional remark for the timeline. */
export class OrderStepDto {
  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class AddOrderNoteDto {
  @ApiProperty({ maxLength: 2000 })
  @Transform(trimmed)
  @IsString()
  @Length(1, 2000)
  text!: string;

  @ApiProperty({ description: 'An internal remark: staff only, never shown to the website.' })
  @IsBoolean()
  internal!: boolean;
}
