import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import {
  ApiCreatedResponse,
  ApiOkResponse,
  ApiOperation,
  ApiProperty,
  ApiPropertyOptional,
  ApiTags,
  PartialType,
} from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import type { FastifyReply } from 'fastify';
import {
  ApiIfMatch,
  ApiProblemResponses,
  assertVersionMatches,
  beijingDate,
  IfMatch,
  RequirePermission,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { FollowUpRuleNotFoundError } from '../support.errors';
import { FOLLOW_UP_TRIGGERS, FollowUpRule, FollowUpTrigger } from './follow-up-rule.entity';
import { FollowUpVisit, VISIT_STATUSES } from './follow-up-visit.entity';
import { FollowUpsService } from './follow-ups.service';

// Named for its domain: OpenAPI schemas are named by class, and two `CreateRuleDto`s documented one route
// with the other's body (found by the fuzz suite).
class CreateFollowUpRuleDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(100) name!: string;
  @ApiProperty({ enum: FOLLOW_UP_TRIGGERS }) @IsIn(FOLLOW_UP_TRIGGERS) trigger!: FollowUpTrigger;
  @ApiProperty({ minimum: 0, maximum: 365, description: 'Days after the delivery or resolution.' })
  @IsInt()
  @Min(0)
  @Max(365)
  delayDays!: number;
  @ApiPropertyOptional({
    format: 'uuid',
    description: 'The queue whose agents make the call (ticket rules default to the ticket’s agent).',
  })
  @IsOptional()
  @IsUUID()
  queueId?: string;
  @ApiPropertyOptional({ description: 'What to ask.' })
  @IsOptional()
  @IsString()
  @MaxLength(1000)
  instructions?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}
class UpdateFollowUpRuleDto extends PartialType(CreateFollowUpRuleDto) {}
export class RuleView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: FOLLOW_UP_TRIGGERS }) trigger!: string;
  @ApiProperty() delayDays!: number;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) queueId!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) instructions!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty() version!: number;
  static from(r: FollowUpRule): RuleView {
    return {
      id: r.id,
      name: r.name,
      trigger: r.trigger,
      delayDays: r.delayDays,
      queueId: r.queueId,
      instructions: r.instructions,
      active: r.active,
      version: r.version,
    };
  }
}

class VisitsQuery {
  @ApiPropertyOptional({
    enum: ['worklist', 'today', 'overdue'],
    description: 'worklist: scheduled and due today or earlier.',
  })
  @IsOptional()
  @IsIn(['worklist', 'today', 'overdue'])
  due?: string;
  @ApiPropertyOptional({ enum: VISIT_STATUSES }) @IsOptional() @IsIn(VISIT_STATUSES) status?: string;
  @ApiPropertyOptional({ description: 'A user id or `me`.' })
  @IsOptional()
  // Anything else reached the uuid column and failed there as a 500 (found by the fuzz suite).
  @Matches(/^(me|[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12})$/i, {
    message: 'assigneeId must be a user id or "me"',
  })
  assigneeId?: string;
  @ApiPropertyOptional({ format: 'uuid' }) @IsOptional() @IsUUID() customerId?: string;
}
class CompleteVisitDto {
  @ApiProperty({ enum: ['done', 'unreachable', 'cancelled'] })
  @IsIn(['done', 'unreachable', 'cancelled'])
  status!: 'done' | 'unreachable' | 'cancelled';
  @ApiPropertyOptional({ maxLength: 2000 }) @IsOptional() @IsString() @MaxLength(2000) outcome?: string;
  @ApiPropertyOptional({ minimum: 1, maximum: 5, description: 'The customer’s satisfaction (done visits).' })
  @IsOptional()
  @IsInt()
  @Min(1)
  @Max(5)
  satisfactionScore?: number;
}
export class VisitView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ example: 'FV-20261127-0001' }) number!: string;
  @ApiProperty({ format: 'uuid' }) ruleId!: string;
  @ApiProperty({ enum: FOLLOW_UP_TRIGGERS }) trigger!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) orderId!: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) ticketId!: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) queueId!: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) assigneeId!: string | null;
  @ApiProperty({ format: 'date', description: 'Beijing date.' }) dueDate!: string;
  @ApiProperty() overdue!: boolean;
  @ApiProperty({ enum: VISIT_STATUSES }) status!: string;
  @ApiProperty({ type: 'string', nullable: true }) outcome!: string | null;
  @ApiProperty({ type: 'integer', nullable: true }) satisfactionScore!: number | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) completedAt!: string | null;
  @ApiProperty() version!: number;
  static from(v: FollowUpVisit, today = beijingDate(new Date())): VisitView {
    return {
      id: v.id,
      number: v.number,
      ruleId: v.ruleId,
      trigger: v.trigger,
      customerId: v.customerId,
      orderId: v.orderId,
      ticketId: v.ticketId,
      queueId: v.queueId,
      assigneeId: v.assigneeId,
      dueDate: v.dueDate,
      overdue: v.status === 'scheduled' && v.dueDate < today,
      status: v.status,
      outcome: v.outcome,
      satisfactionScore: v.satisfactionScore,
      completedAt: v.completedAt?.toISOString() ?? null,
      version: v.version,
    };
  }
}

/** Follow-up visits (定时回访): rules, the worklist, outcomes. */
@ApiTags('support')
@Controller()
export class FollowUpsController {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly visits: FollowUpsService,
  ) {}

  @Get('follow-up-rules')
  @RequirePermission('follow-up-rules:read')
  @ApiOperation({ summary: 'The rules that schedule visits.' })
  @ApiOkResponse({ type: [RuleView] })
  @ApiProblemResponses(400)
  async rules(): Promise<RuleView[]> {
    return (await this.connection.getRepository(FollowUpRule).find({ order: { createdAt: 'ASC' } })).map(
      RuleView.from,
    );
  }

  @Post('follow-up-rules')
  @RequirePermission('follow-up-rules:write')
  @ApiOperation({ summary: 'Add a rule (e.g. 3 days after delivery, 1 day after resolution).' })
  @ApiCreatedResponse({ type: RuleView })
  @ApiProblemResponses(400, 409)
  async createRule(
    @Body() body: CreateFollowUpRuleDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<RuleView> {
    const repository = this.connection.getRepository(FollowUpRule);
    const rule = await repository.save(repository.create({ queueId: null, instructions: null, ...body }));
    void reply.header('Location', `/api/v1/follow-up-rules/${rule.id}`);
    return RuleView.from(rule);
  }

  @Patch('follow-up-rules/:id')
  @RequirePermission('follow-up-rules:write')
  @ApiOperation({ summary: 'Change or deactivate a rule (visits already scheduled stay).' })
  @ApiIfMatch()
  @ApiOkResponse({ type: RuleView })
  @ApiProblemResponses(400, 404, 409, 412)
  async updateRule(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateFollowUpRuleDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<RuleView> {
    const repository = this.connection.getRepository(FollowUpRule);
    const rule = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!rule) throw new FollowUpRuleNotFoundError(id);
    assertVersionMatches('follow-up rule', expected, rule.version);
    Object.assign(rule, body);
    return RuleView.from(await repository.save(rule));
  }

  @Get('follow-up-visits')
  @RequirePermission('follow-ups:read')
  @ApiOperation({
    summary:
      'Visits of the caller (assigned to them, or unassigned in their queues; all for the lead), by due date. `due=worklist`: what to call today, overdue first.',
  })
  @ApiOkResponse({ type: [VisitView] })
  @ApiProblemResponses(400)
  async list(@Query() query: VisitsQuery): Promise<VisitView[]> {
    const today = beijingDate(new Date());
    return (await this.visits.list(query)).map((v) => VisitView.from(v, today));
  }

  @Get('follow-up-visits/:id')
  @RequirePermission('follow-ups:read')
  @ApiOperation({ summary: 'One visit.' })
  @ApiOkResponse({ type: VisitView })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<VisitView> {
    return VisitView.from(await this.visits.get(id));
  }

  @Post('follow-up-visits/:id/claim')
  @HttpCode(200)
  @RequirePermission('follow-ups:write')
  @ApiOperation({ summary: 'Take an unassigned visit of one’s queue.' })
  @ApiOkResponse({ type: VisitView })
  @ApiProblemResponses(400, 404, 409, 422)
  async claim(@Param('id', ParseUUIDPipe) id: string): Promise<VisitView> {
    return VisitView.from(await this.visits.claim(id));
  }

  @Post('follow-up-visits/:id/complete')
  @HttpCode(200)
  @RequirePermission('follow-ups:write')
  @ApiOperation({
    summary: 'Record the outcome and the customer’s satisfaction (also given to the ticket it follows).',
  })
  @ApiOkResponse({ type: VisitView })
  @ApiProblemResponses(400, 404, 409)
  async complete(@Param('id', ParseUUIDPipe) id: string, @Body() body: CompleteVisitDto): Promise<VisitView> {
    return VisitView.from(await this.visits.complete(id, body));
  }
}
