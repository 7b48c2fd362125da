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
import {
  CompleteProbationItemDto,
  CreateProbationItemDto,
  CreateProbationReviewDto,
  ListProbationReviewsQuery,
  ProbationFileResponse,
  ProbationItemResponse,
  ProbationReviewResponse,
} from './dto/probation.dto';
import { ProbationItem, ProbationReview } from './probation.entities';
import { averageScore, ProbationService } from './probation.service';

const itemView = (i: ProbationItem): ProbationItemResponse => ({
  id: i.id,
  employeeId: i.employeeId,
  kind: i.kind,
  title: i.title,
  dueOn: i.dueOn,
  completedOn: i.completedOn,
  score: i.score,
  note: i.note,
  version: i.version,
});

const reviewView = (r: ProbationReview): ProbationReviewResponse => ({
  id: r.id,
  number: r.number,
  employeeId: r.employeeId,
  recommendation: r.recommendation,
  newProbationEndDate: r.newProbationEndDate,
  leaveDate: r.leaveDate,
  averageScore: r.averageScore,
  reason: r.reason,
  status: r.status,
  approvalRequestId: r.approvalRequestId,
  version: r.version,
  createdAt: r.createdAt,
});

/** Probation reviews: HR and the probationer's unit manager assign, score and recommend; approvers decide. */
@ApiTags('hr')
@Controller()
export class ProbationController {
  constructor(private readonly probation: ProbationService) {}

  @Get('employees/:id/probation')
  @RequirePermission('probation:read')
  @ApiOperation({ summary: 'A probationer’s trainings, assessments with scores, average and reviews.' })
  @ApiOkResponse({ type: ProbationFileResponse })
  @ApiProblemResponses(400, 404)
  async file(@Param('id', ParseUUIDPipe) id: string): Promise<ProbationFileResponse> {
    const { employee, items, reviews } = await this.probation.file(id);
    return {
      employeeId: employee.id,
      status: employee.status,
      hireDate: employee.hireDate,
      probationEndDate: employee.probationEndDate,
      items: items.map(itemView),
      averageScore: averageScore(items),
      reviews: reviews.map(reviewView),
    };
  }

  @Post('probation-items')
  @RequirePermission('probation:write')
  @ApiOperation({ summary: 'Assign a training or an assessment to an employee on probation.' })
  @ApiCreatedResponse({ type: ProbationItemResponse })
  @ApiProblemResponses(400, 404, 422)
  async addItem(@Body() body: CreateProbationItemDto): Promise<ProbationItemResponse> {
    return itemView(await this.probation.addItem(body));
  }

  @Post('probation-items/:id/completion')
  @HttpCode(200)
  @RequirePermission('probation:write')
  @ApiOperation({ summary: 'Mark a training attended or an assessment done, with its score (0–100).' })
  @ApiOkResponse({ type: ProbationItemResponse })
  @ApiProblemResponses(400, 404, 409)
  async complete(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: CompleteProbationItemDto,
  ): Promise<ProbationItemResponse> {
    return itemView(await this.probation.complete(id, body));
  }

  @Get('probation-reviews')
  @RequirePermission('probation:read')
  @ApiOperation({ summary: 'Probation reviews in the caller’s scope, newest first.' })
  @ApiPageResponse(ProbationReviewResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListProbationReviewsQuery): Promise<Page<ProbationReviewResponse>> {
    return mapPage(await this.probation.list(query), reviewView);
  }

  @Get('probation-reviews/:id')
  @RequirePermission('probation:read')
  @ApiOperation({ summary: 'One probation review.' })
  @ApiOkResponse({ type: ProbationReviewResponse })
  @ApiProblemResponses(400, 404)
  async review(@Param('id', ParseUUIDPipe) id: string): Promise<ProbationReviewResponse> {
    return reviewView(await this.probation.review(id));
  }

  @Post('probation-reviews')
  @RequirePermission('probation:write')
  @ApiOperation({
    summary:
      'Recommend confirm (转正), extend (new end date) or end at the end of probation; goes for approval and, approved, changes the employee’s status.',
  })
  @ApiCreatedResponse({ type: ProbationReviewResponse })
  @ApiProblemResponses(400, 404, 409, 422)
  async recommend(
    @Body() body: CreateProbationReviewDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<ProbationReviewResponse> {
    const review = await this.probation.recommend(body);
    void reply.header('Location', `/api/v1/probation-reviews/${review.id}`);
    return reviewView(review);
  }
}
