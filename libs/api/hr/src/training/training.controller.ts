import { Body, Controller, Get, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
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
  CreateTrainingRecordDto,
  ListTrainingRecordsQuery,
  TrainingRecordResponse,
} from './dto/training.dto';
import type { TrainingRecord } from './training-record.entity';
import { TrainingService } from './training.service';

const view = (t: TrainingRecord): TrainingRecordResponse => ({
  id: t.id,
  number: t.number,
  employeeId: t.employeeId,
  orgUnitId: t.orgUnitId,
  title: t.title,
  kind: t.kind,
  provider: t.provider,
  startsOn: t.startsOn,
  endsOn: t.endsOn,
  hours: t.hours,
  cost: t.cost,
  currency: t.currency,
  result: t.result,
  score: t.score,
  certificate: t.certificate,
  version: t.version,
  createdAt: t.createdAt,
});

@ApiTags('hr')
@Controller('training-records')
export class TrainingController {
  constructor(private readonly training: TrainingService) {}

  @Get()
  @RequirePermission('training:read')
  @ApiOperation({ summary: 'Training records in the caller’s scope, latest first.' })
  @ApiPageResponse(TrainingRecordResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListTrainingRecordsQuery): Promise<Page<TrainingRecordResponse>> {
    return mapPage(await this.training.list(query), view);
  }

  @Get(':id')
  @RequirePermission('training:read')
  @ApiOperation({ summary: 'A training record.' })
  @ApiOkResponse({ type: TrainingRecordResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<TrainingRecordResponse> {
    return view(await this.training.get(id));
  }

  @Post()
  @RequirePermission('training:write')
  @ApiOperation({ summary: 'Record a training an employee took (it appears in the file’s history).' })
  @ApiCreatedResponse({ type: TrainingRecordResponse })
  @ApiProblemResponses(400, 404, 422)
  async create(
    @Body() body: CreateTrainingRecordDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TrainingRecordResponse> {
    const record = await this.training.create(body);
    void reply.header('Location', `/api/v1/training-records/${record.id}`);
    return view(record);
  }
}
