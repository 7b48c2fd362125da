import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiPageResponse,
  ApiProblemResponses,
  mapPage,
  Page,
  RequirePermission,
} from '@zhanggui/api-platform';
import { AttendanceSummaryService } from './attendance-summary.service';
import type { LeaveBalance, Shift } from './attendance.entities';
import { ClockRecordsService } from './clock-records.service';
import {
  AccrueBalancesDto,
  AccrueResponse,
  AdjustBalanceDto,
  AssignShiftDto,
  AttendanceMonthResponse,
  AttendanceSummaryResponse,
  ClockImportResponse,
  ClockRecordResponse,
  CreateShiftDto,
  DevicePunchesDto,
  ImportClockRecordsDto,
  LeaveBalanceResponse,
  ListBalancesQuery,
  ListClockRecordsQuery,
  ListShiftsQuery,
  ListSummariesQuery,
  MonthParams,
  ShiftAssignmentResponse,
  ShiftResponse,
} from './dto/attendance.dto';
import { LeaveService } from './leave.service';
import { ShiftsService } from './shifts.service';

const shiftView = (s: Shift): ShiftResponse => ({
  id: s.id,
  code: s.code,
  name: s.name,
  startsAt: s.startsAt,
  endsAt: s.endsAt,
  breakStartsAt: s.breakStartsAt,
  breakEndsAt: s.breakEndsAt,
  graceMinutes: s.graceMinutes,
  version: s.version,
});

export const balanceView = (b: LeaveBalance): LeaveBalanceResponse => ({
  id: b.id,
  employeeId: b.employeeId,
  leaveType: b.leaveType,
  year: b.year,
  entitled: b.entitled,
  used: b.used,
  remaining: Math.round((b.entitled - b.used) * 10) / 10,
  note: b.note,
  version: b.version,
});

@ApiTags('hr')
@Controller('shifts')
export class ShiftsController {
  constructor(private readonly shifts: ShiftsService) {}

  @Get()
  @RequirePermission('shifts:read')
  @ApiOperation({ summary: 'Shifts (班次), by code.' })
  @ApiPageResponse(ShiftResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListShiftsQuery): Promise<Page<ShiftResponse>> {
    return mapPage(await this.shifts.list(query), shiftView);
  }

  @Post()
  @RequirePermission('shifts:write')
  @ApiOperation({ summary: 'Define a shift, e.g. 09:00–18:00 with lunch 12:00–13:00 and 5 minutes’ grace.' })
  @ApiCreatedResponse({ type: ShiftResponse })
  @ApiProblemResponses(400, 409, 422)
  async create(
    @Body() body: CreateShiftDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ShiftResponse> {
    const shift = await this.shifts.create(body);
    void reply.header('Location', `/api/v1/shifts/${shift.id}`);
    return shiftView(shift);
  }

  @Get(':id/assignments')
  @RequirePermission('shifts:read')
  @ApiOperation({ summary: 'Who works the shift, from when.' })
  @ApiOkResponse({ type: [ShiftAssignmentResponse] })
  @ApiProblemResponses(400, 404)
  async assignments(@Param('id', ParseUUIDPipe) id: string): Promise<ShiftAssignmentResponse[]> {
    await this.shifts.get(id);
    return (await this.shifts.assignmentsOf(id)).map((a) => ({
      id: a.id,
      shiftId: a.shiftId,
      employeeId: a.employeeId,
      orgUnitId: a.orgUnitId,
      startsOn: a.startsOn,
    }));
  }

  @Post(':id/assignments')
  @RequirePermission('shifts:write')
  @ApiOperation({
    summary: 'Assign the shift to an employee or a whole unit from a date (the employee’s own wins).',
  })
  @ApiCreatedResponse({ type: ShiftAssignmentResponse })
  @ApiProblemResponses(400, 404, 422)
  async assign(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AssignShiftDto,
  ): Promise<ShiftAssignmentResponse> {
    const a = await this.shifts.assign(id, body);
    return {
      id: a.id,
      shiftId: a.shiftId,
      employeeId: a.employeeId,
      orgUnitId: a.orgUnitId,
      startsOn: a.startsOn,
    };
  }
}

@ApiTags('hr')
@Controller('clock-records')
export class ClockRecordsController {
  constructor(private readonly clock: ClockRecordsService) {}

  @Get()
  @RequirePermission('clock-records:read')
  @ApiOperation({ summary: 'Clock records in the caller’s scope, newest first.' })
  @ApiPageResponse(ClockRecordResponse)
  @ApiProblemResponses(400)
  list(@Query() query: ListClockRecordsQuery): Promise<Page<ClockRecordResponse>> {
    return this.clock.list(query);
  }

  @Post('imports')
  @HttpCode(200)
  @RequirePermission('clock-records:write')
  @ApiOperation({
    summary:
      'Import punches from a CSV export of the clock system; good rows are kept, bad rows reported by line.',
  })
  @ApiOkResponse({ type: ClockImportResponse })
  @ApiProblemResponses(400)
  importCsv(@Body() body: ImportClockRecordsDto): Promise<ClockImportResponse> {
    return this.clock.importCsv(body.csv);
  }

  @Post('device-punches')
  @HttpCode(200)
  @RequirePermission('clock-records:submit')
  @ApiOperation({
    summary:
      'Punches from a clock device (an API key with clock-records:submit); resending a punch is harmless.',
  })
  @ApiOkResponse({ type: ClockImportResponse })
  @ApiProblemResponses(400)
  device(@Body() body: DevicePunchesDto): Promise<ClockImportResponse> {
    return this.clock.fromDevice(body.deviceId, body.punches);
  }
}

@ApiTags('hr')
@Controller('leave-balances')
export class LeaveBalancesController {
  constructor(private readonly leave: LeaveService) {}

  @Get()
  @RequirePermission('leave-requests:read')
  @ApiOperation({ summary: 'Leave balances in the caller’s scope.' })
  @ApiPageResponse(LeaveBalanceResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListBalancesQuery): Promise<Page<LeaveBalanceResponse>> {
    return mapPage(await this.leave.listBalances(query), balanceView);
  }

  @Post('accruals')
  @HttpCode(200)
  @RequirePermission('leave-balances:write')
  @ApiOperation({
    summary:
      'Grant the year’s annual leave to every current employee by years of service (5/10/15 days, prorated).',
  })
  @ApiOkResponse({ type: AccrueResponse })
  @ApiProblemResponses(400)
  async accrue(@Body() body: AccrueBalancesDto): Promise<AccrueResponse> {
    return { year: body.year, created: await this.leave.accrue(body.year) };
  }

  @Put(':id')
  @RequirePermission('leave-balances:write')
  @ApiOperation({ summary: 'Change an entitlement (e.g. counting years worked elsewhere), with a reason.' })
  @ApiOkResponse({ type: LeaveBalanceResponse })
  @ApiProblemResponses(400, 404, 422)
  async adjust(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AdjustBalanceDto,
  ): Promise<LeaveBalanceResponse> {
    return balanceView(await this.leave.adjustBalance(id, body));
  }
}

@ApiTags('hr')
@Controller()
export class AttendanceSummariesController {
  constructor(private readonly summaries: AttendanceSummaryService) {}

  @Get('attendance-summaries')
  @RequirePermission('attendance-summaries:read')
  @ApiOperation({
    summary:
      'Monthly attendance per employee (expected days, worked, late, early, absent, leave by type, overtime by kind): what payroll consumes.',
  })
  @ApiPageResponse(AttendanceSummaryResponse)
  @ApiProblemResponses(400)
  list(@Query() query: ListSummariesQuery): Promise<Page<AttendanceSummaryResponse>> {
    return this.summaries.list(query);
  }

  @Get('attendance-months/:month')
  @RequirePermission('attendance-summaries:read')
  @ApiOperation({
    summary: 'A month: its expected working days, whether the calendar has the year, whether it is locked.',
  })
  @ApiOkResponse({ type: AttendanceMonthResponse })
  @ApiProblemResponses(400)
  month(@Param() params: MonthParams): Promise<AttendanceMonthResponse> {
    return this.summaries.month(params.month);
  }

  @Post('attendance-months/:month/lock')
  @HttpCode(200)
  @RequirePermission('attendance-summaries:lock')
  @ApiOperation({
    summary:
      'Lock a past month for payroll: summaries are frozen, AttendanceLocked is published, and the month’s clock records, leave and overtime no longer change (409).',
  })
  @ApiOkResponse({ type: AttendanceMonthResponse })
  @ApiProblemResponses(400, 409, 422)
  lock(@Param() params: MonthParams): Promise<AttendanceMonthResponse> {
    return this.summaries.lock(params.month);
  }
}
