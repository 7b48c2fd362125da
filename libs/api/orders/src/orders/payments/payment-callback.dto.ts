import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { IsDateString, IsIn, IsInt, IsOptional, IsString, Length, Matches, Min } from 'class-validator';

/** What the payment provider posts when a customer has paid (signed; see PaymentCallbackController). */
export class PaymentCallbackDto {
  @ApiProperty({
    example: 'SO-20261127-0001',
    description: 'Our order number, given to the provider at checkout.',
  })
  @IsString()
  @Length(1, 24)
  orderNumber!: string;

  @ApiProperty({ example: 'alipay', description: 'Which provider (or channel of it) took the money.' })
  @IsString()
  @Matches(/^[a-z0-9_-]{1,32}$/)
  provider!: string;

  @ApiProperty({
    example: '2026112722001400001',
    description: 'The provider’s own id: unique, replays are refused.',
  })
  @IsString()
  @Length(1, 128)
  providerTransactionId!: string;

  @ApiProperty({ description: 'Minor units (分); must equal the order’s total.' })
  @IsInt()
  @Min(1)
  amount!: number;

  @ApiProperty({ example: 'CNY' })
  @IsIn(['CNY'])
  currency!: string;

  @ApiPropertyOptional({ format: 'date-time', description: 'When the customer paid; now when absent.' })
  @IsOptional()
  @IsDateString()
  paidAt?: string;
}

export class PaymentCallbackResponse {
  @ApiProperty({ format: 'uuid' }) paymentId!: string;
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty() orderNumber!: string;
  @ApiProperty({ example: 'confirmed' }) status!: string;
}

export class SetPaymentCallbackSecretDto {
  @ApiProperty({ minLength: 32, maxLength: 200, description: 'The secret shared with the payment provider.' })
  @IsString()
  @Length(32, 200)
  secret!: string;
}

export class PaymentCallbackSettingResponse {
  @ApiProperty() configured!: boolean;
  @ApiProperty({ format: 'date-time', type: String, nullable: true }) updatedAt!: Date | null;
}
