import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import {
  PROBATION_ITEM_KINDS,
  PROBATION_RECOMMENDATIONS,
  PROBATION_REVIEW_STATUSES,
} from '../probation.entities';

const DATE = { strict: true } as const;

export class CreateProbationItemDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() employeeId!: string;

  @ApiProperty({ enum: PROBATION_ITEM_KINDS, description: 'A training to attend or an assessment to score.' })
  @IsIn(PROBATION_ITEM_KINDS)
  kind!: (typeof PROBATION_ITEM_KINDS)[number];

  @ApiProperty({ example: '新员工入职培训' })
  @IsString()
  @MinLength(1)
  @MaxLength(200)
  title!: string;

  @ApiPropertyOptional({ example: '2026-12-15' }) @IsOptional() @IsISO8601(DATE) dueOn?: string;
}

export class CompleteProbationItemDto {
  @ApiProperty({ example: '2026-12-10' }) @IsISO8601(DATE) completedOn!: string;

  @ApiPropertyOptional({ minimum: 0, maximum: 100, description: 'Required for an assessment.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(100)
  score?: number;

  @ApiPropertyOptional({ maxLength: 1000 }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
}

export class ProbationItemResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) employeeId!: string;
  @ApiProperty({ enum: PROBATION_ITEM_KINDS }) kind!: string;
  @ApiProperty() title!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) dueOn!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) completedOn!: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) score!: number | null;
  @ApiPropertyOptional({ type: String, nullable: true }) note!: string | null;
  @ApiProperty() version!: number;
}

export class CreateProbationReviewDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() employeeId!: string;

  @ApiProperty({
    enum: PROBATION_RECOMMENDATIONS,
    description: 'confirm: becomes regular (转正); extend: a new end date; end: employment ends.',
  })
  @IsIn(PROBATION_RECOMMENDATIONS)
  recommendation!: (typeof PROBATION_RECOMMENDATIONS)[number];

  @ApiPropertyOptional({
    example: '2027-04-30',
    description: 'For extend: the new last day of probation (at most 6 months after the hire date).',
  })
  @IsOptional()
  @IsISO8601(DATE)
  newProbationEndDate?: string;

  @ApiPropertyOptional({
    example: '2027-01-31',
    description: 'For end: the last working day (default: the probation end).',
  })
  @IsOptional()
  @IsISO8601(DATE)
  leaveDate?: string;

  @ApiProperty({ example: '考核优秀，建议转正' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;
}

export class ListProbationReviewsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() employeeId?: string;

  @ApiPropertyOptional({ enum: PROBATION_REVIEW_STATUSES })
  @IsOptional()
  @IsIn(PROBATION_REVIEW_STATUSES)
  status?: (typeof PROBATION_REVIEW_STATUSES)[number];
}

export class ProbationReviewResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiPropertyOptional({ type: String, nullable: true, example: 'PR-20261127-0001' }) number!: string | null;
  @ApiProperty({ format: 'uuid' }) employeeId!: string;
  @ApiProperty({ enum: PROBATION_RECOMMENDATIONS }) recommendation!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) newProbationEndDate!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) leaveDate!: string | null;
  @ApiPropertyOptional({ type: Number, nullable: true }) averageScore!: number | null;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: PROBATION_REVIEW_STATUSES }) status!: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) approvalRequestId!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: Date;
}

export class ProbationFileResponse {
  @ApiProperty({ format: 'uuid' }) employeeId!: string;
  @ApiProperty() status!: string;
  @ApiProperty({ example: '2026-03-01' }) hireDate!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) probationEndDate!: string | null;
  @ApiProperty({ type: [ProbationItemResponse] }) items!: ProbationItemResponse[];
  @ApiPropertyOptional({ type: Number, nullable: true, description: 'Average of the scored assessments.' })
  averageScore!: number | null;
  @ApiProperty({ type: [ProbationReviewResponse] }) reviews!: ProbationReviewResponse[];
}
