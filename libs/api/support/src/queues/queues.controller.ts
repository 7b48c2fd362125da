import { Body, Controller, Get, Param, ParseUUIDPipe, Patch, Post, Put, Query, Res } from '@nestjs/common';
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
  ArrayMaxSize,
  IsArray,
  IsBoolean,
  IsIn,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  MinLength,
} from 'class-validator';
import type { FastifyReply } from 'fastify';
import { UsersService } from '@zhanggui/api-identity';
import {
  ApiIfMatch,
  ApiProblemResponses,
  assertVersionMatches,
  currentActor,
  IfMatch,
  RequirePermission,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { NotASupportAgentError, QueueNotFoundError } from '../support.errors';
import { SupportQueue } from './support-queue.entity';

class CreateQueueDto {
  @ApiProperty({ example: 'AFTER-SALES' }) @Matches(/^[A-Z0-9-]{2,32}$/) code!: string;
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(100) name!: string;
  @ApiPropertyOptional() @IsOptional() @IsString() @MaxLength(500) description?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The team (org unit) working the queue.' })
  @IsOptional()
  @IsUUID()
  teamOrgUnitId?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'Team lead: SLA escalations go to them.' })
  @IsOptional()
  @IsUUID()
  leadUserId?: string;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}
class UpdateQueueDto extends PartialType(CreateQueueDto) {}
class MembersDto {
  @ApiProperty({ type: [String], description: 'Every member (user ids), replacing the current list.' })
  @IsArray()
  @ArrayMaxSize(500)
  @IsUUID('all', { each: true })
  userIds!: string[];
}
class ListQueuesQuery {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'Only the caller’s queues.' })
  @IsOptional()
  @IsIn(['true', 'false'])
  mine?: 'true' | 'false';
}

export class QueueView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() code!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ type: 'string', nullable: true }) description!: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) teamOrgUnitId!: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) leadUserId!: string | null;
  @ApiProperty() active!: boolean;
  @ApiProperty({ type: [String], description: 'Member user ids.' }) memberIds!: string[];
  @ApiProperty({ description: 'Tickets new, open or waiting on the customer.' }) activeTickets!: number;
  @ApiProperty() version!: number;
}

export class SupportAgentView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() username!: string;
  @ApiProperty() displayName!: string;
  @ApiProperty({ enum: ['customer-service-agent', 'customer-service-lead'] }) role!: string;
}

/** Queues per team; agents work the queues they are members of. */
@ApiTags('support')
@Controller('support-queues')
export class QueuesController {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly users: UsersService,
  ) {}

  private get queues() {
    return this.connection.getRepository(SupportQueue);
  }

  @Get('agents')
  @RequirePermission('support-queues:read')
  @ApiOperation({
    summary:
      'The active customer-service agents and leads (id and name): the console names assignees and queue members with it.',
  })
  @ApiOkResponse({ type: [SupportAgentView] })
  @ApiProblemResponses(400)
  async agents(): Promise<SupportAgentView[]> {
    return this.supportAgents();
  }

  /** Company-wide holders, and those holding the role over a queue's team (or above it). */
  private async supportAgents(): Promise<SupportAgentView[]> {
    const teams = (await this.queues.find()).map((q) => q.teamOrgUnitId);
    const agents = new Map<string, SupportAgentView>();
    for (const role of ['customer-service-lead', 'customer-service-agent'] as const)
      for (const unitId of [null, ...new Set(teams.filter((t): t is string => !!t))])
        for (const user of await this.users.holdersOf(role, unitId))
          if (!agents.has(user.id)) agents.set(user.id, { ...user, role });
    return [...agents.values()].sort((a, b) => a.username.localeCompare(b.username));
  }

  @Get()
  @RequirePermission('support-queues:read')
  @ApiOperation({
    summary: 'Every queue with its members and active ticket count (`mine=true`: the caller’s).',
  })
  @ApiOkResponse({ type: [QueueView] })
  @ApiProblemResponses(400)
  async list(@Query() query: ListQueuesQuery): Promise<QueueView[]> {
    const queues = await this.queues.find({ order: { code: 'ASC' } });
    const views = await this.views(queues);
    const me = currentActor()?.id;
    return query.mine === 'true' ? views.filter((q) => me && q.memberIds.includes(me)) : views;
  }

  @Post()
  @RequirePermission('support-queues:write')
  @ApiOperation({ summary: 'Create a queue (409 DUPLICATE when the code is taken).' })
  @ApiCreatedResponse({ type: QueueView })
  @ApiProblemResponses(400, 409)
  async create(
    @Body() body: CreateQueueDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<QueueView> {
    const queue = await this.queues.save(
      this.queues.create({ description: null, teamOrgUnitId: null, leadUserId: null, ...body }),
    );
    void reply.header('Location', `/api/v1/support-queues/${queue.id}`);
    return (await this.views([queue]))[0];
  }

  @Get(':id')
  @RequirePermission('support-queues:read')
  @ApiOperation({ summary: 'One queue.' })
  @ApiOkResponse({ type: QueueView })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<QueueView> {
    return (await this.views([await this.find(id)]))[0];
  }

  @Patch(':id')
  @RequirePermission('support-queues:write')
  @ApiOperation({ summary: 'Change a queue.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: QueueView })
  @ApiProblemResponses(400, 404, 409, 412)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateQueueDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<QueueView> {
    const queue = await this.find(id, true);
    assertVersionMatches('support queue', expected, queue.version);
    Object.assign(queue, body);
    return (await this.views([await this.queues.save(queue)]))[0];
  }

  @Put(':id/members')
  @RequirePermission('support-queues:write')
  @ApiOperation({ summary: 'Set the queue’s agents.' })
  @ApiOkResponse({ type: QueueView })
  @ApiProblemResponses(400, 404, 422)
  async members(@Param('id', ParseUUIDPipe) id: string, @Body() body: MembersDto): Promise<QueueView> {
    const queue = await this.find(id, true);
    const agents = new Set((await this.supportAgents()).map((agent) => agent.id));
    const strangers = body.userIds.filter((userId) => !agents.has(userId));
    if (strangers.length) throw new NotASupportAgentError([...new Set(strangers)]);
    await this.connection.manager.query(`DELETE FROM support_queue_member WHERE queue_id = $1`, [id]);
    for (const userId of [...new Set(body.userIds)])
      await this.connection.manager.query(
        `INSERT INTO support_queue_member (queue_id, user_id) VALUES ($1, $2)`,
        [id, userId],
      );
    queue.updatedAt = new Date();
    return (await this.views([await this.queues.save(queue)]))[0];
  }

  private async find(id: string, lock = false): Promise<SupportQueue> {
    const queue = await this.queues.findOne({
      where: { id },
      ...(lock ? { lock: { mode: 'pessimistic_write' as const } } : {}),
    });
    if (!queue) throw new QueueNotFoundError(id);
    return queue;
  }

  private async views(queues: SupportQueue[]): Promise<QueueView[]> {
    const ids = queues.map((q) => q.id);
    const members: Array<{ queue_id: string; user_id: string }> = await this.connection.manager.query(
      `SELECT queue_id, user_id FROM support_queue_member WHERE queue_id = ANY($1) ORDER BY created_at`,
      [ids],
    );
    const counts: Array<{ queue_id: string; n: number }> = await this.connection.manager.query(
      `SELECT queue_id, count(*)::int AS n FROM support_ticket
        WHERE queue_id = ANY($1) AND status IN ('new', 'open', 'waiting_on_customer') GROUP BY queue_id`,
      [ids],
    );
    return queues.map((q) => ({
      id: q.id,
      code: q.code,
      name: q.name,
      description: q.description,
      teamOrgUnitId: q.teamOrgUnitId,
      leadUserId: q.leadUserId,
      active: q.active,
      memberIds: members.filter((m) => m.queue_id === q.id).map((m) => m.user_id),
      activeTickets: counts.find((c) => c.queue_id === q.id)?.n ?? 0,
      version: q.version,
    }));
  }
}
