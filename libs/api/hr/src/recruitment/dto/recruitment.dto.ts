import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  IsEmail,
  IsISO8601,
  IsIn,
  IsInt,
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
import { PersonalDetailsDto } from '../../employees/dto/employee.dto';
import { CANDIDATE_STAGES } from '../recruitment.entities';

const STATUSES = ['pending_approval', 'approved', 'rejected', 'cancelled', 'filled'] as const;

export class CreateHiringRequestDto {
  @ApiProperty({
    format: 'uuid',
    description: 'The position to hire for; its unit is the requesting department.',
  })
  @IsUUID()
  positionId!: string;

  @ApiProperty({ example: 2, minimum: 1, maximum: 1000 })
  @IsInt()
  @Min(1)
  @Max(1000)
  headcount!: number;

  @ApiPropertyOptional({
    example: '2026',
    description: 'The plan year it counts against; default this year.',
  })
  @IsOptional()
  @Matches(/^20\d{2}$/, { message: 'period must be a year such as 2026' })
  period?: string;

  @ApiProperty({ example: '华南区业务扩张，需增加销售代表' })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  reason!: string;

  @ApiPropertyOptional({ example: '2026-12-31' })
  @IsOptional()
  @IsISO8601({ strict: true })
  wantedBy?: string;
}

export class ListHiringRequestsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['createdAt', '-createdAt'], default: '-createdAt' })
  @IsOptional()
  @IsIn(['createdAt', '-createdAt'])
  sort?: 'createdAt' | '-createdAt';

  @ApiPropertyOptional({ enum: STATUSES })
  @IsOptional()
  @IsIn(STATUSES)
  status?: (typeof STATUSES)[number];

  @ApiPropertyOptional({ example: '2026' })
  @IsOptional()
  @Matches(/^20\d{2}$/)
  period?: string;
}

export class HiringRequestResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'HQ-20261128-0001' }) number!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty({ format: 'uuid' }) positionId!: string;
  @ApiProperty() positionTitle!: string;
  @ApiProperty({ example: '2026' }) period!: string;
  @ApiProperty() headcount!: number;
  @ApiProperty() hired!: number;
  @ApiProperty() reason!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) wantedBy!: string | null;
  @ApiProperty({ enum: STATUSES }) status!: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) approvalRequestId!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: Date;
}

export class RecruitmentPlanLine {
  @ApiProperty({ format: 'uuid' }) hiringRequestId!: string;
  @ApiProperty() number!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty({ format: 'uuid' }) positionId!: string;
  @ApiProperty() positionTitle!: string;
  @ApiProperty() headcount!: number;
  @ApiProperty() hired!: number;
  @ApiProperty({ description: 'Candidates still in the pipeline (applied … offer).' }) inPipeline!: number;
  @ApiPropertyOptional({ type: String, nullable: true }) wantedBy!: string | null;
  @ApiProperty({ enum: ['approved', 'filled'] }) status!: string;
}

export class RecruitmentPlanResponse {
  @ApiProperty({ example: '2026' }) period!: string;
  @ApiProperty({ type: [RecruitmentPlanLine] }) lines!: RecruitmentPlanLine[];
  @ApiProperty() totalHeadcount!: number;
  @ApiProperty() totalHired!: number;
}

export class CreateCandidateDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() hiringRequestId!: string;
  @ApiProperty({ example: '李四' }) @IsString() @MinLength(1) @MaxLength(100) name!: string;
  @ApiPropertyOptional() @IsOptional() @Matches(/^[0-9+\- ]{5,32}$/) phone?: string;
  @ApiPropertyOptional() @IsOptional() @IsEmail() @MaxLength(200) email?: string;
  @ApiPropertyOptional({ example: '招聘网站' }) @IsOptional() @IsString() @MaxLength(60) source?: string;
}

export class MoveCandidateDto {
  @ApiProperty({ enum: ['screening', 'interview', 'offer', 'rejected', 'withdrawn'] })
  @IsIn(['screening', 'interview', 'offer', 'rejected', 'withdrawn'])
  stage!: 'screening' | 'interview' | 'offer' | 'rejected' | 'withdrawn';

  @ApiPropertyOptional({ description: 'A note on the move (interview impressions…).' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;

  @ApiPropertyOptional({ description: 'With an offer: the monthly salary offered, in minor units.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  offeredSalary?: number;
}

export class CandidateNoteDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(1000) note!: string;
}

export class HireCandidateDto {
  @ApiProperty({ example: '2026-12-01' }) @IsISO8601({ strict: true }) hireDate!: string;
  @ApiPropertyOptional({ example: 3, minimum: 0, maximum: 6, default: 3 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(6)
  probationMonths?: number;
  @ApiPropertyOptional({ description: 'Monthly base salary in minor units; default the offer.' })
  @IsOptional()
  @IsInt()
  @Min(0)
  salary?: number;
  @ApiPropertyOptional({ type: PersonalDetailsDto })
  @IsOptional()
  @IsObject()
  @ValidateNested()
  @Type(() => PersonalDetailsDto)
  personal?: PersonalDetailsDto;
}

export class ListCandidatesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['createdAt', '-createdAt'], default: 'createdAt' })
  @IsOptional()
  @IsIn(['createdAt', '-createdAt'])
  sort?: 'createdAt' | '-createdAt';

  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() hiringRequestId?: string;
  @ApiPropertyOptional({ enum: CANDIDATE_STAGES })
  @IsOptional()
  @IsIn(CANDIDATE_STAGES)
  stage?: (typeof CANDIDATE_STAGES)[number];
}

export class CandidateResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) hiringRequestId!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty() name!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) phone!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) email!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) source!: string | null;
  @ApiProperty({ enum: CANDIDATE_STAGES }) stage!: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) offeredSalary!: number | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) employeeId!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: Date;
}
