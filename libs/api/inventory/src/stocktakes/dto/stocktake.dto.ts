import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsArray,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Length,
  Max,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { MAX_QUANTITY } from '../../stock/dto/stock-level.dto';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class StocktakeLineDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  skuId!: string;

  @ApiProperty({ minimum: 0, description: 'Units found on the shelf.' })
  @IsInt()
  @Min(0)
  @Max(MAX_QUANTITY)
  counted!: number;
}

export class CreateStocktakeDto {
  @ApiProperty({ format: 'uuid' })
  @IsUUID()
  warehouseId!: string;

  @ApiProperty({
    type: [StocktakeLineDto],
    description: 'SKUs not listed are left as they are (a partial count).',
  })
  @IsArray()
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  @ValidateNested({ each: true })
  @Type(() => StocktakeLineDto)
  lines!: StocktakeLineDto[];

  @ApiPropertyOptional({ example: '月末盘点' })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 500)
  note?: string;
}

export class ListStocktakesQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  warehouseId?: string;
}

export class StocktakeLineResponse {
  @ApiProperty({ format: 'uuid' })
  skuId!: string;

  @ApiProperty()
  skuCode!: string;

  @ApiProperty({ type: 'string', nullable: true })
  skuName!: string | null;

  @ApiProperty({ description: 'On hand in the books when counted.' })
  expected!: number;

  @ApiProperty()
  counted!: number;

  @ApiProperty({ description: 'counted − expected' })
  difference!: number;
}

export class StocktakeResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty({ example: 'STK-20261127-0001' })
  number!: string;

  @ApiProperty({ format: 'uuid' })
  warehouseId!: string;

  @ApiProperty()
  warehouseCode!: string;

  @ApiProperty({ type: 'string', nullable: true })
  note!: string | null;

  @ApiProperty({ type: 'string', nullable: true })
  countedBy!: string | null;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  @ApiProperty()
  version!: number;

  @ApiProperty({ type: [StocktakeLineResponse], description: 'Only in the single-stocktake answer.' })
  lines!: StocktakeLineResponse[];
}
