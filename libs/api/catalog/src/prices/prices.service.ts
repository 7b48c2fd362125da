import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  BusinessRuleError,
  currentActor,
  EventBus,
  Money,
  Page,
  paginate,
  PageQuery,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { ApprovalsService } from '@zhanggui/api-approvals';
import { Sku } from '../products/sku.entity';
import { CompetitorPrice } from './competitor-price.entity';
import { ApprovalNeedsAPersonError, SkuNotFoundError } from './price.errors';
import { isBelowMargin, PricingPolicy, Suggestion, suggestPrice, yuan } from './pricing-rules';
import { SalesChannel, SkuPrice } from './sku-price.entity';
import { SkuCost } from './sku-cost.entity';

export const CURRENCY = 'CNY';
export const PRICE_SUBJECT = 'sku_price';

export interface NewPrice {
  channel: SalesChannel;
  amount: number;
  effectiveFrom?: Date;
  reason?: string;
}

/**
 * Prices per channel with their history, the moving-average cost, competitors' prices and the suggested
 * price. A price under the minimum margin does not take effect: it waits for the general manager's approval
 * (PriceApprovalOutcomes applies the decision).
 */
@Injectable()
export class PricesService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly approvals: ApprovalsService,
    private readonly events: EventBus,
  ) {}

  private get prices() {
    return this.connection.getRepository(SkuPrice);
  }

  async policy(): Promise<PricingPolicy & { version: number }> {
    const [row] = await this.connection.manager.query(
      `SELECT target_margin_bp AS "targetMarginBp", minimum_margin_bp AS "minimumMarginBp", version FROM pricing_policy`,
    );
    return row;
  }

  async updatePolicy(policy: PricingPolicy): Promise<PricingPolicy & { version: number }> {
    if (policy.minimumMarginBp > policy.targetMarginBp) {
      throw new BusinessRuleError(
        'MARGINS_INVERTED',
        'The minimum margin cannot be above the target margin.',
        [{ field: 'minimumMarginBp', message: 'must not exceed targetMarginBp' }],
      );
    }
    await this.connection.manager.query(
      `UPDATE pricing_policy SET target_margin_bp = $1, minimum_margin_bp = $2, version = version + 1, updated_at = now()`,
      [policy.targetMarginBp, policy.minimumMarginBp],
    );
    return this.policy();
  }

  async setPrice(skuId: string, input: NewPrice): Promise<SkuPrice> {
    const sku = await this.sku(skuId);
    const cost = await this.cost(skuId);
    const policy = await this.policy();
    const price = Money.of(input.amount, CURRENCY);
    const needsApproval = isBelowMargin(price, cost, policy);
    const actor = currentActor();
    if (needsApproval && actor?.kind !== 'user') throw new ApprovalNeedsAPersonError();
    const row = await this.prices.save(
      this.prices.create({
        skuId,
        channel: input.channel,
        amount: input.amount,
        currency: CURRENCY,
        effectiveFrom: input.effectiveFrom ?? new Date(),
        status: needsApproval ? 'pending_approval' : 'active',
        approvalRequestId: null,
        reason: input.reason ?? null,
        createdBy: actor?.kind === 'user' ? actor.id : null,
      }),
    );
    if (needsApproval) {
      const request = await this.approvals.request({
        subjectType: PRICE_SUBJECT,
        subjectId: row.id,
        title: `${sku.code} ${input.channel} price ${formatYuan(input.amount)} is below the minimum margin`,
        summary: `Cost ${cost ? formatYuan(cost.amount) : '—'}; minimum margin ${policy.minimumMarginBp / 100}%.${input.reason ? ` Reason: ${input.reason}` : ''}`,
        steps: [{ role: 'general-manager' }],
      });
      row.approvalRequestId = request.id;
      await this.prices.update({ id: row.id }, { approvalRequestId: request.id });
    } else {
      await this.announce(row);
    }
    return row;
  }

  /** The general manager decided a below-margin price: it takes effect now (or later, as asked) or never. */
  async applyApproval(priceId: string, outcome: 'approved' | 'rejected' | 'cancelled'): Promise<void> {
    const row = await this.prices.findOne({ where: { id: priceId }, lock: { mode: 'pessimistic_write' } });
    if (!row || row.status !== 'pending_approval') return; // already applied: the event came twice
    if (outcome === 'approved') {
      row.status = 'active';
      row.effectiveFrom = new Date(Math.max(row.effectiveFrom.getTime(), Date.now()));
      await this.prices.save(row);
      await this.announce(row);
    } else {
      row.status = 'rejected';
      await this.prices.save(row);
    }
  }

  /** Current active prices of the SKUs, per channel (one query for any number of SKUs). */
  async currentPrices(
    skuIds: string[],
    at: Date = new Date(),
  ): Promise<Map<string, Partial<Record<SalesChannel, SkuPrice>>>> {
    const result = new Map<string, Partial<Record<SalesChannel, SkuPrice>>>();
    if (skuIds.length === 0) return result;
    const rows = await this.prices
      .createQueryBuilder('p')
      .distinctOn(['p.sku_id', 'p.channel'])
      .where('p.sku_id IN (:...skuIds)', { skuIds })
      .andWhere(`p.status = 'active'`)
      .andWhere('p.effective_from <= :at', { at })
      .orderBy('p.sku_id')
      .addOrderBy('p.channel')
      .addOrderBy('p.effective_from', 'DESC')
      .addOrderBy('p.id', 'DESC')
      .getMany();
    for (const row of rows) result.set(row.skuId, { ...result.get(row.skuId), [row.channel]: row });
    return result;
  }

  history(skuId: string, query: PageQuery & { channel?: SalesChannel }): Promise<Page<SkuPrice>> {
    const qb = this.prices.createQueryBuilder('p').where('p.sku_id = :skuId', { skuId });
    if (query.channel) qb.andWhere('p.channel = :channel', { channel: query.channel });
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

  async cost(skuId: string): Promise<Money | undefined> {
    const row = await this.connection.getRepository(SkuCost).findOneBy({ skuId });
    return row ? Money.of(row.amount, row.currency) : undefined;
  }

  async costs(skuIds: string[]): Promise<Map<string, SkuCost>> {
    if (skuIds.length === 0) return new Map();
    const rows = await this.connection.getRepository(SkuCost).findBy({ skuId: In(skuIds) });
    return new Map(rows.map((row) => [row.skuId, row]));
  }

  /** Sets the cost by hand (opening balance, a correction); receipts move it through recordReceipt. */
  async setCost(skuId: string, amount: number, reason: string): Promise<SkuCost> {
    await this.sku(skuId);
    return this.writeCost(skuId, amount, null, { source: 'manual', sourceId: null, reason });
  }

  /**
   * A goods receipt: the new moving average is (cost × units on hand + unit cost × units received) ÷ (on hand
   * + received), rounded half to even. Idempotent per receipt line (`sourceId`).
   */
  async recordReceipt(input: {
    skuId: string;
    receiptLineId: string;
    receivedQuantity: number;
    unitCost: number;
    onHandBefore: number;
  }): Promise<SkuCost> {
    await this.sku(input.skuId);
    const [seen] = await this.connection.manager.query(
      `SELECT 1 FROM sku_cost_change WHERE source = 'receipt' AND source_id = $1`,
      [input.receiptLineId],
    );
    const existing = await this.connection
      .getRepository(SkuCost)
      .findOne({ where: { skuId: input.skuId }, lock: { mode: 'pessimistic_write' } });
    if (seen && existing) return existing;
    const onHand = Math.max(0, input.onHandBefore);
    const total = onHand + input.receivedQuantity;
    const previous = existing ? Money.of(existing.amount, CURRENCY) : undefined;
    const value = (previous ? previous.times(onHand) : Money.zero(CURRENCY)).plus(
      Money.of(input.unitCost, CURRENCY).times(input.receivedQuantity),
    );
    const average = total > 0 ? value.multiplyByRatio(1, total) : Money.of(input.unitCost, CURRENCY);
    return this.writeCost(input.skuId, average.amount, total, {
      source: 'receipt',
      sourceId: input.receiptLineId,
      receivedQuantity: input.receivedQuantity,
      unitCost: input.unitCost,
    });
  }

  async addCompetitorPrice(
    skuId: string,
    input: { competitor: string; url?: string; amount: number; observedAt?: Date },
  ): Promise<CompetitorPrice> {
    await this.sku(skuId);
    const repository = this.connection.getRepository(CompetitorPrice);
    const actor = currentActor();
    return repository.save(
      repository.create({
        skuId,
        competitor: input.competitor,
        url: input.url ?? null,
        amount: input.amount,
        currency: CURRENCY,
        observedAt: input.observedAt ?? new Date(),
        createdBy: actor?.kind === 'user' ? actor.id : null,
      }),
    );
  }

  competitorPrices(skuId: string, query: PageQuery): Promise<Page<CompetitorPrice>> {
    const qb = this.connection
      .getRepository(CompetitorPrice)
      .createQueryBuilder('c')
      .where('c.sku_id = :skuId', { skuId });
    return paginate(
      qb,
      { ...query, sort: '-createdAt' },
      {
        sorts: { createdAt: { column: 'c.id', value: (c) => c.id } },
        idColumn: 'c.id',
        idValue: (c) => c.id,
      },
    );
  }

  async suggestion(skuId: string): Promise<Suggestion> {
    await this.sku(skuId);
    const cost = await this.cost(skuId);
    const policy = await this.policy();
    const current = await this.currentPrices([skuId]);
    // The cheapest price any competitor showed in the last 30 days.
    const [competitor] = await this.connection.manager.query(
      `SELECT competitor, amount, observed_at FROM competitor_price
        WHERE sku_id = $1 AND observed_at > now() - interval '30 days' ORDER BY amount, observed_at DESC LIMIT 1`,
      [skuId],
    );
    const offline = current.get(skuId)?.offline;
    return suggestPrice(
      {
        cost,
        offlinePrice: offline ? Money.of(offline.amount, CURRENCY) : undefined,
        lowestCompetitor: competitor
          ? {
              amount: Money.of(Number(competitor.amount), CURRENCY),
              competitor: competitor.competitor,
              observedAt: competitor.observed_at,
            }
          : undefined,
      },
      policy,
    );
  }

  /** SKUs of the product that block listing: no current website price, or one below the margin. */
  async listingGaps(skus: Sku[]): Promise<{ withoutWebsitePrice: string[]; belowMargin: string[] }> {
    const ids = skus.map((sku) => sku.id);
    const current = await this.currentPrices(ids);
    const costs = await this.costs(ids);
    const policy = await this.policy();
    const withoutWebsitePrice: string[] = [];
    const belowMargin: string[] = [];
    for (const sku of skus) {
      const price = current.get(sku.id)?.website;
      if (!price) withoutWebsitePrice.push(sku.code);
      else if (!price.approvalRequestId) {
        const cost = costs.get(sku.id);
        if (cost && isBelowMargin(Money.of(price.amount, CURRENCY), Money.of(cost.amount, CURRENCY), policy))
          belowMargin.push(sku.code);
      }
    }
    return { withoutWebsitePrice, belowMargin };
  }

  private async writeCost(
    skuId: string,
    amount: number,
    quantityBasis: number | null,
    change: {
      source: string;
      sourceId: string | null;
      reason?: string;
      receivedQuantity?: number;
      unitCost?: number;
    },
  ): Promise<SkuCost> {
    const repository = this.connection.getRepository(SkuCost);
    const existing = await repository.findOneBy({ skuId });
    await this.connection.manager.query(
      `INSERT INTO sku_cost_change (sku_id, amount, previous_amount, source, source_id, received_quantity, unit_cost)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        skuId,
        amount,
        existing?.amount ?? null,
        change.source,
        change.sourceId,
        change.receivedQuantity ?? null,
        change.unitCost ?? null,
      ],
    );
    return repository.save(
      repository.create({
        skuId,
        amount,
        currency: CURRENCY,
        quantityBasis: quantityBasis ?? existing?.quantityBasis ?? 0,
      }),
    );
  }

  private async announce(price: SkuPrice): Promise<void> {
    await this.events.publish('PriceChanged', {
      skuId: price.skuId,
      channel: price.channel,
      amount: price.amount,
      currency: price.currency,
      effectiveFrom: price.effectiveFrom.toISOString(),
    });
  }

  private async sku(skuId: string): Promise<Sku> {
    const sku = await this.connection.getRepository(Sku).findOneBy({ id: skuId });
    if (!sku) throw new SkuNotFoundError(skuId);
    return sku;
  }
}

function formatYuan(fen: number): string {
  return yuan(Money.of(fen, CURRENCY));
}
