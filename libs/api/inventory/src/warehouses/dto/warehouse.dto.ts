import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches, ValidateIf } from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import type { Warehouse, WarehouseStatus } from '../warehouse.entity';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);
const upperTrimmed = ({ value }: { value: unknown }) =>
  typeof value === 'string' ? value.trim().toUpperCase() : value;

export class CreateWarehouseDto {
  @ApiProperty({ example: 'GZ-01', description: 'Letters, digits and dashes; stored upper case.' })
  @Transform(upperTrimmed)
  @IsString()
  @Length(1, 32)
  @Matches(/^[A-Z0-9][A-Z0-9-]*$/, { message: 'code may hold only letters, digits and dashes' })
  code!: string;

  @ApiProperty({ example: '广州仓' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  name!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The province, region or city org unit it serves.' })
  @IsOptional()
  @IsUUID()
  regionId?: string;
}

export class UpdateWarehouseDto {
  @ApiPropertyOptional()
  @IsOptional()
  @Transform(trimmed)
  @IsString()
  @Length(1, 100)
  name?: string;

  @ApiPropertyOptional({ type: 'string', format: 'uuid', nullable: true, description: 'null: no region.' })
  @IsOptional()
  @ValidateIf((_, value) => value !== null)
  @IsUUID()
  regionId?: string | null;
}

export class ListWarehousesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['code', '-code', 'createdAt', '-createdAt'], default: 'code' })
  @IsOptional()
  @IsIn(['code', '-code', 'createdAt', '-createdAt'])
  sort?: string;

  @ApiPropertyOptional({ enum: ['active', 'inactive'] })
  @IsOptional()
  @IsIn(['active', 'inactive'])
  status?: WarehouseStatus;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  regionId?: string;
}

export class WarehouseResponse {
  @ApiProperty({ format: 'uuid' })
  id!: string;

  @ApiProperty()
  code!: string;

  @ApiProperty()
  name!: string;

  @ApiProperty({ type: 'string', format: 'uuid', nullable: true })
  regionId!: string | null;

  @ApiProperty({ enum: ['active', 'inactive'] })
  status!: WarehouseStatus;

  @ApiProperty()
  version!: number;

  @ApiProperty({ format: 'date-time' })
  createdAt!: string;

  static from(warehouse: Warehouse): WarehouseResponse {
    return {
      id: warehouse.id,
      code: warehouse.code,
      name: warehouse.name,
      regionId: warehouse.regionId,
      status: warehouse.status,
      version: warehouse.version,
      createdAt: warehouse.createdAt.toISOString(),
    };
  }
}
