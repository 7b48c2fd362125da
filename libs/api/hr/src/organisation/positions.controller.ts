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
import {
  CreatePositionDto,
  HeadcountResponse,
  ListPositionsQuery,
  OrgChartResponse,
  PeriodParams,
  PeriodQuery,
  PositionResponse,
  SetHeadcountDto,
  UnitPeriodQuery,
  UpdatePositionDto,
} from './dto/position.dto';
import { Position } from './position.entity';
import { PositionsService, thisYear } from './positions.service';

const view = (p: Position): PositionResponse => ({
  id: p.id,
  code: p.code,
  title: p.title,
  orgUnitId: p.orgUnitId,
  duties: p.duties,
  grade: p.grade,
  status: p.status,
  version: p.version,
  createdAt: p.createdAt,
  updatedAt: p.updatedAt,
});

@ApiTags('hr')
@Controller()
export class PositionsController {
  constructor(private readonly positions: PositionsService) {}

  @Get('org-chart')
  @RequirePermission('positions:read')
  @ApiOperation({
    summary: 'The org chart: active units (parents first) with their positions, planned vs filled headcount.',
  })
  @ApiOkResponse({ type: OrgChartResponse })
  @ApiProblemResponses(400)
  orgChart(@Query() query: PeriodQuery): Promise<OrgChartResponse> {
    return this.positions.orgChart(query.period ?? thisYear());
  }

  @Get('positions')
  @RequirePermission('positions:read')
  @ApiOperation({ summary: 'Positions (岗位), by unit and status.' })
  @ApiPageResponse(PositionResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListPositionsQuery): Promise<Page<PositionResponse>> {
    const page = await this.positions.list(query);
    return { ...page, data: page.data.map(view) };
  }

  @Get('positions/:id')
  @RequirePermission('positions:read')
  @ApiOperation({ summary: 'One position with its duties.' })
  @ApiOkResponse({ type: PositionResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<PositionResponse> {
    return view(await this.positions.get(id));
  }

  @Post('positions')
  @RequirePermission('positions:write')
  @ApiOperation({ summary: 'Create a position in an org unit, with its written duties (岗位职责).' })
  @ApiCreatedResponse({ type: PositionResponse })
  @ApiProblemResponses(400, 409, 422)
  async create(
    @Body() body: CreatePositionDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PositionResponse> {
    const position = await this.positions.create(body);
    void reply.header('Location', `/api/v1/positions/${position.id}`);
    return view(position);
  }

  @Patch('positions/:id')
  @RequirePermission('positions:write')
  @ApiOperation({ summary: 'Change a position’s title, duties, grade or status.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: PositionResponse })
  @ApiProblemResponses(400, 404, 412)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdatePositionDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<PositionResponse> {
    return view(await this.positions.update(id, body, expected));
  }

  @Get('headcount-plans')
  @RequirePermission('positions:read')
  @ApiOperation({
    summary: 'The headcount plan (编制) of a unit’s positions for a year: planned, filled, open, available.',
  })
  @ApiOkResponse({ type: [HeadcountResponse] })
  @ApiProblemResponses(400)
  unitHeadcount(@Query() query: UnitPeriodQuery): Promise<HeadcountResponse[]> {
    return this.positions.unitHeadcount(query.orgUnitId, query.period ?? thisYear());
  }

  @Put('positions/:id/headcount/:period')
  @RequirePermission('positions:write')
  @ApiOperation({ summary: 'Set the planned headcount of a position for a year.' })
  @ApiOkResponse({ type: HeadcountResponse })
  @ApiProblemResponses(400, 404)
  setHeadcount(@Param() params: PeriodParams, @Body() body: SetHeadcountDto): Promise<HeadcountResponse> {
    return this.positions.setHeadcount(params.id, params.period, body.planned, body.note);
  }
}
