import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsEmail,
  IsISO8601,
  IsIn,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  MaxLength,
  ValidateNested,
} from 'class-validator';
import {
  CONSENT_CHANNELS,
  ConsentChannel,
  CUSTOMER_SOURCES,
  CustomerSource,
  GENDERS,
  Gender,
} from '../customer.entity';
import { AddressInput } from './address-input.dto';
import { MobilePhone, trimmed } from './field-decorators';

const tagList = ({ value }: { value: unknown }) =>
  Array.isArray(value) ? value.map((tag) => (typeof tag === 'string' ? tag.trim() : tag)) : value;

export class ConsentDto {
  @ApiProperty({ description: 'Whether the customer agrees to marketing messages.' })
  @IsBoolean()
  granted!: boolean;

  @ApiProperty({ enum: CONSENT_CHANNELS, description: 'Where the customer said so.' })
  @IsIn(CONSENT_CHANNELS)
  channel!: ConsentChannel;

  @ApiPropertyOptional({ example: '电话回访时客户要求不再发短信' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(500)
  note?: string;
}

/** What both a new customer and a change may carry. */
class CustomerFields {
  @ApiPropertyOptional({ type: String, nullable: true, example: 'zhangsan@example.com' })
  @IsOptional()
  @Transform(trimmed)
  @IsEmail({}, { message: 'email must be an email address' })
  @MaxLength(254)
  email?: string | null;

  @ApiPropertyOptional({ enum: GENDERS })
  @IsOptional()
  @IsIn(GENDERS)
  gender?: Gender | null;

  @ApiPropertyOptional({ type: String, nullable: true, example: '1990-05-20', format: 'date' })
  @IsOptional()
  @IsISO8601({ strict: true }, { message: 'birthday must be a date (YYYY-MM-DD)' })
  @Length(10, 10, { message: 'birthday must be a date (YYYY-MM-DD)' })
  birthday?: string | null;

  @ApiPropertyOptional({ type: [String], example: ['老客户', '大客户候选'] })
  @IsOptional()
  @Transform(tagList)
  @IsArray()
  @ArrayMaxSize(20)
  @IsString({ each: true })
  @Length(1, 30, { each: true })
  tags?: string[];

  @ApiPropertyOptional({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description:
      'Sales territory (province, region or city org unit). Only when the default address city is not mapped to one; otherwise it follows the address.',
  })
  @IsOptional()
  @IsUUID()
  territoryId?: string | null;
}

export class CreateCustomerDto extends CustomerFields {
  @ApiProperty({ example: '张三' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiProperty({ example: '+86 138 1234 5678', description: 'Mainland mobile; stored as its 11 digits.' })
  @MobilePhone()
  phone!: string;

  @ApiPropertyOptional({
    enum: CUSTOMER_SOURCES,
    description: 'Default: website for an API key, customer_service for staff.',
  })
  @IsOptional()
  @IsIn(CUSTOMER_SOURCES)
  source?: CustomerSource;

  @ApiPropertyOptional({ type: [AddressInput], description: 'The first is the default unless one says so.' })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(20)
  @ValidateNested({ each: true })
  @Type(() => AddressInput)
  addresses?: AddressInput[];

  @ApiPropertyOptional({ type: ConsentDto, description: 'Marketing consent given (or refused) at sign-up.' })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => ConsentDto)
  marketingConsent?: ConsentDto;
}

export class UpdateCustomerDto extends CustomerFields {
  @ApiPropertyOptional({ example: '张三' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({ example: '13812345678' })
  @IsOptional()
  @MobilePhone()
  phone?: string;

  @ApiPropertyOptional({ enum: CUSTOMER_SOURCES })
  @IsOptional()
  @IsIn(CUSTOMER_SOURCES)
  source?: CustomerSource;
}

export class MergeCustomerDto {
  @ApiProperty({ format: 'uuid', description: 'The customer that stays; this one is merged into it.' })
  @IsUUID()
  intoCustomerId!: string;
}
