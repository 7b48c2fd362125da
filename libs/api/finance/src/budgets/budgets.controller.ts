import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiIfMatch,
  ApiPageResponse,
  ApiProblemResponses,
  IfMatch,
  mapPage,
  Page,
  RequirePermission,
} from '@zhanggui/api-platform';
import { BudgetsService } from './budgets.service';
import {
  BudgetAlertsQuery,
  BudgetResponse,
  CreateBudgetDto,
  ListBudgetsQuery,
  UpdateBudgetDto,
} from './dto/budget.dto';

/** Budgets (预算) per org unit, period and expense account, with actuals from the ledger; managers see their units'. */
@ApiTags('finance')
@Controller('budgets')
export class BudgetsController {
  constructor(private readonly budgets: BudgetsService) {}

  @Get()
  @RequirePermission('budgets:read')
  @ApiOperation({
    summary: 'Budgets in the caller’s scope with actual, committed, pending and percent used.',
  })
  @ApiPageResponse(BudgetResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListBudgetsQuery): Promise<Page<BudgetResponse>> {
    return mapPage(await this.budgets.list(query), BudgetResponse.from);
  }

  @Get('alerts')
  @RequirePermission('budgets:read')
  @ApiOperation({ summary: 'Budgets of the current (or given) period used at or above 80% (or 100%).' })
  @ApiOkResponse({ type: [BudgetResponse] })
  @ApiProblemResponses(400)
  async alerts(@Query() query: BudgetAlertsQuery): Promise<BudgetResponse[]> {
    return (await this.budgets.alerts(query.threshold ?? 80, query.date)).map(BudgetResponse.from);
  }

  @Get(':id')
  @RequirePermission('budgets:read')
  @ApiOperation({ summary: 'One budget with its figures.' })
  @ApiOkResponse({ type: BudgetResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<BudgetResponse> {
    return BudgetResponse.from(await this.budgets.get(id));
  }

  @Post()
  @RequirePermission('budgets:write')
  @ApiOperation({ summary: 'Set a budget for a unit, a month/quarter/year and an expense account, in 分.' })
  @ApiCreatedResponse({ type: BudgetResponse })
  @ApiProblemResponses(400, 409, 422)
  async create(
    @Body() body: CreateBudgetDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<BudgetResponse> {
    const created = await this.budgets.create(body);
    void reply.header('Location', `/api/v1/budgets/${created.budget.id}`);
    return BudgetResponse.from(created);
  }

  @Patch(':id')
  @RequirePermission('budgets:write')
  @ApiOperation({ summary: 'Change a budget’s amount or note.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: BudgetResponse })
  @ApiProblemResponses(400, 404, 412)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateBudgetDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<BudgetResponse> {
    return BudgetResponse.from(await this.budgets.update(id, body, expected));
  }
}
