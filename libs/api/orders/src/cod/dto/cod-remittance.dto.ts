import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import {
  IsIn,
  IsInt,
  IsISO8601,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import { PageQuery } from '@zhanggui/api-platform';
import {
  COD_REMITTANCE_STATUSES,
  CodRemittanceStatus,
  DISCREPANCY_RESOLUTIONS,
  DiscrepancyResolution,
} from '../cod-remittance-states';

const DAY = /^\d{4}-\d{2}-\d{2}$/;

export class CreateCodRemittanceDto {
  @ApiPropertyOptional({ format: 'uuid', description: 'The courier handing in the cash.' })
  @IsOptional()
  @IsUUID()
  courierId?: string;

  @ApiPropertyOptional({ format: 'uuid', description: 'The city (territory) whose cash it is.' })
  @IsOptional()
  @IsUUID()
  cityId?: string;

  @ApiProperty({ format: 'date', example: '2026-11-27', description: 'The business day (China time).' })
  @Matches(DAY, { message: 'businessDay must be YYYY-MM-DD' })
  @IsISO8601({ strict: true })
  businessDay!: string;
}

export class HandInCodRemittanceDto {
  @ApiProperty({ description: 'Cash handed in, 分.' })
  @IsInt()
  @Min(0)
  amount!: number;

  @ApiPropertyOptional({ maxLength: 500 })
  @IsOptional()
  @IsString()
  @MaxLength(500)
  note?: string;
}

export class ConfirmCodRemittanceDto {
  @ApiPropertyOptional({ maxLength: 500, description: 'Required when the cash differs from the expected.' })
  @IsOptional()
  @IsString()
  @MinLength(1)
  @MaxLength(500)
  reason?: string;

  @ApiPropertyOptional({ maxLength: 1000 })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  note?: string;
}

export class DiscrepancyNoteDto {
  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  note!: string;
}

export class ResolveDiscrepancyDto {
  @ApiProperty({ enum: DISCREPANCY_RESOLUTIONS })
  @IsIn(DISCREPANCY_RESOLUTIONS)
  resolution!: DiscrepancyResolution;

  @ApiProperty({ maxLength: 1000 })
  @IsString()
  @MinLength(1)
  @MaxLength(1000)
  note!: string;
}

export class ListCodRemittancesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: COD_REMITTANCE_STATUSES })
  @IsOptional()
  @IsIn(COD_REMITTANCE_STATUSES)
  status?: CodRemittanceStatus;

  @ApiPropertyOptional({ format: 'uuid', description: 'A territory and everything below it.' })
  @IsOptional()
  @IsUUID()
  cityId?: string;

  @ApiPropertyOptional({ format: 'uuid' })
  @IsOptional()
  @IsUUID()
  courierId?: string;

  @ApiPropertyOptional({ format: 'date' })
  @IsOptional()
  @Matches(DAY, { message: 'businessDay must be YYYY-MM-DD' })
  businessDay?: string;
}

export class CodRemittanceLineView {
  @ApiProperty({ format: 'uuid' }) orderId!: string;
  @ApiProperty() orderNumber!: string;
  @ApiProperty({ format: 'uuid' }) codCollectionId!: string;
  @ApiProperty({ description: '分 collected' }) amount!: number;
  @ApiProperty({ description: '分 the order asked for' }) expectedAmount!: number;
  @ApiProperty({ format: 'uuid' }) collectedBy!: string;
}

export class CodRemittanceHistoryView {
  @ApiProperty() action!: string;
  @ApiProperty({ type: String, nullable: true }) from!: string | null;
  @ApiProperty() to!: string;
  @ApiProperty({ type: String, nullable: true }) note!: string | null;
  @ApiProperty({ type: 'object', additionalProperties: true }) data!: Record<string, unknown>;
  @ApiProperty() actorKind!: string;
  @ApiProperty({ type: String, nullable: true }) actorId!: string | null;
  @ApiProperty({ type: String, nullable: true }) actorLabel!: string | null;
  @ApiProperty({ format: 'date-time' }) occurredAt!: Date;
}

export class CodRemittanceSummary {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'REM-20261127-0001' }) number!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty({ type: String, format: 'uuid', nullable: true }) courierId!: string | null;
  @ApiProperty({ format: 'date' }) businessDay!: string;
  @ApiProperty({ enum: COD_REMITTANCE_STATUSES }) status!: CodRemittanceStatus;
  @ApiProperty() currency!: string;
  @ApiProperty() orderCount!: number;
  @ApiProperty({ description: '分' }) expectedAmount!: number;
  @ApiProperty({ type: Number, nullable: true, description: '分' }) handedInAmount!: number | null;
  @ApiProperty({ type: Number, nullable: true, description: 'handed in − expected, 分' })
  difference!: number | null;
  @ApiProperty({ type: String, nullable: true }) discrepancyReason!: string | null;
  @ApiProperty({ enum: DISCREPANCY_RESOLUTIONS, nullable: true }) resolution!: DiscrepancyResolution | null;
  @ApiProperty() version!: number;
  @ApiProperty({ format: 'date-time' }) createdAt!: Date;
}

export class CodRemittanceResponse extends CodRemittanceSummary {
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) handedInAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) confirmedAt!: Date | null;
  @ApiProperty({ type: String, format: 'date-time', nullable: true }) resolvedAt!: Date | null;
  @ApiProperty({ type: [CodRemittanceLineView] }) lines!: CodRemittanceLineView[];
  @ApiProperty({ type: [CodRemittanceHistoryView] }) history!: CodRemittanceHistoryView[];
}
