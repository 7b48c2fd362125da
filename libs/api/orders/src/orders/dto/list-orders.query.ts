import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsDateString, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { ORDER_STATUSES, OrderStatus } from '../order-states';
import { ORDER_CHANNELS, OrderChannel, PAYMENT_METHODS, PaymentMethod } from '../order.entity';

export class ListOrdersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ORDER_STATUSES })
  @IsOptional()
  @IsIn(ORDER_STATUSES)
  status?: OrderStatus;

  @ApiPropertyOptional({
    format: 'uuid',
    description: 'A territory (province, region or city) and all below it.',
  })
  @IsOptional()
  @IsUUID()
  regionId?: string;

  @ApiPropertyOptional({ enum: PAYMENT_METHODS })
  @IsOptional()
  @IsIn(PAYMENT_METHODS)
  paymentMethod?: PaymentMethod;

  @ApiPropertyOptional({ enum: ORDER_CHANNELS })
  @IsOptional()
  @IsIn(ORDER_CHANNELS)
  channel?: OrderChannel;

  @ApiPropertyOptional({ format: 'date-time', description: 'Placed at or after.' })
  @IsOptional()
  @IsDateString()
  placedFrom?: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'Placed before.' })
  @IsOptional()
  @IsDateString()
  placedTo?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  customerId?: string;

  @ApiPropertyOptional({ description: 'An order number (or its start), or the recipient’s phone.' })
  @IsOptional()
  @Transform(({ value }) => (typeof value === 'string' ? value.trim() : value))
  @IsString()
  @MaxLength(40)
  q?: string;
}
