import { ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsBoolean, IsIn, IsOptional, IsString, IsUUID, MaxLength } from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { CUSTOMER_SOURCES, CustomerSource } from '../customer.entity';
import { trimmed } from './field-decorators';

export const CUSTOMER_SORTS = ['name', '-name', 'createdAt', '-createdAt'] as const;

export class ListCustomersQuery extends PageQuery {
  @ApiPropertyOptional({ enum: CUSTOMER_SORTS, default: 'createdAt' })
  @IsOptional()
  @IsIn(CUSTOMER_SORTS)
  sort?: (typeof CUSTOMER_SORTS)[number];

  @ApiPropertyOptional({
    description:
      'Name (any part: 张 or 张三), pinyin or initials (zs), customer number, a whole phone (+86 and spaces accepted) or its last 4 digits.',
  })
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @MaxLength(100)
  q?: string;

  @ApiPropertyOptional({ example: '老客户' })
  @IsOptional()
  @IsString()
  @MaxLength(30)
  tag?: string;

  @ApiPropertyOptional({ enum: CUSTOMER_SOURCES })
  @IsOptional()
  @IsIn(CUSTOMER_SOURCES)
  source?: CustomerSource;

  @ApiPropertyOptional({ format: 'uuid', description: 'This territory and the ones under it.' })
  @IsOptional()
  @IsUUID()
  territoryId?: string;

  @ApiPropertyOptional({ description: 'Only members (true) or only non-members (false).' })
  @IsOptional()
  @Transform(({ value }) => (value === 'true' ? true : value === 'false' ? false : value))
  @IsBoolean()
  member?: boolean;

  @ApiPropertyOptional({ enum: ['active', 'merged'], default: 'active' })
  @IsOptional()
  @IsIn(['active', 'merged'])
  status?: 'active' | 'merged';
}
