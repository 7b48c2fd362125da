import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiPageResponse, ApiProblemResponses, Page, RequirePermission } from '@zhanggui/api-platform';
import { EmployeesService } from '../employees/employees.service';
import { PeriodQuery } from '../organisation/dto/position.dto';
import { thisYear } from '../organisation/positions.service';
import { HrHistoryEntryResponse, HrHistory } from '../shared/hr-history';
import {
  CandidateNoteDto,
  CandidateResponse,
  CreateCandidateDto,
  CreateHiringRequestDto,
  HireCandidateDto,
  HiringRequestResponse,
  ListCandidatesQuery,
  ListHiringRequestsQuery,
  MoveCandidateDto,
  RecruitmentPlanResponse,
} from './dto/recruitment.dto';
import { Candidate, HiringRequest } from './recruitment.entities';
import { RecruitmentService } from './recruitment.service';

const candidateView = (c: Candidate): CandidateResponse => ({
  id: c.id,
  hiringRequestId: c.hiringRequestId,
  orgUnitId: c.orgUnitId,
  name: c.name,
  phone: c.phone,
  email: c.email,
  source: c.source,
  stage: c.stage,
  offeredSalary: c.offeredSalary,
  employeeId: c.employeeId,
  version: c.version,
  createdAt: c.createdAt,
});

@ApiTags('hr')
@Controller()
export class RecruitmentController {
  constructor(
    private readonly recruitment: RecruitmentService,
    private readonly employees: EmployeesService,
    private readonly history: HrHistory,
  ) {}

  @Post('hiring-requests')
  @RequirePermission('hiring-requests:write')
  @ApiOperation({
    summary:
      'Ask to hire for a position of the caller’s unit; checked against the headcount plan (409 HEADCOUNT_EXCEEDED) and sent for approval.',
  })
  @ApiCreatedResponse({ type: HiringRequestResponse })
  @ApiProblemResponses(400, 409, 422)
  async request(
    @Body() body: CreateHiringRequestDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<HiringRequestResponse> {
    const request = await this.recruitment.request(body);
    void reply.header('Location', `/api/v1/hiring-requests/${request.id}`);
    return (await this.views([request]))[0];
  }

  @Get('hiring-requests')
  @RequirePermission('hiring-requests:read')
  @ApiOperation({ summary: 'Hiring requests in the caller’s scope, newest first.' })
  @ApiPageResponse(HiringRequestResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListHiringRequestsQuery): Promise<Page<HiringRequestResponse>> {
    const page = await this.recruitment.list(query);
    return { ...page, data: await this.views(page.data) };
  }

  @Get('hiring-requests/:id')
  @RequirePermission('hiring-requests:read')
  @ApiOperation({ summary: 'One hiring request.' })
  @ApiOkResponse({ type: HiringRequestResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<HiringRequestResponse> {
    return (await this.views([await this.recruitment.get(id)]))[0];
  }

  @Get('hiring-requests/:id/history')
  @RequirePermission('hiring-requests:read')
  @ApiOperation({ summary: 'What happened to a hiring request.' })
  @ApiOkResponse({ type: [HrHistoryEntryResponse] })
  @ApiProblemResponses(400, 404)
  async requestHistory(@Param('id', ParseUUIDPipe) id: string): Promise<HrHistoryEntryResponse[]> {
    await this.recruitment.get(id);
    return this.history.of(id);
  }

  @Get('recruitment-plan')
  @RequirePermission('hiring-requests:read')
  @ApiOperation({
    summary:
      'The recruitment plan (招聘计划) of a year: approved hiring requests, hired and in the pipeline.',
  })
  @ApiOkResponse({ type: RecruitmentPlanResponse })
  @ApiProblemResponses(400)
  plan(@Query() query: PeriodQuery): Promise<RecruitmentPlanResponse> {
    return this.recruitment.plan(query.period ?? thisYear());
  }

  @Post('candidates')
  @RequirePermission('candidates:write')
  @ApiOperation({ summary: 'Add a candidate to an approved hiring request (stage applied).' })
  @ApiCreatedResponse({ type: CandidateResponse })
  @ApiProblemResponses(400, 404, 422)
  async addCandidate(
    @Body() body: CreateCandidateDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CandidateResponse> {
    const candidate = await this.recruitment.addCandidate(body);
    void reply.header('Location', `/api/v1/candidates/${candidate.id}`);
    return candidateView(candidate);
  }

  @Get('candidates')
  @RequirePermission('candidates:read')
  @ApiOperation({ summary: 'Candidates (the pipeline board), by hiring request and stage.' })
  @ApiPageResponse(CandidateResponse)
  @ApiProblemResponses(400)
  async candidates(@Query() query: ListCandidatesQuery): Promise<Page<CandidateResponse>> {
    const page = await this.recruitment.listCandidates(query);
    return { ...page, data: page.data.map(candidateView) };
  }

  @Get('candidates/:id')
  @RequirePermission('candidates:read')
  @ApiOperation({ summary: 'One candidate.' })
  @ApiOkResponse({ type: CandidateResponse })
  @ApiProblemResponses(400, 404)
  async candidate(@Param('id', ParseUUIDPipe) id: string): Promise<CandidateResponse> {
    return candidateView(await this.recruitment.candidate(id));
  }

  @Get('candidates/:id/history')
  @RequirePermission('candidates:read')
  @ApiOperation({ summary: 'The candidate’s moves and notes.' })
  @ApiOkResponse({ type: [HrHistoryEntryResponse] })
  @ApiProblemResponses(400, 404)
  async candidateHistory(@Param('id', ParseUUIDPipe) id: string): Promise<HrHistoryEntryResponse[]> {
    await this.recruitment.candidate(id);
    return this.history.of(id);
  }

  @Post('candidates/:id/stage')
  @HttpCode(200)
  @RequirePermission('candidates:write')
  @ApiOperation({
    summary: 'Move a candidate: applied → screening → interview → offer, or out (rejected, withdrawn).',
  })
  @ApiOkResponse({ type: CandidateResponse })
  @ApiProblemResponses(400, 404, 422)
  async move(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: MoveCandidateDto,
  ): Promise<CandidateResponse> {
    return candidateView(await this.recruitment.move(id, body));
  }

  @Post('candidates/:id/notes')
  @HttpCode(204)
  @RequirePermission('candidates:write')
  @ApiOperation({ summary: 'Add a note to the candidate.' })
  @ApiProblemResponses(400, 404)
  async note(@Param('id', ParseUUIDPipe) id: string, @Body() body: CandidateNoteDto): Promise<void> {
    await this.recruitment.note(id, body.note);
  }

  @Post('candidates/:id/hire')
  @RequirePermission('candidates:write')
  @ApiOperation({
    summary: 'Hire a candidate with an offer: creates the employee on probation; publishes EmployeeHired.',
  })
  @ApiCreatedResponse({ type: CandidateResponse })
  @ApiProblemResponses(400, 404, 422)
  async hire(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: HireCandidateDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CandidateResponse> {
    const { candidate, employee } = await this.recruitment.hire(id, body);
    void reply.header('Location', `/api/v1/employees/${employee.id}`);
    return candidateView(candidate);
  }

  private async views(requests: HiringRequest[]): Promise<HiringRequestResponse[]> {
    const titles = await this.employees.titlesOf(requests.map((r) => r.positionId));
    return requests.map((r) => ({
      id: r.id,
      number: r.number,
      orgUnitId: r.orgUnitId,
      positionId: r.positionId,
      positionTitle: titles.get(r.positionId) ?? '',
      period: r.period,
      headcount: r.headcount,
      hired: r.hired,
      reason: r.reason,
      wantedBy: r.wantedBy,
      status: r.status,
      approvalRequestId: r.approvalRequestId,
      version: r.version,
      createdAt: r.createdAt,
    }));
  }
}
