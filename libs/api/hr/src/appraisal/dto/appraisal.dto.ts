import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
  IsObject,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
  ValidateNested,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { CYCLE_STATUSES } from '../appraisal-rules';

const GRADE = /^[A-Z][+-]?$/;

export class KpiItemDto {
  @ApiProperty({ example: 'sales' }) @Matches(/^[a-z0-9_-]{1,32}$/) code!: string;
  @ApiProperty({ example: '销售额达成率' }) @IsString() @MinLength(1) @MaxLength(100) name!: string;
  @ApiProperty({ example: 60, description: 'Percent; the weights add up to 100.' })
  @IsInt()
  @Min(1)
  @Max(100)
  weight!: number;
  @ApiPropertyOptional({ example: '季度销售额 / 目标' })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  description?: string;
}

export class PutKpiTemplateDto {
  @ApiProperty({ example: '销售代表季度考核' }) @IsString() @MinLength(1) @MaxLength(100) name!: string;
  @ApiProperty({ type: [KpiItemDto] })
  @ValidateNested({ each: true })
  @Type(() => KpiItemDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  items!: KpiItemDto[];
}

export class KpiTemplateResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) positionId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: [KpiItemDto] }) items!: KpiItemDto[];
  @ApiProperty() version!: number;
}

export class ListTemplatesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['createdAt'], default: 'createdAt' })
  @IsOptional()
  @IsIn(['createdAt'])
  sort?: string;
}

export class GradeDto {
  @ApiProperty({ example: 'A' })
  @Matches(GRADE, { message: 'grade must be a capital letter, optionally + or -' })
  grade!: string;
  @ApiProperty({ example: 2, description: '1 is the best grade.' }) @IsInt() @Min(1) @Max(20) rank!: number;
  @ApiProperty({ example: 80 }) @IsInt() @Min(0) @Max(100) minScore!: number;
  @ApiProperty({ example: 1.2 }) @IsNumber({ maxDecimalPlaces: 2 }) @Min(0) @Max(10) coefficient!: number;
  @ApiPropertyOptional({ example: '优秀' }) @IsOptional() @IsString() @MaxLength(100) description?: string;
}

export class PutGradesDto {
  @ApiProperty({ type: [GradeDto] })
  @ValidateNested({ each: true })
  @Type(() => GradeDto)
  @ArrayMinSize(2)
  @ArrayMaxSize(20)
  grades!: GradeDto[];
}

export class CreateCycleDto {
  @ApiProperty({ example: '2026 年第四季度考核' }) @IsString() @MinLength(1) @MaxLength(100) name!: string;
  @ApiProperty({ example: '2026-10-01' }) @IsISO8601({ strict: true }) periodStart!: string;
  @ApiProperty({ example: '2026-12-31' }) @IsISO8601({ strict: true }) periodEnd!: string;
  @ApiPropertyOptional({
    type: 'object',
    additionalProperties: { type: 'integer' },
    example: { S: 10, A: 20 },
    description: 'Optional forced distribution: at most this percent of the people per grade.',
  })
  @IsOptional()
  @IsObject()
  forcedDistribution?: Record<string, number>;
}

export class CycleResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'AC-20261201-0001' }) number!: string;
  @ApiProperty() name!: string;
  @ApiProperty() periodStart!: string;
  @ApiProperty() periodEnd!: string;
  @ApiProperty({ enum: CYCLE_STATUSES }) status!: string;
  @ApiPropertyOptional({ type: 'object', additionalProperties: { type: 'integer' }, nullable: true })
  forcedDistribution!: Record<string, number> | null;
  @ApiPropertyOptional({ type: Date, nullable: true }) closedAt!: Date | null;
  @ApiProperty() version!: number;
}

export class CycleDetailResponse extends CycleResponse {
  @ApiProperty() appraisals!: number;
  @ApiProperty() selfReviewed!: number;
  @ApiProperty() managerReviewed!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'integer' },
    description: 'People per final grade (per suggested grade before calibration).',
  })
  distribution!: Record<string, number>;
}

export class ListCyclesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['createdAt', '-createdAt'], default: '-createdAt' })
  @IsOptional()
  @IsIn(['createdAt', '-createdAt'])
  sort?: string;
  @ApiPropertyOptional({ enum: CYCLE_STATUSES }) @IsOptional() @IsIn(CYCLE_STATUSES) status?: string;
}

export class ItemScoreDto {
  @ApiProperty({ example: 'sales' }) @IsString() @MaxLength(32) code!: string;
  @ApiProperty({ example: 85 }) @IsInt() @Min(0) @Max(100) score!: number;
}

export class ReviewDto {
  @ApiProperty({ type: [ItemScoreDto] })
  @ValidateNested({ each: true })
  @Type(() => ItemScoreDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(20)
  scores!: ItemScoreDto[];
  @ApiPropertyOptional({ example: '超额完成季度目标' })
  @IsOptional()
  @IsString()
  @MaxLength(2000)
  comment?: string;
}

export class CalibrateDto {
  @ApiProperty({ example: 'A' })
  @Matches(GRADE, { message: 'finalGrade must be a grade' })
  finalGrade!: string;
  @ApiPropertyOptional({
    example: '跨部门项目贡献未计入 KPI',
    description: 'Required when the grade changes.',
  })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason?: string;
}

export class AppraisalResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) cycleId!: string;
  @ApiProperty({ format: 'uuid' }) employeeId!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty({ format: 'uuid' }) positionId!: string;
  @ApiProperty({ type: [KpiItemDto] }) items!: KpiItemDto[];
  @ApiPropertyOptional({ type: [ItemScoreDto], nullable: true }) selfScores!: ItemScoreDto[] | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) selfScore!: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) selfComment!: string | null;
  @ApiPropertyOptional({ type: [ItemScoreDto], nullable: true }) managerScores!: ItemScoreDto[] | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) managerScore!: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) managerComment!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) grade!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) finalGrade!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) adjustmentReason!: string | null;
  @ApiProperty() version!: number;
}

export class ListAppraisalsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['createdAt'], default: 'createdAt' })
  @IsOptional()
  @IsIn(['createdAt'])
  sort?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() cycleId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() employeeId?: string;
}

export class AppraisalResultResponse {
  @ApiProperty({ format: 'uuid' }) employeeId!: string;
  @ApiProperty({ example: 'A' }) finalGrade!: string;
  @ApiProperty({ example: 1.2 }) coefficient!: number;
}

export class CycleResultsResponse {
  @ApiProperty({ format: 'uuid' }) cycleId!: string;
  @ApiProperty({ description: 'Final only once the cycle is closed.' }) final!: boolean;
  @ApiProperty({ type: [AppraisalResultResponse] }) results!: AppraisalResultResponse[];
}
