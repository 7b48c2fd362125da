import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsInt, IsOptional, IsString, IsUUID, Length, Max, MaxLength, Min } from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import type { Brand } from '../../brands/brand.entity';
import type { CatalogStatus, Category } from '../category.entity';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreateCategoryDto {
  @ApiProperty({ example: '手机壳' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  parentId?: string;

  @ApiPropertyOptional({ default: 0 })
  @IsOptional()
  // A JSON number only: converting took "5" and true (found by the fuzz suite).
  @IsInt()
  @Min(-10000)
  @Max(10000)
  sortOrder?: number;
}

export class UpdateCategoryDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'null moves it to the top level.',
  })
  @IsOptional()
  @IsUUID()
  parentId?: string | null;

  @ApiPropertyOptional()
  @IsOptional()
  @IsInt()
  @Min(-10000)
  @Max(10000)
  sortOrder?: number;

  @ApiPropertyOptional({ enum: ['active', 'archived'] })
  @IsOptional()
  @IsIn(['active', 'archived'])
  status?: CatalogStatus;
}

export class ListCatalogNodesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['active', 'archived'] })
  @IsOptional()
  @IsIn(['active', 'archived'])
  status?: CatalogStatus;

  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  q?: string;
}

export class CategoryResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  parentId!: string | null;

  @ApiProperty()
  sortOrder!: number;

  @ApiProperty({ enum: ['active', 'archived'] })
  status!: CatalogStatus;

  @ApiProperty()
  version!: number;

  static from(category: Category): CategoryResponse {
    return {
      id: category.id,
      name: category.name,
      parentId: category.parentId,
      sortOrder: category.sortOrder,
      status: category.status,
      version: category.version,
    };
  }
}

export class CreateBrandDto {
  @ApiProperty({ example: '绿联' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  name!: string;
}

export class UpdateBrandDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({ enum: ['active', 'archived'] })
  @IsOptional()
  @IsIn(['active', 'archived'])
  status?: CatalogStatus;
}

export class BrandResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ enum: ['active', 'archived'] })
  status!: CatalogStatus;

  @ApiProperty()
  version!: number;

  static from(brand: Brand): BrandResponse {
    return { id: brand.id, name: brand.name, status: brand.status, version: brand.version };
  }
}
