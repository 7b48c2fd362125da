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
import { CommissionPlansService } from './commission-plans.service';
import type { CommissionPlan } from './commission.entities';
import {
  CommissionPlanResponse,
  CreateCommissionPlanDto,
  ListCommissionPlansQuery,
  UpdateCommissionPlanDto,
} from './dto/commission.dto';

@ApiTags('sales')
@Controller('commission-plans')
export class CommissionPlansController {
  constructor(private readonly plans: CommissionPlansService) {}

  @Get()
  @RequirePermission('commission-plans:read')
  @ApiOperation({ summary: 'Commission plans (提成方案) with their rate tiers by attainment.' })
  @ApiPageResponse(CommissionPlanResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListCommissionPlansQuery): Promise<Page<CommissionPlanResponse>> {
    return mapPage(await this.plans.list(query), planResponse);
  }

  @Get(':id')
  @RequirePermission('commission-plans:read')
  @ApiOperation({ summary: 'One commission plan.' })
  @ApiOkResponse({ type: CommissionPlanResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<CommissionPlanResponse> {
    return planResponse(await this.plans.get(id));
  }

  @Post()
  @RequirePermission('commission-plans:write')
  @ApiOperation({ summary: 'Add a plan: tiers start at 0% attainment and rise.' })
  @ApiCreatedResponse({ type: CommissionPlanResponse })
  @ApiProblemResponses(400, 409)
  async create(
    @Body() body: CreateCommissionPlanDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CommissionPlanResponse> {
    const plan = await this.plans.create(body);
    void reply.header('Location', `/api/v1/commission-plans/${plan.id}`);
    return planResponse(plan);
  }

  @Patch(':id')
  @RequirePermission('commission-plans:write')
  @ApiOperation({ summary: 'Change a plan’s name, tiers or whether it is in use.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: CommissionPlanResponse })
  @ApiProblemResponses(400, 404, 412)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateCommissionPlanDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<CommissionPlanResponse> {
    return planResponse(await this.plans.update(id, body, expected));
  }
}

function planResponse(plan: CommissionPlan): CommissionPlanResponse {
  return {
    id: plan.id,
    code: plan.code,
    name: plan.name,
    tiers: plan.tiers,
    active: plan.active,
    version: plan.version,
    updatedAt: plan.updatedAt.toISOString(),
  };
}
