import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Transform } from 'class-transformer';
import { IsIn, IsOptional, IsString, IsUUID, Length, Matches } from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import { MONTH_PATTERN } from '../../shared/periods';
import { REPORT_LEVELS, ReportLevel } from '../operating-report.entity';

const trimmed = ({ value }: { value: unknown }) => (typeof value === 'string' ? value.trim() : value);

export class SubmitOperatingReportDto {
  @ApiProperty({ example: '2026-11' })
  @Matches(MONTH_PATTERN, { message: 'period must be a month such as 2026-11' })
  period!: string;

  @ApiProperty({
    format: 'uuid',
    description: 'One’s city (figures from the system) or region (the sum of its cities’ submitted reports).',
  })
  @IsUUID()
  orgUnitId!: string;

  @ApiProperty({ example: '本月配送时效改善，退货率下降。' })
  @Transform(trimmed)
  @IsString()
  @Length(1, 4000)
  commentary!: string;
}

export class ListOperatingReportsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['createdAt', '-createdAt', 'period', '-period'] })
  @IsOptional()
  @IsIn(['createdAt', '-createdAt', 'period', '-period'])
  sort?: string;

  @ApiPropertyOptional({ example: '2026-11' })
  @IsOptional()
  @Matches(MONTH_PATTERN, { message: 'period must be a month such as 2026-11' })
  period?: string;

  @ApiPropertyOptional({ enum: REPORT_LEVELS })
  @IsOptional()
  @IsIn(REPORT_LEVELS)
  level?: ReportLevel;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;
}

export class OperatingReportResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'OR-20261128-0001' }) number!: string;
  @ApiProperty({ enum: REPORT_LEVELS }) level!: ReportLevel;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty({ example: '2026-11' }) period!: string;
  @ApiProperty() currency!: string;
  @ApiProperty({ description: 'Net sales in 分.' }) netSales!: number;
  @ApiProperty() orderCount!: number;
  @ApiProperty() returnCount!: number;
  @ApiProperty({
    description: 'Delivered COD orders whose cash is not yet confirmed remitted, at submission, 分.',
  })
  codOutstanding!: number;
  @ApiProperty() newMembers!: number;
  @ApiProperty({
    type: 'integer',
    nullable: true,
    description: 'Null until finance keeps territory budgets.',
  })
  expenses!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) expenseBudget!: number | null;
  @ApiProperty() commentary!: string;
  @ApiProperty({ type: [String], format: 'uuid' }) sourceReportIds!: string[];
  @ApiProperty({ format: 'uuid' }) submittedBy!: string;
  @ApiProperty({ format: 'date-time' }) submittedAt!: string;
  @ApiProperty() version!: number;
}

export class OperatingReportPreviewQuery {
  @ApiProperty({ format: 'uuid', description: 'One’s city or region.' })
  @IsUUID()
  orgUnitId!: string;

  @ApiProperty({ example: '2026-11' })
  @Matches(MONTH_PATTERN, { message: 'period must be a month such as 2026-11' })
  period!: string;
}

export class OperatingReportPreviewCityResponse {
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty() name!: string;
  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'The city’s submitted report for the month; null while it has not reported.',
  })
  reportId!: string | null;
}

export class OperatingReportPreviewResponse {
  @ApiProperty({ enum: REPORT_LEVELS }) level!: ReportLevel;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty({ example: '2026-11' }) period!: string;
  @ApiProperty() currency!: string;
  @ApiProperty({ description: 'Net sales in 分.' }) netSales!: number;
  @ApiProperty() orderCount!: number;
  @ApiProperty() returnCount!: number;
  @ApiProperty({ description: 'COD cash not yet remitted, 分.' }) codOutstanding!: number;
  @ApiProperty() newMembers!: number;
  @ApiProperty({ type: 'integer', nullable: true }) expenses!: number | null;
  @ApiProperty({ type: 'integer', nullable: true }) expenseBudget!: number | null;
  @ApiProperty({
    type: [String],
    format: 'uuid',
    description: 'For a region: the city reports it would sum.',
  })
  sourceReportIds!: string[];
  @ApiProperty({
    type: 'string',
    format: 'uuid',
    nullable: true,
    description: 'The report already submitted for this unit and month, if any.',
  })
  submittedReportId!: string | null;
  @ApiProperty({
    type: [OperatingReportPreviewCityResponse],
    description: 'For a region: each of its cities and whether it has reported (empty for a city).',
  })
  cities!: OperatingReportPreviewCityResponse[];
}
