import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Put, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiIfMatch,
  ApiPageResponse,
  ApiProblemResponses,
  IfMatch,
  Page,
  RequirePermission,
} from '@zhanggui/api-platform';
import { parsePeriod } from '../shared/periods';
import { inScope, salesScope } from '../shared/sales-scope';
import {
  CreateSalesTargetDto,
  ListSalesTargetsQuery,
  SalesTargetResponse,
  SalesTargetSummaryResponse,
  SetAllocationsDto,
  UpdateSalesTargetDto,
} from './dto/sales-target.dto';
import type { SalesTarget } from './sales-target.entity';
import { SalesTargetsService } from './sales-targets.service';
import { TargetProgress } from './target-progress';

@ApiTags('sales')
@Controller('sales-targets')
export class SalesTargetsController {
  constructor(
    private readonly targets: SalesTargetsService,
    private readonly progress: TargetProgress,
  ) {}

  @Get()
  @RequirePermission('sales-targets:read')
  @ApiOperation({ summary: 'Sales targets (销售任务) reaching one’s territory.' })
  @ApiPageResponse(SalesTargetSummaryResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListSalesTargetsQuery): Promise<Page<SalesTargetSummaryResponse>> {
    const page = await this.targets.list(query);
    const scope = await salesScope('sales-targets:read');
    return { ...page, data: page.data.map((t) => summary(t, inScope(scope, t.orgUnitId))) };
  }

  @Get(':id')
  @RequirePermission('sales-targets:read')
  @ApiOperation({
    summary:
      'A target with its allocation tree (differences shown), actuals from orders right now and attainment per level; only the nodes within one’s territory.',
  })
  @ApiOkResponse({ type: SalesTargetResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<SalesTargetResponse> {
    return this.detail(id);
  }

  @Post()
  @RequirePermission('sales-targets:write')
  @ApiOperation({ summary: 'Set a province’s target for a month, quarter or year.' })
  @ApiCreatedResponse({ type: SalesTargetResponse })
  @ApiProblemResponses(400, 409, 422)
  async create(
    @Body() body: CreateSalesTargetDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<SalesTargetResponse> {
    const target = await this.targets.create(body);
    void reply.header('Location', `/api/v1/sales-targets/${target.id}`);
    return this.detail(target.id);
  }

  @Patch(':id')
  @RequirePermission('sales-targets:write')
  @ApiOperation({ summary: 'Change a target’s amount or note (allocations stay; the difference is shown).' })
  @ApiIfMatch()
  @ApiOkResponse({ type: SalesTargetResponse })
  @ApiProblemResponses(400, 404, 412)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateSalesTargetDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<SalesTargetResponse> {
    await this.targets.update(id, body, expected);
    return this.detail(id);
  }

  @Put(':id/allocations/:unitId')
  @RequirePermission('sales-targets:allocate')
  @ApiOperation({
    summary:
      'Allocate a node of the target to its children: the province to regions, a region to cities, a city to its salespeople. Only below one’s own unit.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: SalesTargetResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async allocate(
    @Param('id', ParseUUIDPipe) id: string,
    @Param('unitId', ParseUUIDPipe) unitId: string,
    @Body() body: SetAllocationsDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<SalesTargetResponse> {
    await this.targets.setAllocations(id, unitId, body.children, expected);
    return this.detail(id, 'sales-targets:allocate');
  }

  private async detail(id: string, permission = 'sales-targets:read'): Promise<SalesTargetResponse> {
    const { target, allocations } = await this.targets.get(id, permission);
    const scope = await salesScope(permission);
    const period = parsePeriod(target.period)!;
    return {
      ...summary(target, inScope(scope, target.orgUnitId)),
      from: period.from.toISOString(),
      to: period.to.toISOString(),
      nodes: await this.progress.nodes(target, allocations, scope),
    };
  }
}

function summary(target: SalesTarget, seesProvince: boolean): SalesTargetSummaryResponse {
  return {
    id: target.id,
    number: target.number,
    periodKind: target.periodKind,
    period: target.period,
    orgUnitId: target.orgUnitId,
    amount: seesProvince ? target.amount : null,
    currency: target.currency,
    note: target.note,
    version: target.version,
    updatedAt: target.updatedAt.toISOString(),
  };
}
