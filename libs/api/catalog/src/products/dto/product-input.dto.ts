import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
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
import { CONTENT_LOCALES, ContentLocale } from '../product-content.entity';
import type { SkuStatus } from '../sku.entity';
import { IsAttributeMap } from './attribute-map.validator';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const SKU_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;

export class SkuInput {
  @ApiProperty({ example: 'IP15-CASE-BLK', description: 'Unique; letters, digits, . _ -' })
  @Transform(trimmed)
  @IsString()
  @Matches(SKU_CODE, {
    message: 'code must be 1–64 letters, digits, . _ or -, starting with a letter or digit',
  })
  code!: string;

  @ApiPropertyOptional({ example: '黑色' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({
    example: { 颜色: '黑色', 尺码: 'iPhone 15' },
    type: 'object',
    additionalProperties: { type: 'string' },
  })
  @IsOptional()
  @IsObject()
  @IsAttributeMap()
  attributes?: Record<string, string>;

  @ApiPropertyOptional({ example: '6901234567890', description: 'EAN/UPC digits; unique' })
  @IsOptional()
  @Matches(/^\d{8,14}$/, { message: 'barcode must be 8–14 digits' })
  barcode?: string;

  @ApiPropertyOptional({ example: '件' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 16)
  unit?: string;

  @ApiPropertyOptional({ example: 45 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  weightGrams?: number;
}

export class CreateProductDto {
  @ApiProperty({ example: '苹果 iPhone 15 超薄手机壳' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  name!: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  categoryId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  brandId?: string;

  @ApiProperty({ type: [SkuInput], description: 'At least one sellable variant.' })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(200)
  @ValidateNested({ each: true })
  @Type(() => SkuInput)
  skus!: SkuInput[];
}

export class UpdateProductDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ type: 'string', format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  categoryId?: string | null;

  @ApiPropertyOptional({ type: 'string', format: 'uuid', nullable: true })
  @IsOptional()
  @IsUUID()
  brandId?: string | null;
}

export class UpdateSkuDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  name?: string;

  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'string' } })
  @IsOptional()
  @IsObject()
  @IsAttributeMap()
  attributes?: Record<string, string>;

  @ApiPropertyOptional()
  @IsOptional()
  @Matches(/^\d{8,14}$/, { message: 'barcode must be 8–14 digits' })
  barcode?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 16)
  unit?: string;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(10_000_000)
  weightGrams?: number;

  @ApiPropertyOptional({ enum: ['active', 'discontinued'] })
  @IsOptional()
  @IsIn(['active', 'discontinued'])
  status?: SkuStatus;
}

export class ProductContentDto {
  @ApiProperty({ example: 'iPhone 15 超薄磨砂手机壳' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 200)
  title!: string;

  @ApiPropertyOptional({ type: [String], example: ['0.8mm 超薄', '防指纹磨砂'] })
  @IsOptional()
  @IsArray()
  @ArrayMaxSize(10)
  @IsString({ each: true })
  @MaxLength(100, { each: true })
  sellingPoints?: string[];

  @ApiPropertyOptional({ description: 'HTML; scripts, handlers, styles and unsafe links are removed.' })
  @IsOptional()
  @IsString()
  @MaxLength(100_000)
  descriptionHtml?: string;
}

export class ProductContentParams {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  id!: string;

  @ApiProperty({ enum: CONTENT_LOCALES })
  @IsIn(CONTENT_LOCALES, { message: 'locale must be zh-CN or en' })
  locale!: ContentLocale;
}

export class ListingActionDto {
  @ApiPropertyOptional({ description: 'Why (kept in the audit trail), e.g. why a review sent it back.' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(500)
  comment?: string;
}
