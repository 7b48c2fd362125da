import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  assertVersionMatches,
  DocumentNumbers,
  Page,
  paginate,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { OrgUnitsService } from '@zhanggui/api-identity';
import type { SalesChannel } from '../prices/sku-price.entity';
import type { CreatePromotionDto, ListPromotionsQuery, UpdatePromotionDto } from './dto/promotion.dto';
import { Promotion, PromotionStatus } from './promotion.entity';
import {
  PromotionLimitReachedError,
  PromotionNotFoundError,
  PromotionStatusError,
  PromotionTermsInvalidError,
} from './promotion.errors';
import { termProblems } from './promotion-terms';

const STATUS_MOVES: Record<PromotionStatus, PromotionStatus[]> = {
  draft: ['active', 'archived'],
  active: ['paused', 'archived'],
  paused: ['active', 'archived'],
  archived: [],
};

export interface CartContext {
  channel: SalesChannel;
  regionId?: string;
  customerId?: string;
  at: Date;
}

/** Promotions: their terms, their life (draft → active ⇄ paused → archived), who may use them, how often. */
@Injectable()
export class PromotionsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly numbers: DocumentNumbers,
    private readonly orgUnits: OrgUnitsService,
  ) {}

  private get promotions() {
    return this.connection.getRepository(Promotion);
  }

  list(query: ListPromotionsQuery): Promise<Page<Promotion>> {
    const qb = this.promotions.createQueryBuilder('p');
    if (query.status) qb.andWhere('p.status = :status', { status: query.status });
    if (query.runningAt) qb.andWhere('p.starts_at <= :at AND p.ends_at > :at', { at: query.runningAt });
    if (query.q)
      qb.andWhere('(p.name ILIKE :q OR p.number ILIKE :q)', {
        q: `%${query.q.replace(/[\\%_]/g, (c) => `\\${c}`)}%`,
      });
    return paginate(
      qb,
      { ...query, sort: '-createdAt' },
      {
        sorts: { createdAt: { column: 'p.id', value: (p) => p.id } },
        idColumn: 'p.id',
        idValue: (p) => p.id,
      },
    );
  }

  async get(id: string): Promise<Promotion> {
    const promotion = await this.promotions.findOneBy({ id });
    if (!promotion) throw new PromotionNotFoundError(id);
    return promotion;
  }

  async create(input: CreatePromotionDto): Promise<Promotion> {
    this.assertTerms(input);
    return this.promotions.save(
      this.promotions.create({
        ...this.terms(input),
        number: await this.numbers.next('PR'),
        status: 'draft',
        timesUsed: 0,
        currency: 'CNY',
      }),
    );
  }

  async update(id: string, input: UpdatePromotionDto, expected?: number[]): Promise<Promotion> {
    const promotion = await this.lock(id);
    assertVersionMatches('promotion', expected, promotion.version);
    if (promotion.status === 'archived') throw new PromotionStatusError('archived', 'edited');
    this.assertTerms(input);
    Object.assign(promotion, this.terms(input));
    return this.promotions.save(promotion);
  }

  async setStatus(id: string, status: PromotionStatus): Promise<Promotion> {
    const promotion = await this.lock(id);
    if (!STATUS_MOVES[promotion.status].includes(status))
      throw new PromotionStatusError(promotion.status, status);
    promotion.status = status;
    return this.promotions.save(promotion);
  }

  /** Active promotions that apply to a cart here and now, with their usage limits not yet reached. */
  async eligible(context: CartContext): Promise<Promotion[]> {
    const qb = this.promotions
      .createQueryBuilder('p')
      .where(`p.status = 'active'`)
      .andWhere('p.starts_at <= :at AND p.ends_at > :at', { at: context.at })
      .andWhere(':channel = ANY(p.channels)', { channel: context.channel })
      .andWhere('(p.total_limit IS NULL OR p.times_used < p.total_limit)');
    const regions = context.regionId
      ? (await this.orgUnits.ancestorsOf(context.regionId)).map((unit) => unit.id)
      : [];
    qb.andWhere(`(cardinality(p.region_ids) = 0 OR p.region_ids && :regions::uuid[])`, { regions });
    if (context.customerId) {
      qb.andWhere(
        `(p.per_customer_limit IS NULL OR p.per_customer_limit >
           (SELECT count(*) FROM promotion_usage u WHERE u.promotion_id = p.id AND u.customer_id = :customer))`,
        { customer: context.customerId },
      );
    }
    return qb.orderBy('p.priority').addOrderBy('p.id').getMany();
  }

  /** Promotions picked by id for a "try a cart" preview: drafts included, dates and limits ignored. */
  async forPreview(ids: string[]): Promise<Promotion[]> {
    const found = await this.promotions.findBy({ id: In(ids) });
    const missing = ids.filter((id) => !found.some((p) => p.id === id));
    if (missing.length > 0) throw new PromotionNotFoundError(missing.join(', '));
    return found;
  }

  /**
   * Counts one use per promotion for an order (the orders module calls it when the order is placed), once per
   * order, refusing when a limit was reached meanwhile — the guarded UPDATE has the last word under races.
   */
  async recordUsage(promotionIds: string[], orderId: string, customerId: string | null): Promise<void> {
    for (const promotionId of promotionIds) {
      const inserted: Array<{ promotion_id: string }> = await this.connection.manager.query(
        `INSERT INTO promotion_usage (promotion_id, order_id, customer_id) VALUES ($1, $2, $3)
         ON CONFLICT DO NOTHING RETURNING promotion_id`,
        [promotionId, orderId, customerId],
      );
      if (inserted.length === 0) continue;
      const [, affected] = await this.connection.manager.query(
        `UPDATE promotion SET times_used = times_used + 1 WHERE id = $1 AND (total_limit IS NULL OR times_used < total_limit)`,
        [promotionId],
      );
      if (affected === 0) throw new PromotionLimitReachedError((await this.get(promotionId)).name);
    }
  }

  /**
   * Gives back the uses an order counted (the order was cancelled), so the promotion's limits count only
   * orders that stand. Once per order: the usage rows go, and with them the count.
   */
  async releaseUsage(orderId: string): Promise<void> {
    await this.connection.manager.query(
      `WITH released AS (DELETE FROM promotion_usage WHERE order_id = $1 RETURNING promotion_id)
       UPDATE promotion p SET times_used = greatest(p.times_used - 1, 0) FROM released r WHERE p.id = r.promotion_id`,
      [orderId],
    );
  }

  private assertTerms(input: CreatePromotionDto): void {
    const problems = termProblems({ ...input, parameters: { ...input.parameters } });
    if (problems.length > 0) throw new PromotionTermsInvalidError(problems);
  }

  private terms(input: CreatePromotionDto) {
    return {
      name: input.name,
      kind: input.kind,
      targetScope: input.targetScope,
      targetIds: input.targetIds ?? [],
      parameters: Object.fromEntries(Object.entries(input.parameters).filter(([, v]) => v !== undefined)),
      startsAt: input.startsAt,
      endsAt: input.endsAt,
      channels: [...new Set(input.channels)],
      regionIds: [...new Set(input.regionIds ?? [])],
      perCustomerLimit: input.perCustomerLimit ?? null,
      totalLimit: input.totalLimit ?? null,
      priority: input.priority ?? 100,
      stacking: input.stacking,
      exclusionGroup: input.exclusionGroup ?? null,
    };
  }

  private async lock(id: string): Promise<Promotion> {
    const promotion = await this.promotions.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!promotion) throw new PromotionNotFoundError(id);
    return promotion;
  }
}
