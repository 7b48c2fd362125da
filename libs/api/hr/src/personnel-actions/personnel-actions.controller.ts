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
import { canReadPii } from '../employees/employee-views';
import { HrHistoryEntryResponse, HrHistory } from '../shared/hr-history';
import {
  CreatePersonnelActionDto,
  ListPersonnelActionsQuery,
  PersonnelActionResponse,
} from './dto/personnel-action.dto';
import type { PersonnelAction } from './personnel-action.entity';
import { PersonnelActionsService } from './personnel-actions.service';

/** A new salary is personal data: only callers with employees:pii-read see it. */
function actionView(a: PersonnelAction, pii: boolean): PersonnelActionResponse {
  const { salary, ...rest } = a.changes;
  return {
    id: a.id,
    number: a.number,
    employeeId: a.employeeId,
    orgUnitId: a.orgUnitId,
    type: a.type,
    effectiveOn: a.effectiveOn,
    changes: pii && salary !== undefined ? { ...rest, salary } : rest,
    reason: a.reason,
    status: a.status,
    approvalRequestId: a.approvalRequestId,
    appliedAt: a.appliedAt,
    currency: 'CNY',
    version: a.version,
    createdAt: a.createdAt,
  };
}

@ApiTags('hr')
@Controller('personnel-actions')
export class PersonnelActionsController {
  constructor(
    private readonly actions: PersonnelActionsService,
    private readonly history: HrHistory,
  ) {}

  @Get()
  @RequirePermission('personnel-actions:read')
  @ApiOperation({ summary: 'Personnel actions (人事异动) in the caller’s scope, newest first.' })
  @ApiPageResponse(PersonnelActionResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListPersonnelActionsQuery): Promise<Page<PersonnelActionResponse>> {
    const pii = canReadPii();
    return mapPage(await this.actions.list(query), (a) => actionView(a, pii));
  }

  @Get(':id')
  @RequirePermission('personnel-actions:read')
  @ApiOperation({ summary: 'One personnel action.' })
  @ApiOkResponse({ type: PersonnelActionResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<PersonnelActionResponse> {
    return actionView(await this.actions.get(id), canReadPii());
  }

  @Get(':id/history')
  @RequirePermission('personnel-actions:read')
  @ApiOperation({ summary: 'Proposed, approved or rejected, effective, cancelled.' })
  @ApiOkResponse({ type: [HrHistoryEntryResponse] })
  @ApiProblemResponses(400, 404)
  async actionHistory(@Param('id', ParseUUIDPipe) id: string): Promise<HrHistoryEntryResponse[]> {
    await this.actions.get(id);
    return this.history.of(id);
  }

  @Post()
  @RequirePermission('personnel-actions:write')
  @ApiOperation({
    summary:
      'Propose a personnel action with its effective date; it goes through the approval chain of its type and applies on that date.',
  })
  @ApiCreatedResponse({ type: PersonnelActionResponse })
  @ApiProblemResponses(400, 404, 422)
  async propose(
    @Body() body: CreatePersonnelActionDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PersonnelActionResponse> {
    const action = await this.actions.propose(body);
    void reply.header('Location', `/api/v1/personnel-actions/${action.id}`);
    return actionView(action, canReadPii());
  }

  @Post(':id/cancellation')
  @HttpCode(200)
  @RequirePermission('personnel-actions:write')
  @ApiOperation({
    summary:
      'Withdraw an approved action before it takes effect (409 otherwise; a pending one is withdrawn in the approval inbox).',
  })
  @ApiOkResponse({ type: PersonnelActionResponse })
  @ApiProblemResponses(400, 404, 409)
  async cancel(@Param('id', ParseUUIDPipe) id: string): Promise<PersonnelActionResponse> {
    return actionView(await this.actions.cancel(id), canReadPii());
  }
}
