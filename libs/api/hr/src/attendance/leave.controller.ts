import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiPageResponse,
  ApiProblemResponses,
  mapPage,
  Page,
  RequirePermission,
} from '@zhanggui/api-platform';
import type { LeaveRequest, OvertimeRequest } from './attendance.entities';
import {
  CreateLeaveRequestDto,
  CreateOvertimeRequestDto,
  LeaveRequestResponse,
  LeaveTypeResponse,
  ListRequestsQuery,
  OvertimeRequestResponse,
} from './dto/attendance.dto';
import { LeaveService } from './leave.service';

const leaveView = (l: LeaveRequest): LeaveRequestResponse => ({
  id: l.id,
  number: l.number,
  employeeId: l.employeeId,
  orgUnitId: l.orgUnitId,
  leaveType: l.leaveType,
  startsOn: l.startsOn,
  endsOn: l.endsOn,
  days: l.days,
  reason: l.reason,
  status: l.status,
  statusNote: l.statusNote,
  approvalRequestId: l.approvalRequestId,
  version: l.version,
  createdAt: l.createdAt,
});

const overtimeView = (o: OvertimeRequest): OvertimeRequestResponse => ({
  id: o.id,
  number: o.number,
  employeeId: o.employeeId,
  orgUnitId: o.orgUnitId,
  workDate: o.workDate,
  hours: o.hours,
  kind: o.kind,
  multiplier: o.multiplier,
  reason: o.reason,
  status: o.status,
  approvalRequestId: o.approvalRequestId,
  version: o.version,
  createdAt: o.createdAt,
});

@ApiTags('hr')
@Controller()
export class LeaveController {
  constructor(private readonly leave: LeaveService) {}

  @Get('leave-types')
  @RequirePermission('leave-requests:read')
  @ApiOperation({
    summary: 'Leave types (annual, sick, personal, marriage, maternity, paternity, bereavement).',
  })
  @ApiOkResponse({ type: [LeaveTypeResponse] })
  async types(): Promise<LeaveTypeResponse[]> {
    return (await this.leave.types()).map((t) => ({
      code: t.code,
      name: t.name,
      paid: t.paid,
      usesBalance: t.usesBalance,
      counts: t.counts,
      maxDaysPerRequest: t.maxDaysPerRequest,
    }));
  }

  @Get('leave-requests')
  @RequirePermission('leave-requests:read')
  @ApiOperation({ summary: 'Leave requests in the caller’s scope, newest first.' })
  @ApiPageResponse(LeaveRequestResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListRequestsQuery): Promise<Page<LeaveRequestResponse>> {
    return mapPage(await this.leave.listLeave(query), leaveView);
  }

  @Get('leave-requests/:id')
  @RequirePermission('leave-requests:read')
  @ApiOperation({ summary: 'A leave request.' })
  @ApiOkResponse({ type: LeaveRequestResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<LeaveRequestResponse> {
    return leaveView(await this.leave.leave(id));
  }

  @Post('leave-requests')
  @RequirePermission('leave-requests:write')
  @ApiOperation({
    summary:
      'Request leave for an employee; days come from the work calendar. It goes for approval; a balance is checked and deducted on approval.',
  })
  @ApiCreatedResponse({ type: LeaveRequestResponse })
  @ApiProblemResponses(400, 404, 409, 422)
  async create(
    @Body() body: CreateLeaveRequestDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<LeaveRequestResponse> {
    const request = await this.leave.request(body);
    void reply.header('Location', `/api/v1/leave-requests/${request.id}`);
    return leaveView(request);
  }

  @Post('leave-requests/:id/cancel')
  @HttpCode(200)
  @RequirePermission('leave-requests:write')
  @ApiOperation({ summary: 'Cancel a pending or approved leave (an approved one gives its days back).' })
  @ApiOkResponse({ type: LeaveRequestResponse })
  @ApiProblemResponses(400, 404, 409, 422)
  async cancel(@Param('id', ParseUUIDPipe) id: string): Promise<LeaveRequestResponse> {
    return leaveView(await this.leave.cancelLeave(id));
  }

  @Get('overtime-requests')
  @RequirePermission('leave-requests:read')
  @ApiOperation({ summary: 'Overtime requests in the caller’s scope, newest first.' })
  @ApiPageResponse(OvertimeRequestResponse)
  @ApiProblemResponses(400)
  async listOvertime(@Query() query: ListRequestsQuery): Promise<Page<OvertimeRequestResponse>> {
    return mapPage(await this.leave.listOvertime(query), overtimeView);
  }

  @Get('overtime-requests/:id')
  @RequirePermission('leave-requests:read')
  @ApiOperation({ summary: 'An overtime request.' })
  @ApiOkResponse({ type: OvertimeRequestResponse })
  @ApiProblemResponses(400, 404)
  async getOvertime(@Param('id', ParseUUIDPipe) id: string): Promise<OvertimeRequestResponse> {
    return overtimeView(await this.leave.overtime(id));
  }

  @Post('overtime-requests')
  @RequirePermission('leave-requests:write')
  @ApiOperation({
    summary:
      'Request overtime; its kind comes from the calendar (weekday ×1.5, rest day ×2, public holiday ×3), recorded for payroll.',
  })
  @ApiCreatedResponse({ type: OvertimeRequestResponse })
  @ApiProblemResponses(400, 404, 409, 422)
  async createOvertime(
    @Body() body: CreateOvertimeRequestDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<OvertimeRequestResponse> {
    const request = await this.leave.requestOvertime(body);
    void reply.header('Location', `/api/v1/overtime-requests/${request.id}`);
    return overtimeView(request);
  }

  @Post('overtime-requests/:id/cancel')
  @HttpCode(200)
  @RequirePermission('leave-requests:write')
  @ApiOperation({ summary: 'Cancel a pending or approved overtime request.' })
  @ApiOkResponse({ type: OvertimeRequestResponse })
  @ApiProblemResponses(400, 404, 409, 422)
  async cancelOvertime(@Param('id', ParseUUIDPipe) id: string): Promise<OvertimeRequestResponse> {
    return overtimeView(await this.leave.cancelOvertime(id));
  }
}
