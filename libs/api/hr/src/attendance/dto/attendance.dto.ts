import { ApiProperty, ApiPropertyOptional } from '@nestjs/swagger';
import { Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  IsIn,
  IsInt,
  IsISO8601,
  IsNumber,
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
import { LEAVE_STATUSES } from '../attendance.entities';
import { OVERTIME_KINDS } from '../attendance-rules';

const HHMM = /^([01][0-9]|2[0-3]):[0-5][0-9]$/;
const MONTH = /^20[0-9]{2}-(0[1-9]|1[0-2])$/;

export class CreateShiftDto {
  @ApiProperty({ example: 'DAY' }) @IsString() @Matches(/^[A-Za-z0-9_-]{1,32}$/) code!: string;
  @ApiProperty({ example: '白班' }) @IsString() @MinLength(1) @MaxLength(100) name!: string;
  @ApiProperty({ example: '09:00' }) @Matches(HHMM, { message: 'startsAt must be HH:MM' }) startsAt!: string;
  @ApiProperty({ example: '18:00' }) @Matches(HHMM, { message: 'endsAt must be HH:MM' }) endsAt!: string;
  @ApiPropertyOptional({ example: '12:00' })
  @IsOptional()
  @Matches(HHMM, { message: 'breakStartsAt must be HH:MM' })
  breakStartsAt?: string;
  @ApiPropertyOptional({ example: '13:00' })
  @IsOptional()
  @Matches(HHMM, { message: 'breakEndsAt must be HH:MM' })
  breakEndsAt?: string;
  @ApiPropertyOptional({ example: 5, description: 'Minutes after the start still on time.', default: 0 })
  @IsOptional()
  @IsInt()
  @Min(0)
  @Max(120)
  graceMinutes?: number;
}

export class ShiftResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ example: '09:00' }) startsAt!: string;
  @ApiProperty({ example: '18:00' }) endsAt!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) breakStartsAt!: string | null;
  @ApiPropertyOptional({ type: String, nullable: true }) breakEndsAt!: string | null;
  @ApiProperty() graceMinutes!: number;
  @ApiProperty() version!: number;
}

export class ListShiftsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['code'], default: 'code' }) @IsOptional() @IsIn(['code']) sort?: string;
}

export class AssignShiftDto {
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'One employee… (exactly one of employeeId, orgUnitId)',
  })
  @IsOptional()
  @IsUUID()
  employeeId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: '…or every employee of a unit.' })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;
  @ApiProperty({ example: '2026-10-01' }) @IsISO8601({ strict: true }) startsOn!: string;
}

export class ShiftAssignmentResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) shiftId!: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) employeeId!: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) orgUnitId!: string | null;
  @ApiProperty() startsOn!: string;
}

export class ImportClockRecordsDto {
  @ApiProperty({
    description:
      'CSV text with a header row: employeeNumber (or 工号), clockedAt (or 打卡时间: ISO-8601, or "YYYY-MM-DD HH:MM[:SS]" in Beijing time), optional device.',
    example: 'employeeNumber,clockedAt\nE00001,2026-10-09 08:55',
  })
  @IsString()
  @MinLength(1)
  @MaxLength(900_000)
  csv!: string;
}

export class ClockRowErrorResponse {
  @ApiProperty({
    description: 'Line in the CSV (the header is line 1), or the index in `punches` from a device.',
  })
  line!: number;
  @ApiProperty() field!: string;
  @ApiProperty() message!: string;
}

export class ClockImportResponse {
  @ApiProperty() imported!: number;
  @ApiProperty({ description: 'Punches already on record (sent twice), skipped.' }) duplicates!: number;
  @ApiProperty({ type: [ClockRowErrorResponse] }) errors!: ClockRowErrorResponse[];
}

export class DevicePunchDto {
  @ApiProperty({ example: 'E00001' }) @IsString() @MinLength(1) @MaxLength(16) employeeNumber!: string;
  @ApiProperty({ example: '2026-10-09T00:55:00.000Z' }) @IsISO8601({ strict: true }) clockedAt!: string;
}

export class DevicePunchesDto {
  @ApiProperty({ example: 'GATE-1' }) @IsString() @MinLength(1) @MaxLength(64) deviceId!: string;
  @ApiProperty({ type: [DevicePunchDto] })
  @ValidateNested({ each: true })
  @Type(() => DevicePunchDto)
  @ArrayMinSize(1)
  @ArrayMaxSize(1000)
  punches!: DevicePunchDto[];
}

export class ClockRecordResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) employeeId!: string;
  @ApiProperty() clockedAt!: Date;
  @ApiProperty({ description: 'The Beijing date it counts for.' }) workDate!: string;
  @ApiProperty({ enum: ['csv', 'device', 'manual'] }) source!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) device!: string | null;
}

export class ListClockRecordsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['clockedAt', '-clockedAt'], default: '-clockedAt' })
  @IsOptional()
  @IsIn(['clockedAt', '-clockedAt'])
  sort?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() employeeId?: string;
  @ApiPropertyOptional({ example: '2026-10' })
  @IsOptional()
  @Matches(MONTH, { message: 'month must be YYYY-MM' })
  month?: string;
}

export class LeaveTypeResponse {
  @ApiProperty({ example: 'annual' }) code!: string;
  @ApiProperty({ example: '年休假' }) name!: string;
  @ApiProperty() paid!: boolean;
  @ApiProperty() usesBalance!: boolean;
  @ApiProperty({ enum: ['working_days', 'calendar_days'] }) counts!: string;
  @ApiPropertyOptional({ type: Number, nullable: true }) maxDaysPerRequest!: number | null;
}

export class AccrueBalancesDto {
  @ApiProperty({ example: 2026 }) @IsInt() @Min(2000) @Max(2100) year!: number;
}

export class AccrueResponse {
  @ApiProperty() year!: number;
  @ApiProperty({ description: 'Balances created; existing ones are left as they are.' }) created!: number;
}

export class AdjustBalanceDto {
  @ApiProperty({ example: 7 }) @IsNumber({ maxDecimalPlaces: 1 }) @Min(0) @Max(365) entitled!: number;
  @ApiProperty({ example: '含入职前工作年限' }) @IsString() @MinLength(1) @MaxLength(300) note!: string;
}

export class LeaveBalanceResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) employeeId!: string;
  @ApiProperty() leaveType!: string;
  @ApiProperty() year!: number;
  @ApiProperty() entitled!: number;
  @ApiProperty() used!: number;
  @ApiProperty() remaining!: number;
  @ApiPropertyOptional({ type: String, nullable: true }) note!: string | null;
  @ApiProperty() version!: number;
}

export class ListBalancesQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['createdAt'], default: 'createdAt' })
  @IsOptional()
  @IsIn(['createdAt'])
  sort?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() employeeId?: string;
  @ApiPropertyOptional({ example: 2026 })
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

export class CreateLeaveRequestDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() employeeId!: string;
  @ApiProperty({ example: 'annual' }) @IsString() @MaxLength(24) leaveType!: string;
  @ApiProperty({ example: '2026-10-12' }) @IsISO8601({ strict: true }) startsOn!: string;
  @ApiProperty({ example: '2026-10-13' }) @IsISO8601({ strict: true }) endsOn!: string;
  @ApiProperty({ example: '回老家' }) @IsString() @MinLength(1) @MaxLength(1000) reason!: string;
}

export class LeaveRequestResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'LV-20261009-0001' }) number!: string;
  @ApiProperty({ format: 'uuid' }) employeeId!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty() leaveType!: string;
  @ApiProperty() startsOn!: string;
  @ApiProperty() endsOn!: string;
  @ApiProperty({ description: 'Working days (or calendar days for maternity leave).' }) days!: number;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: LEAVE_STATUSES }) status!: string;
  @ApiPropertyOptional({ type: String, nullable: true }) statusNote!: string | null;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) approvalRequestId!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: Date;
}

export class ListRequestsQuery extends PageQuery {
  @ApiPropertyOptional({ enum: ['createdAt', '-createdAt'], default: '-createdAt' })
  @IsOptional()
  @IsIn(['createdAt', '-createdAt'])
  sort?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() employeeId?: string;
  @ApiPropertyOptional({ enum: LEAVE_STATUSES }) @IsOptional() @IsIn(LEAVE_STATUSES) status?: string;
}

export class CreateOvertimeRequestDto {
  @ApiProperty({ format: 'uuid' }) @IsUUID() employeeId!: string;
  @ApiProperty({ example: '2026-10-03' }) @IsISO8601({ strict: true }) workDate!: string;
  @ApiProperty({ example: 4, description: 'Hours, in tenths at most.' })
  @IsNumber({ maxDecimalPlaces: 1 })
  @Min(0.5)
  @Max(16)
  hours!: number;
  @ApiProperty({ example: '国庆大促值班' }) @IsString() @MinLength(1) @MaxLength(1000) reason!: string;
}

export class OvertimeRequestResponse {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'OT-20261003-0001' }) number!: string;
  @ApiProperty({ format: 'uuid' }) employeeId!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty() workDate!: string;
  @ApiProperty() hours!: number;
  @ApiProperty({ enum: OVERTIME_KINDS, description: 'From the work calendar.' }) kind!: string;
  @ApiProperty({ example: 3, description: '1.5 weekday, 2 rest day, 3 public holiday (for payroll).' })
  multiplier!: number;
  @ApiProperty() reason!: string;
  @ApiProperty({ enum: LEAVE_STATUSES }) status!: string;
  @ApiPropertyOptional({ type: String, format: 'uuid', nullable: true }) approvalRequestId!: string | null;
  @ApiProperty() version!: number;
  @ApiProperty() createdAt!: Date;
}

export class MonthParams {
  @ApiProperty({ example: '2026-10' }) @Matches(MONTH, { message: 'month must be YYYY-MM' }) month!: string;
}

export class ListSummariesQuery extends PageQuery {
  @ApiProperty({ example: '2026-10' }) @Matches(MONTH, { message: 'month must be YYYY-MM' }) month!: string;
  @ApiPropertyOptional({ enum: ['number'], default: 'number' }) @IsOptional() @IsIn(['number']) sort?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() employeeId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'A unit and everything under it.' })
  @IsOptional()
  @IsUUID()
  orgUnitId?: string;
}

export class SummaryDayResponse {
  @ApiProperty() date!: string;
  @ApiProperty({ enum: ['workday', 'weekend', 'holiday', 'make-up-workday'] }) kind!: string;
  @ApiProperty({ enum: ['worked', 'late', 'early', 'late_early', 'missing_punch', 'leave', 'absent', 'off'] })
  status!: string;
}

export class OvertimeHoursResponse {
  @ApiProperty({ description: '×1.5' }) weekday!: number;
  @ApiProperty({ description: '×2' }) rest_day!: number;
  @ApiProperty({ description: '×3' }) public_holiday!: number;
}

export class AttendanceSummaryResponse {
  @ApiProperty({ format: 'uuid' }) employeeId!: string;
  @ApiProperty() employeeNumber!: string;
  @ApiProperty() employeeName!: string;
  @ApiProperty({ format: 'uuid' }) orgUnitId!: string;
  @ApiProperty({ example: '2026-10' }) month!: string;
  @ApiProperty({ description: 'Frozen because payroll locked the month.' }) locked!: boolean;
  @ApiProperty() expectedDays!: number;
  @ApiProperty() daysWorked!: number;
  @ApiProperty() lateCount!: number;
  @ApiProperty() earlyLeaveCount!: number;
  @ApiProperty() missingPunchCount!: number;
  @ApiProperty() absenceDays!: number;
  @ApiProperty({
    type: 'object',
    additionalProperties: { type: 'number' },
    example: { annual: 2 },
    description: 'Leave days by leave type.',
  })
  leaveDays!: Record<string, number>;
  @ApiProperty({ type: OvertimeHoursResponse }) overtimeHours!: OvertimeHoursResponse;
  @ApiProperty({ type: [SummaryDayResponse] }) days!: SummaryDayResponse[];
}

export class AttendanceMonthResponse {
  @ApiProperty({ example: '2026-10' }) month!: string;
  @ApiProperty() locked!: boolean;
  @ApiPropertyOptional({ type: Date, nullable: true }) lockedAt!: Date | null;
  @ApiPropertyOptional({ type: String, nullable: true }) lockedBy!: string | null;
  @ApiProperty({
    description: 'Whether the work calendar has the year’s holidays; a month closes only if so.',
  })
  calendarMaintained!: boolean;
  @ApiProperty() expectedDays!: number;
  @ApiPropertyOptional({ description: 'Employees whose summaries were frozen (after locking).' })
  employees?: number;
}
