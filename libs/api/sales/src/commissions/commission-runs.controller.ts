import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import { ApiPageResponse, ApiProblemResponses, Page, RequirePermission } from '@zhanggui/api-platform';
import { TerritoryDirectory } from '../territories/territory-directory';
import { CommissionRunsService } from './commission-runs.service';
import type { CommissionLine, CommissionRun } from './commission.entities';
import {
  CalculateCommissionsDto,
  CommissionRunResponse,
  ListCommissionRunsQuery,
} from './dto/commission.dto';

@ApiTags('sales')
@Controller('commission-runs')
export class CommissionRunsController {
  constructor(
    private readonly runs: CommissionRunsService,
    private readonly directory: TerritoryDirectory,
  ) {}

  @Get()
  @RequirePermission('commission-runs:read')
  @ApiOperation({ summary: 'Monthly commission calculations (lines only in the detail).' })
  @ApiPageResponse(CommissionRunResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListCommissionRunsQuery): Promise<Page<CommissionRunResponse>> {
    const page = await this.runs.list(query);
    return { ...page, data: page.data.map((run) => runResponse(run, [], new Map())) };
  }

  @Get(':id')
  @RequirePermission('commission-runs:read')
  @ApiOperation({ summary: 'A month’s commissions per person, within one’s territory.' })
  @ApiOkResponse({ type: CommissionRunResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<CommissionRunResponse> {
    return this.detail(id);
  }

  @Post()
  @RequirePermission('commission-runs:calculate')
  @ApiOperation({
    summary:
      'Calculate a month’s commissions for the people of its monthly targets, and send them to payroll (SalesCommissionsCalculated). Once per month.',
  })
  @ApiCreatedResponse({ type: CommissionRunResponse })
  @ApiProblemResponses(400, 404, 409)
  async calculate(
    @Body() body: CalculateCommissionsDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommissionRunResponse> {
    const run = await this.runs.calculate(body.period, body.planId);
    void reply.header('Location', `/api/v1/commission-runs/${run.id}`);
    return this.detail(run.id);
  }

  private async detail(id: string): Promise<CommissionRunResponse> {
    const { run, lines } = await this.runs.get(id);
    const names = await this.directory.usersUnits(lines.map((line) => line.userId));
    return runResponse(run, lines, new Map([...names].map(([userId, user]) => [userId, user.displayName])));
  }
}

function runResponse(
  run: CommissionRun,
  lines: CommissionLine[],
  names: Map<string, string>,
): CommissionRunResponse {
  return {
    id: run.id,
    number: run.number,
    period: run.period,
    planId: run.planId,
    currency: run.currency,
    total: run.total,
    createdAt: run.createdAt.toISOString(),
    lines: lines.map((line) => ({
      userId: line.userId,
      displayName: names.get(line.userId) ?? line.userId,
      orgUnitId: line.orgUnitId,
      targetAmount: line.targetAmount,
      actualAmount: line.actualAmount,
      attainmentBp: line.attainmentBp,
      rateBp: line.rateBp,
      amount: line.amount,
    })),
  };
}
