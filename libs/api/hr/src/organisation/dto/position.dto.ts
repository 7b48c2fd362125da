import { ApiProperty, ApiPropertyOptional, PartialType, PickType } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import {
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';

const trim = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class CreatePositionDto {
  @ApiProperty({ example: 'SALES-REP', maxLength: 32 })
  @Transform(trim)
  @Matches(/^[A-Za-z0-9][A-Za-z0-9_-]{0,31}$/, { message: 'code must be 1–32 letters, digits, - or _' })
  code!: string;

  @ApiProperty({ example: '销售代表', maxLength: 100 })
  @Transform(trim)
  @IsString()
  @MinLength(1)
  @MaxLength(100)
  title!: string;

  @ApiProperty({ format: 'uuid', description: 'The org unit (identity’s tree) the position belongs to.' })
  @IsUUID()
  orgUnitId!: string;

  @ApiPropertyOptional({ description: 'The written duties (岗位职责).', maxLength: 5000 })
  @IsOptional()
  @IsString()
  @MaxLength(5000)
  duties?: string;

  @ApiPropertyOptional({ type: String, example: 'P3', maxLength: 16, nullable: true })
  @IsOptional()
  @IsString()
  @MaxLength(16)
  grade?: string | null;
}

export class UpdatePositionDto extends PartialType(
  PickType(CreatePositionDto, ['title', 'duties', 'grade'] as const),
) {
  @ApiPropertyOptional({ enum: ['active', 'archived'] })
  @IsOptional()
  @IsIn(['active', 'archived'])
  status?: 'active' | 'archived';
}

export const POSITION_SORTS = ['code', '-code', 'createdAt', '-createdAt'] as const;

export class ListPositionsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: POSITION_SORTS, default: 'code' })
  @IsOptional()
  @IsIn(POSITION_SORTS)
  sort?: (typeof POSITION_SORTS)[number];

  @ApiPropertyOptional({ format: 'uuid', description: 'Only positions of this unit.' })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;

  @ApiPropertyOptional({ enum: ['active', 'archived'] })
  @IsOptional()
  @IsIn(['active', 'archived'])
  status?: 'active' | 'archived';
}

export class PositionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty() duties!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) grade!: string | null;
  @ApiProperty({ enum: ['active', 'archived'] }) status!: string;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: Date;
  @ApiProperty() updatedAt!: Date;
}

export class SetHeadcountDto {
  @ApiProperty({ example: 5, minimum: 0, maximum: 10000 })
  @IsInt()
  @Min(0)
  @Max(10000)
  planned!: number;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class PeriodParams {
  @ApiProperty({ format: 'uuid', description: 'The position.' })
  @IsUUID()
  id!: string;

  @ApiProperty({ example: '2026', description: 'The plan year.' })
  @Matches(/^20\d{2}$/, { message: 'period must be a year such as 2026' })
  period!: string;
}

export class PeriodQuery {
  @ApiPropertyOptional({ example: '2026', description: 'The plan year; default: this year (Beijing).' })
  @IsOptional()
  @Matches(/^20\d{2}$/, { message: 'period must be a year such as 2026' })
  period?: string;
}

export class UnitPeriodQuery extends PeriodQuery {
  @ApiProperty({ format: 'uuid', description: 'The org unit whose positions to show.' })
  @IsUUID()
  orgUnitId!: string;
}

export class HeadcountResponse {
  @ApiProperty({ format: 'uuid' }) positionId!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty({ example: '2026' }) period!: string;
  @ApiProperty({ description: 'Planned headcount (编制).' }) planned!: number;
  @ApiProperty({ description: 'Employees holding it as their primary position now.' }) filled!: number;
  @ApiProperty({ description: 'Still to hire on approved or pending hiring requests.' }) open!: number;
  @ApiProperty({ description: 'planned − filled − open; never below 0.' }) available!: number;
  @ApiPropertyOptional({ type: String, nullable: true }) note!: string | null;
}

export class OrgChartPosition {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) grade!: string | null;
  @ApiProperty() planned!: number;
  @ApiProperty() filled!: number;
  @ApiProperty() open!: number;
}

export class OrgChartUnit {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: ['company', 'department', 'team', 'province', 'region', 'city'] }) kind!: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) parentId!: string | null;
  @ApiProperty({ type: [OrgChartPosition] }) positions!: OrgChartPosition[];
  @ApiProperty({ description: 'Sum of the positions’ planned headcount.' }) planned!: number;
  @ApiProperty({ description: 'Sum of the positions’ filled headcount.' }) filled!: number;
}

export class OrgChartResponse {
  @ApiProperty({ example: '2026' }) period!: string;
  @ApiProperty({ type: [OrgChartUnit], description: 'Active units, parents before children.' })
  units!: OrgChartUnit[];
}
