import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiPageResponse,
  ApiProblemResponses,
  mapPage,
  Page,
  RequirePermission,
  SignedIn,
} from '@zhanggui/api-platform';
import { AppraisalService, cycleView } from './appraisal.service';
import type { Appraisal, AppraisalGrade, KpiTemplate } from './appraisal.entities';
import {
  AppraisalResponse,
  CalibrateDto,
  CreateCycleDto,
  CycleDetailResponse,
  CycleResponse,
  CycleResultsResponse,
  GradeDto,
  KpiTemplateResponse,
  ListAppraisalsQuery,
  ListCyclesQuery,
  ListTemplatesQuery,
  PutGradesDto,
  PutKpiTemplateDto,
  ReviewDto,
} from './dto/appraisal.dto';

const appraisalView = (a: Appraisal): AppraisalResponse => ({
  id: a.id,
  cycleId: a.cycleId,
  employeeId: a.employeeId,
  orgUnitId: a.orgUnitId,
  positionId: a.positionId,
  items: a.items,
  selfScores: a.selfScores,
  selfScore: a.selfScore,
  selfComment: a.selfComment,
  managerScores: a.managerScores,
  managerScore: a.managerScore,
  managerComment: a.managerComment,
  grade: a.grade,
  finalGrade: a.finalGrade,
  adjustmentReason: a.adjustmentReason,
  version: a.version,
});
const templateView = (t: KpiTemplate): KpiTemplateResponse => ({
  id: t.id,
  positionId: t.positionId,
  name: t.name,
  items: t.items,
  version: t.version,
});
const gradeView = (g: AppraisalGrade): GradeDto => ({
  grade: g.grade,
  rank: g.rank,
  minScore: g.minScore,
  coefficient: g.coefficient,
  description: g.description,
});

@ApiTags('hr')
@Controller()
export class AppraisalSetupController {
  constructor(private readonly appraisal: AppraisalService) {}

  @Get('appraisal-grades')
  @RequirePermission('appraisals:read')
  @ApiOperation({ summary: 'Grades, the score each needs and the bonus coefficient payroll applies.' })
  @ApiOkResponse({ type: [GradeDto] })
  async grades(): Promise<GradeDto[]> {
    return (await this.appraisal.grades()).map(gradeView);
  }

  @Put('appraisal-grades')
  @RequirePermission('appraisals:write')
  @ApiOperation({ summary: 'Replace the grade table (e.g. S 1.5, A 1.2, B 1.0, C 0.8, D 0).' })
  @ApiOkResponse({ type: [GradeDto] })
  @ApiProblemResponses(400, 422)
  async putGrades(@Body() body: PutGradesDto): Promise<GradeDto[]> {
    return (await this.appraisal.putGrades(body)).map(gradeView);
  }

  @Get('kpi-templates')
  @RequirePermission('appraisals:read')
  @ApiOperation({ summary: 'KPI templates, one per position.' })
  @ApiPageResponse(KpiTemplateResponse)
  @ApiProblemResponses(400)
  async templates(@Query() query: ListTemplatesQuery): Promise<Page<KpiTemplateResponse>> {
    return mapPage(await this.appraisal.listTemplates(query), templateView);
  }

  @Put('kpi-templates/:positionId')
  @RequirePermission('appraisals:write')
  @ApiOperation({ summary: 'Set a position’s KPI template: weighted items adding up to 100.' })
  @ApiOkResponse({ type: KpiTemplateResponse })
  @ApiProblemResponses(400, 422)
  async putTemplate(
    @Param('positionId', ParseUUIDPipe) positionId: string,
    @Body() body: PutKpiTemplateDto,
  ): Promise<KpiTemplateResponse> {
    return templateView(await this.appraisal.putTemplate(positionId, body));
  }
}

@ApiTags('hr')
@Controller('appraisal-cycles')
export class AppraisalCyclesController {
  constructor(private readonly appraisal: AppraisalService) {}

  @Get()
  @RequirePermission('appraisals:read')
  @ApiOperation({ summary: 'Appraisal cycles, newest first.' })
  @ApiPageResponse(CycleResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListCyclesQuery): Promise<Page<CycleResponse>> {
    return mapPage(await this.appraisal.listCycles(query), cycleView);
  }

  @Post()
  @RequirePermission('appraisals:write')
  @ApiOperation({ summary: 'Open a cycle in draft, with an optional forced distribution.' })
  @ApiCreatedResponse({ type: CycleResponse })
  @ApiProblemResponses(400, 422)
  async create(
    @Body() body: CreateCycleDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CycleResponse> {
    const cycle = await this.appraisal.createCycle(body);
    void reply.header('Location', `/api/v1/appraisal-cycles/${cycle.id}`);
    return cycleView(cycle);
  }

  @Get(':id')
  @RequirePermission('appraisals:read')
  @ApiOperation({ summary: 'A cycle with its progress and grade distribution (over the caller’s scope).' })
  @ApiOkResponse({ type: CycleDetailResponse })
  @ApiProblemResponses(400, 404)
  detail(@Param('id', ParseUUIDPipe) id: string): Promise<CycleDetailResponse> {
    return this.appraisal.detail(id);
  }

  @Post(':id/advance')
  @HttpCode(200)
  @RequirePermission('appraisals:write')
  @ApiOperation({
    summary:
      'Next step: draft → self review (appraisals made from KPI templates) → manager review → calibration (grades from manager scores) → closed (distribution checked, AppraisalCycleClosed published).',
  })
  @ApiOkResponse({ type: CycleResponse })
  @ApiProblemResponses(400, 404, 422)
  async advance(@Param('id', ParseUUIDPipe) id: string): Promise<CycleResponse> {
    return cycleView(await this.appraisal.advance(id));
  }

  @Get(':id/results')
  @RequirePermission('appraisal-results:read')
  @ApiOperation({ summary: 'Final grades and bonus coefficients for payroll.' })
  @ApiOkResponse({ type: CycleResultsResponse })
  @ApiProblemResponses(400, 404)
  results(@Param('id', ParseUUIDPipe) id: string): Promise<CycleResultsResponse> {
    return this.appraisal.results(id);
  }
}

@ApiTags('hr')
@Controller('appraisals')
export class AppraisalsController {
  constructor(private readonly appraisal: AppraisalService) {}

  @Get()
  @RequirePermission('appraisals:read')
  @ApiOperation({ summary: 'Appraisals in the caller’s scope (a manager: their unit).' })
  @ApiPageResponse(AppraisalResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListAppraisalsQuery): Promise<Page<AppraisalResponse>> {
    return mapPage(await this.appraisal.listAppraisals(query), appraisalView);
  }

  @Get('mine')
  @SignedIn()
  @ApiOperation({ summary: 'The signed-in employee’s own appraisals (latest 50).' })
  @ApiOkResponse({ type: [AppraisalResponse] })
  async mine(): Promise<AppraisalResponse[]> {
    return (await this.appraisal.mine()).map(appraisalView);
  }

  @Get(':id')
  @RequirePermission('appraisals:read')
  @ApiOperation({ summary: 'An appraisal.' })
  @ApiOkResponse({ type: AppraisalResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<AppraisalResponse> {
    return appraisalView(await this.appraisal.get(id));
  }

  @Put(':id/self-review')
  @SignedIn()
  @ApiOperation({ summary: 'The employee scores their own appraisal (only theirs; others are 404).' })
  @ApiOkResponse({ type: AppraisalResponse })
  @ApiProblemResponses(400, 404, 422)
  async selfReview(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReviewDto,
  ): Promise<AppraisalResponse> {
    return appraisalView(await this.appraisal.selfReview(id, body));
  }

  @Put(':id/manager-review')
  @RequirePermission('appraisals:review')
  @ApiOperation({ summary: 'The manager scores an appraisal of their unit.' })
  @ApiOkResponse({ type: AppraisalResponse })
  @ApiProblemResponses(400, 404, 422)
  async managerReview(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReviewDto,
  ): Promise<AppraisalResponse> {
    return appraisalView(await this.appraisal.managerReview(id, body));
  }

  @Put(':id/calibration')
  @RequirePermission('appraisals:write')
  @ApiOperation({
    summary: 'HR sets the final grade in calibration (a reason when it differs from the score’s).',
  })
  @ApiOkResponse({ type: AppraisalResponse })
  @ApiProblemResponses(400, 404, 422)
  async calibrate(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CalibrateDto,
  ): Promise<AppraisalResponse> {
    return appraisalView(await this.appraisal.calibrate(id, body));
  }
}
