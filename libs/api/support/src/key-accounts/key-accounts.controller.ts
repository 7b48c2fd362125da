import {
  Body,
  Controller,
  Get,
  HttpCode,
  Injectable,
  OnModuleInit,
  Param,
  ParseUUIDPipe,
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
} from '@nestjs/swagger';
import {
  IsBoolean,
  IsIn,
  IsInt,
  IsOptional,
  IsString,
  IsUUID,
  Max,
  MaxLength,
  Min,
  MinLength,
} from 'class-validator';
import type { FastifyReply } from 'fastify';
import {
  ApiProblemResponses,
  currentActor,
  EventBus,
  JobQueue,
  RequirePermission,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { CandidateAlreadyDecidedError, KeyAccountCandidateNotFoundError } from '../support.errors';
import { KEY_ACCOUNT_CONFIRMED, KeyAccountConfirmedPayload } from '../support.events';
import {
  KEY_ACCOUNT_RULE_KINDS,
  KeyAccountCandidate,
  KeyAccountRule,
  KeyAccountRuleKind,
} from './key-account.entities';

/** The metric of each rule kind over a customer's orders in the window (support_order_fact). */
const METRIC: Record<KeyAccountRuleKind, string> = {
  'order-amount': 's.amount',
  'order-count': 's.order_count',
  'active-months': 's.months',
  'company-buyer': 'CASE WHEN s.company THEN s.order_count ELSE 0 END',
};

/** Suggests candidates by SQL over the indexed order facts; dismissed candidates are never suggested again. */
@Injectable()
export class KeyAccountsService implements OnModuleInit {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.schedule('support.key-accounts', '30 2 * * *', async () => {
      await this.connection.withTransaction(() => this.evaluate());
    });
  }

  async evaluate(now = new Date()): Promise<number> {
    const rules = await this.connection.getRepository(KeyAccountRule).findBy({ active: true });
    let suggested = 0;
    for (const rule of rules) {
      const rows: unknown[] = await this.connection.manager.query(
        `WITH s AS (
           SELECT customer_id, count(*)::int AS order_count, sum(total)::bigint AS amount, max(placed_at) AS last_order_at,
                  count(DISTINCT date_trunc('month', placed_at AT TIME ZONE 'Asia/Shanghai'))::int AS months,
                  bool_or(company_buyer) AS company
             FROM support_order_fact
            WHERE cancelled_at IS NULL AND placed_at >= $2::timestamptz - make_interval(days => $3)
            GROUP BY customer_id)
         INSERT INTO key_account_candidate AS c
           (customer_id, rule_id, metric_value, order_count, order_amount, ticket_count, last_order_at)
         SELECT s.customer_id, $1, ${METRIC[rule.kind]}, s.order_count, s.amount,
                (SELECT count(*)::int FROM support_ticket t WHERE t.customer_id = s.customer_id
                   AND t.created_at >= $2::timestamptz - make_interval(days => $3)),
                s.last_order_at
           FROM s
          WHERE ${METRIC[rule.kind]} >= $4
            AND NOT EXISTS (SELECT 1 FROM key_account_candidate k WHERE k.customer_id = s.customer_id AND k.status = 'confirmed')
         ON CONFLICT (customer_id, rule_id) DO UPDATE
           SET metric_value = EXCLUDED.metric_value, order_count = EXCLUDED.order_count,
               order_amount = EXCLUDED.order_amount, ticket_count = EXCLUDED.ticket_count,
               last_order_at = EXCLUDED.last_order_at, updated_at = now(), version = c.version + 1
           WHERE c.status = 'suggested'
         RETURNING c.id`,
        [rule.id, now, rule.windowDays, rule.threshold],
      );
      suggested += rows.length;
    }
    return suggested;
  }

  async decide(
    id: string,
    decision: 'confirmed' | 'dismissed',
    input: { note?: string; salesOwnerId?: string },
  ): Promise<KeyAccountCandidate> {
    const repository = this.connection.getRepository(KeyAccountCandidate);
    const candidate = await repository.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!candidate) throw new KeyAccountCandidateNotFoundError(id);
    if (candidate.status !== 'suggested') throw new CandidateAlreadyDecidedError(candidate.status);
    candidate.status = decision;
    candidate.note = input.note ?? null;
    candidate.salesOwnerId = input.salesOwnerId ?? null;
    candidate.decidedBy = currentActor()?.id ?? null;
    candidate.decidedAt = new Date();
    return repository.save(candidate);
  }
}

// Named for its domain: OpenAPI schemas are named by class, and two `CreateRuleDto`s documented one route
// with the other's body (found by the fuzz suite).
class CreateKeyAccountRuleDto {
  @ApiProperty() @IsString() @MinLength(1) @MaxLength(100) name!: string;
  @ApiProperty({
    enum: KEY_ACCOUNT_RULE_KINDS,
    description:
      'order-amount: 分 spent ≥ threshold; order-count: orders ≥ threshold; active-months: months with an order ≥ threshold; company-buyer: a company’s orders ≥ threshold.',
  })
  @IsIn(KEY_ACCOUNT_RULE_KINDS)
  kind!: KeyAccountRuleKind;
  @ApiProperty({ minimum: 1, maximum: 1095 })
  // JSON numbers only: converting took `true` as 1 (found by the fuzz suite).
  @IsInt()
  @Min(1)
  @Max(1095)
  windowDays!: number;
  @ApiProperty({ minimum: 1 }) @IsInt() @Min(1) threshold!: number;
  @ApiPropertyOptional() @IsOptional() @IsBoolean() active?: boolean;
}
class CandidatesQuery {
  @ApiPropertyOptional({ enum: ['suggested', 'confirmed', 'dismissed'], default: 'suggested' })
  @IsOptional()
  @IsIn(['suggested', 'confirmed', 'dismissed'])
  status?: 'suggested' | 'confirmed' | 'dismissed';
}
class DecideDto {
  @ApiPropertyOptional({ maxLength: 1000 }) @IsOptional() @IsString() @MaxLength(1000) note?: string;
  @ApiPropertyOptional({ format: 'uuid', description: 'The salesperson taking the account (confirm).' })
  @IsOptional()
  @IsUUID()
  salesOwnerId?: string;
}
export class KeyAccountRuleView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty() name!: string;
  @ApiProperty({ enum: KEY_ACCOUNT_RULE_KINDS }) kind!: string;
  @ApiProperty() windowDays!: number;
  @ApiProperty() threshold!: number;
  @ApiProperty() active!: boolean;
  @ApiProperty() version!: number;
  static from(r: KeyAccountRule): KeyAccountRuleView {
    return {
      id: r.id,
      name: r.name,
      kind: r.kind,
      windowDays: r.windowDays,
      threshold: r.threshold,
      active: r.active,
      version: r.version,
    };
  }
}
export class CandidateView {
  @ApiProperty({ format: 'uuid' }) id!: string;
  @ApiProperty({ format: 'uuid' }) customerId!: string;
  @ApiProperty({ format: 'uuid' }) ruleId!: string;
  @ApiProperty({ enum: ['suggested', 'confirmed', 'dismissed'] }) status!: string;
  @ApiProperty({ description: 'The value the rule measured.' }) metricValue!: number;
  @ApiProperty() orderCount!: number;
  @ApiProperty({ description: '分 in the window.' }) orderAmount!: number;
  @ApiProperty() ticketCount!: number;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) lastOrderAt!: string | null;
  @ApiProperty({ type: 'string', nullable: true }) note!: string | null;
  @ApiProperty({ type: 'string', format: 'uuid', nullable: true }) salesOwnerId!: string | null;
  @ApiProperty({ type: 'string', format: 'date-time', nullable: true }) decidedAt!: string | null;
  @ApiProperty() version!: number;
  static from(c: KeyAccountCandidate): CandidateView {
    return {
      id: c.id,
      customerId: c.customerId,
      ruleId: c.ruleId,
      status: c.status,
      metricValue: c.metricValue,
      orderCount: c.orderCount,
      orderAmount: c.orderAmount,
      ticketCount: c.ticketCount,
      lastOrderAt: c.lastOrderAt?.toISOString() ?? null,
      note: c.note,
      salesOwnerId: c.salesOwnerId,
      decidedAt: c.decidedAt?.toISOString() ?? null,
      version: c.version,
    };
  }
}
class EvaluationView {
  @ApiProperty({ description: 'Candidates suggested or refreshed.' }) suggested!: number;
}

/** Key accounts (潜在大客户): rules, candidates, and the hand-over to sales. */
@ApiTags('support')
@Controller()
export class KeyAccountsController {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly accounts: KeyAccountsService,
    private readonly events: EventBus,
  ) {}

  @Get('key-account-rules')
  @RequirePermission('key-account-rules:read')
  @ApiOperation({ summary: 'The rules that suggest candidates.' })
  @ApiOkResponse({ type: [KeyAccountRuleView] })
  @ApiProblemResponses(400)
  async rules(): Promise<KeyAccountRuleView[]> {
    return (await this.connection.getRepository(KeyAccountRule).find({ order: { createdAt: 'ASC' } })).map(
      KeyAccountRuleView.from,
    );
  }

  @Post('key-account-rules')
  @RequirePermission('key-account-rules:write')
  @ApiOperation({ summary: 'Add a rule.' })
  @ApiCreatedResponse({ type: KeyAccountRuleView })
  @ApiProblemResponses(400)
  async createRule(
    @Body() body: CreateKeyAccountRuleDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<KeyAccountRuleView> {
    const repository = this.connection.getRepository(KeyAccountRule);
    const rule = await repository.save(repository.create(body));
    void reply.header('Location', `/api/v1/key-account-rules/${rule.id}`);
    return KeyAccountRuleView.from(rule);
  }

  @Post('key-account-rules/evaluate')
  @HttpCode(200)
  @RequirePermission('key-account-rules:write')
  @ApiOperation({ summary: 'Run the rules now (they also run nightly at 02:30).' })
  @ApiOkResponse({ type: EvaluationView })
  @ApiProblemResponses(400)
  async evaluate(): Promise<EvaluationView> {
    return { suggested: await this.accounts.evaluate() };
  }

  @Get('key-account-candidates')
  @RequirePermission('key-accounts:read')
  @ApiOperation({ summary: 'Candidates by status (suggested by default), strongest first.' })
  @ApiOkResponse({ type: [CandidateView] })
  @ApiProblemResponses(400)
  async candidates(@Query() query: CandidatesQuery): Promise<CandidateView[]> {
    const rows = await this.connection.getRepository(KeyAccountCandidate).find({
      where: { status: query.status ?? 'suggested' },
      order: { metricValue: 'DESC', id: 'ASC' },
      take: 200,
    });
    return rows.map(CandidateView.from);
  }

  @Post('key-account-candidates/:id/confirm')
  @HttpCode(200)
  @RequirePermission('key-accounts:decide')
  @ApiOperation({ summary: 'Confirm and hand to sales (KeyAccountConfirmed).' })
  @ApiOkResponse({ type: CandidateView })
  @ApiProblemResponses(400, 404, 409)
  async confirm(@Param('id', ParseUUIDPipe) id: string, @Body() body: DecideDto): Promise<CandidateView> {
    const candidate = await this.accounts.decide(id, 'confirmed', body);
    const rule = await this.connection
      .getRepository(KeyAccountRule)
      .findOneByOrFail({ id: candidate.ruleId });
    await this.events.publish<KeyAccountConfirmedPayload>(KEY_ACCOUNT_CONFIRMED, {
      candidateId: candidate.id,
      customerId: candidate.customerId,
      rule: rule.name,
      orderAmount: candidate.orderAmount,
      orderCount: candidate.orderCount,
      salesOwnerId: candidate.salesOwnerId,
      note: candidate.note,
    });
    return CandidateView.from(candidate);
  }

  @Post('key-account-candidates/:id/dismiss')
  @HttpCode(200)
  @RequirePermission('key-accounts:decide')
  @ApiOperation({ summary: 'Dismiss (never suggested again by this rule).' })
  @ApiOkResponse({ type: CandidateView })
  @ApiProblemResponses(400, 404, 409)
  async dismiss(@Param('id', ParseUUIDPipe) id: string, @Body() body: DecideDto): Promise<CandidateView> {
    return CandidateView.from(await this.accounts.decide(id, 'dismissed', body));
  }
}
