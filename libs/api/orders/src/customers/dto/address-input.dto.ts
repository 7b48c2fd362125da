import { ApiProperty, ApiPropertyOptional, PartialType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsOptional, IsString, Length, Matches } from 'class-validator';
import { MobilePhone, trimmed } from './field-decorators';

const DIVISION_CODE = /^\d{6}$/;

export class AddressInput {
  @ApiProperty({ example: '440000', description: 'GB/T 2260 province code (see /api/v1/china-divisions).' })
  @Matches(DIVISION_CODE, { message: 'provinceCode must be a six-digit GB/T 2260 code' })
  provinceCode!: string;

  @ApiProperty({ example: '440100', description: 'GB/T 2260 city code, in the province.' })
  @Matches(DIVISION_CODE, { message: 'cityCode must be a six-digit GB/T 2260 code' })
  cityCode!: string;

  @ApiPropertyOptional({
    example: '440106',
    description: 'GB/T 2260 district code, in the city; only cities without districts (东莞市) omit it.',
  })
  @IsOptional()
  @Matches(DIVISION_CODE, { message: 'districtCode must be a six-digit GB/T 2260 code' })
  districtCode?: string;

  @ApiProperty({ example: '天河路 385 号 太古汇 1 座 2801' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  detail!: string;

  @ApiProperty({ example: '张三' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 50)
  recipientName!: string;

  @ApiProperty({ example: '13812345678', description: 'Mainland mobile; +86 and spaces accepted.' })
  @MobilePhone()
  recipientPhone!: string;

  @ApiPropertyOptional({ description: 'Make this the default address (the first address always is).' })
  @IsOptional()
  @IsBoolean()
  isDefault?: boolean;
}

export class UpdateAddressDto extends PartialType(AddressInput) {}
