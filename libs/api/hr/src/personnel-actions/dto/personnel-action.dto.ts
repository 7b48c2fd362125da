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
import { PERSONNEL_ACTION_STATUSES, PERSONNEL_ACTION_TYPES } from '../personnel-action-types';

const MAX_MONEY = 1_000_000_000_00; // ¥1,000,000,000 in 分

export class CreatePersonnelActionDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() employeeId!: string;

  @ApiProperty({
    enum: PERSONNEL_ACTION_TYPES,
    description:
      'grading: grade; promotion: positionId and/or grade (+salary); raise: salary; reward: amount; discipline: ' +
      'optional fine amount; internal_transfer / transfer_in: positionId (+grade, salary); transfer_out, ' +
      'dismissal, resignation: the employee leaves on the effective date.',
  })
  @IsIn(PERSONNEL_ACTION_TYPES)
  type!: (typeof PERSONNEL_ACTION_TYPES)[number];

  @ApiProperty({
    example: '2027-01-01',
    description: 'The day the change takes effect (for a departure: the leave date).',
  })
  @IsISO8601({ strict: true })
  effectiveOn!: string;

  @ApiProperty({ example: '年度调薪' }) @IsString() @MinLength(1) @MaxLength(1000) reason!: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The new primary position.' })
  @IsOptional()
  @IsUUID()
  positionId?: string;

  @ApiPropertyOptional({ example: 'P3' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(16)
  grade?: string;

  @ApiPropertyOptional({ description: 'New monthly base salary in minor units (分), CNY.', example: 950000 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(MAX_MONEY)
  salary?: number;

  @ApiPropertyOptional({ description: 'A one-off reward or fine in minor units (分), CNY.', example: 50000 })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(MAX_MONEY)
  amount?: number;
}

export class ListPersonnelActionsQuery extends PageQuery {
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() employeeId?: string;

  @ApiPropertyOptional({ enum: PERSONNEL_ACTION_TYPES })
  @IsOptional()
  @IsIn(PERSONNEL_ACTION_TYPES)
  type?: (typeof PERSONNEL_ACTION_TYPES)[number];

  @ApiPropertyOptional({ enum: PERSONNEL_ACTION_STATUSES })
  @IsOptional()
  @IsIn(PERSONNEL_ACTION_STATUSES)
  status?: (typeof PERSONNEL_ACTION_STATUSES)[number];

  @ApiPropertyOptional({ format: 'uuid', description: 'A unit and everything under it.' })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;

  @ApiPropertyOptional({ example: '2027-01-01', description: 'Effective on or after this day.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  effectiveFrom?: string;

  @ApiPropertyOptional({ example: '2027-01-31', description: 'Effective on or before this day.' })
  @IsOptional()
  @IsISO8601({ strict: true })
  effectiveTo?: string;
}

export class ActionChangesResponse {
  @ApiPropertyOptional({ format: 'uuid' }) positionId?: string;
  @ApiPropertyOptional() grade?: string;
  @ApiPropertyOptional({ description: 'Minor units; only for callers with employees:pii-read.' })
  salary?: number;
  @ApiPropertyOptional({ description: 'Minor units.' }) amount?: number;
}

export class PersonnelActionResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'PA-20261127-0001' }) number!: string;
  @ApiProperty({ format: 'uuid' }) employeeId!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty({ enum: PERSONNEL_ACTION_TYPES }) type!: string;
  @ApiProperty({ example: '2027-01-01' }) effectiveOn!: string;
  @ApiProperty({ type: ActionChangesResponse }) changes!: ActionChangesResponse;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: PERSONNEL_ACTION_STATUSES }) status!: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) approvalRequestId!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) appliedAt!: Date | null;
  @ApiProperty({ example: 'CNY' }) currency!: string;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: Date;
}
