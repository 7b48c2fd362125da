import { Injectable } from '@nestjs/common';
import {
  assertVersionMatches,
  currentActor,
  DocumentNumbers,
  Page,
  paginate,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { DocumentHistory } from '../history/document-history';
import { ProcurementReferences } from '../purchase-orders/purchase-order-references';
import { PurchaseOrdersService } from '../purchase-orders/purchase-orders.service';
import { addDays, businessDay } from '../shared/business-day';
import { SuppliersService } from '../suppliers/suppliers.service';
import type { AwardTenderDto, CreateTenderDto, ListTendersQuery, UpdateTenderDto } from './dto/tender.dto';
import { ProcurementClock } from './procurement-clock';
import { TenderInvitation } from './tender-invitation.entity';
import { TenderItem } from './tender-item.entity';
import { TenderQuote } from './tender-quote.entity';
import { AwardRuleError, chooseAward, isSealed } from './tender-rules';
import { Tender } from './tender.entity';
import {
  AwardRefusedError,
  ClosingTimeInvalidError,
  TenderClosedError,
  TenderNotFoundError,
  TenderNotOpenError,
  TenderSealedError,
} from './tender.errors';
import { TenderQuotesService } from './tender-quotes.service';

export interface TenderDetail {
  tender: Tender;
  items: TenderItem[];
  supplierIds: string[];
  quotes: Array<{ quote: TenderQuote; attachmentCount: number }>;
  sealed: boolean;
}

/** A tender as its list shows it: the row and how much it holds. */
export interface TenderOverview {
  tender: Tender;
  sealed: boolean;
  itemCount: number;
  invitedCount: number;
  quoteCount: number;
}

/** Tenders (招标) from invitation to award; quotes themselves are TenderQuotesService's. */
@Injectable()
export class TendersService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly numbers: DocumentNumbers,
    private readonly suppliers: SuppliersService,
    private readonly references: ProcurementReferences,
    private readonly orders: PurchaseOrdersService,
    private readonly quotes: TenderQuotesService,
    private readonly history: DocumentHistory,
    private readonly clock: ProcurementClock,
  ) {}

  private get tenders() {
    return this.connection.getRepository(Tender);
  }

  list(query: ListTendersQuery): Promise<Page<Tender>> {
    const qb = this.tenders.createQueryBuilder('t');
    if (query.status) qb.andWhere('t.status = :status', { status: query.status });
    return paginate(
      qb,
      { ...query, sort: query.sort ?? '-createdAt' },
      {
        sorts: {
          createdAt: { column: 't.id', value: (t) => t.id },
          closesAt: { column: 't.closes_at', value: (t) => t.closesAt.toISOString() },
        },
        idColumn: 't.id',
        idValue: (t) => t.id,
      },
    );
  }

  /** Counts for a page of tenders in two queries, however many tenders the page holds. */
  async overviews(tenders: Tender[]): Promise<TenderOverview[]> {
    const ids = tenders.map((tender) => tender.id);
    const rows: Array<{ tenderId: string; what: 'items' | 'invited'; n: number }> = ids.length
      ? await this.connection.manager.query(
          `SELECT tender_id AS "tenderId", 'items' AS what, count(*)::int AS n
             FROM tender_item WHERE tender_id = ANY($1) GROUP BY tender_id
           UNION ALL
           SELECT tender_id, 'invited', count(*)::int
             FROM tender_invitation WHERE tender_id = ANY($1) GROUP BY tender_id`,
          [ids],
        )
      : [];
    const quotes = await this.quotes.countsByTender(ids);
    const counts = new Map(rows.map((row) => [`${row.what}:${row.tenderId}`, row.n]));
    const now = this.clock.now();
    return tenders.map((tender) => ({
      tender,
      sealed: isSealed(tender.closesAt, now),
      itemCount: counts.get(`items:${tender.id}`) ?? 0,
      invitedCount: counts.get(`invited:${tender.id}`) ?? 0,
      quoteCount: quotes.get(tender.id) ?? 0,
    }));
  }

  async get(id: string): Promise<TenderDetail> {
    const tender = await this.find(id);
    const items = await this.connection
      .getRepository(TenderItem)
      .find({ where: { tenderId: id }, order: { lineNo: 'ASC' } });
    const invitations = await this.connection.getRepository(TenderInvitation).findBy({ tenderId: id });
    return {
      tender,
      items,
      supplierIds: invitations.map((invitation) => invitation.supplierId),
      quotes: await this.quotes.received(id),
      sealed: isSealed(tender.closesAt, this.clock.now()),
    };
  }

  async create(input: CreateTenderDto): Promise<TenderDetail> {
    if (!isSealed(input.closesAt, this.clock.now())) throw new ClosingTimeInvalidError();
    await this.references.warehouse(input.warehouseId);
    await this.references.skus(input.items, 'items');
    const supplierIds = [...new Set(input.supplierIds)];
    for (const [index, supplierId] of supplierIds.entries())
      await this.suppliers.active(supplierId, `supplierIds.${index}`);
    const actor = currentActor();
    const tender = await this.tenders.save(
      this.tenders.create({
        number: await this.numbers.next('RFQ'),
        title: input.title,
        warehouseId: input.warehouseId,
        closesAt: input.closesAt,
        maxLeadTimeDays: input.maxLeadTimeDays ?? null,
        status: 'open',
        awardedQuoteId: null,
        awardReason: null,
        purchaseOrderId: null,
        createdBy: actor?.kind === 'user' ? actor.id : null,
      }),
    );
    const items = this.connection.getRepository(TenderItem);
    await items.save(
      input.items.map((item, index) =>
        items.create({ tenderId: tender.id, lineNo: index + 1, skuId: item.skuId, quantity: item.quantity }),
      ),
    );
    const invitations = this.connection.getRepository(TenderInvitation);
    await invitations.save(
      supplierIds.map((supplierId) => invitations.create({ tenderId: tender.id, supplierId })),
    );
    await this.history.record('tender', tender.id, {
      action: 'invited',
      to: 'open',
      note: `${supplierIds.length} suppliers, closing ${input.closesAt.toISOString()}`,
    });
    return this.get(tender.id);
  }

  /** Title, lead-time limit or a later closing time, while the tender is still taking quotes. */
  async update(id: string, changes: UpdateTenderDto, expected?: number[]): Promise<TenderDetail> {
    const tender = await this.lockOpen(id, expected);
    if (!isSealed(tender.closesAt, this.clock.now()))
      throw new TenderClosedError(tender.number, tender.closesAt);
    if (changes.closesAt !== undefined) {
      // Bringing the closing forward could unseal offers suppliers made expecting the announced time.
      if (changes.closesAt.getTime() < tender.closesAt.getTime()) throw new ClosingTimeInvalidError();
      tender.closesAt = changes.closesAt;
    }
    if (changes.title !== undefined) tender.title = changes.title;
    if (changes.maxLeadTimeDays !== undefined) tender.maxLeadTimeDays = changes.maxLeadTimeDays;
    await this.tenders.save(tender);
    return this.get(id);
  }

  async cancel(id: string, expected?: number[]): Promise<TenderDetail> {
    const tender = await this.lockOpen(id, expected);
    tender.status = 'cancelled';
    await this.tenders.save(tender);
    await this.history.record('tender', id, { action: 'cancelled', from: 'open', to: 'cancelled' });
    return this.get(id);
  }

  /**
   * After the closing time: the lowest compliant quote wins unless another is chosen with a reason; the
   * award becomes a draft purchase order to the winner at the quoted prices.
   */
  async award(id: string, input: AwardTenderDto, expected?: number[]): Promise<TenderDetail> {
    const tender = await this.lockOpen(id, expected);
    const now = this.clock.now();
    if (isSealed(tender.closesAt, now)) throw new TenderSealedError(tender.number, tender.closesAt);
    const { ranked, quotes, items } = await this.quotes.ranking(tender);
    let chosen;
    try {
      chosen = chooseAward(ranked, input);
    } catch (error) {
      if (!(error instanceof AwardRuleError)) throw error;
      const field = error.kind === 'reason-required' ? 'reason' : 'quoteId';
      const code = {
        'no-compliant-quote': 'NO_COMPLIANT_QUOTE',
        'unknown-quote': 'TENDER_QUOTE_UNKNOWN',
        'reason-required': 'AWARD_REASON_REQUIRED',
        'not-compliant': 'AWARD_REASON_REQUIRED',
      }[error.kind];
      throw new AwardRefusedError(code, error.message, field);
    }
    const quote = quotes.find((q) => q.quote.id === chosen.quote.quoteId)!;
    const order = await this.orders.create(
      {
        supplierId: quote.quote.supplierId,
        warehouseId: tender.warehouseId,
        lines: items
          .filter((item) => quote.prices.has(item.id))
          .map((item) => ({
            skuId: item.skuId,
            quantity: item.quantity,
            unitPrice: quote.prices.get(item.id)!,
          })),
        expectedDate: input.expectedDate ?? addDays(businessDay(now), quote.quote.leadTimeDays),
        note: `${tender.number} ${tender.title}`,
      },
      { type: 'tender', id: tender.id },
    );
    tender.status = 'awarded';
    tender.awardedQuoteId = quote.quote.id;
    tender.awardReason = chosen.isLowest ? (input.reason ?? null) : input.reason!;
    tender.purchaseOrderId = order.order.id;
    await this.tenders.save(tender);
    await this.history.record('tender', id, {
      action: 'awarded',
      from: 'open',
      to: 'awarded',
      note: `${chosen.isLowest ? 'lowest compliant quote' : `not the lowest: ${input.reason}`}; ${order.order.number}`,
    });
    return this.get(id);
  }

  viewStatus(tender: Tender): 'open' | 'closed' | 'awarded' | 'cancelled' {
    if (tender.status === 'open' && !isSealed(tender.closesAt, this.clock.now())) return 'closed';
    return tender.status;
  }

  async find(id: string): Promise<Tender> {
    const tender = await this.tenders.findOneBy({ id });
    if (!tender) throw new TenderNotFoundError(id);
    return tender;
  }

  private async lockOpen(id: string, expected?: number[]): Promise<Tender> {
    const tender = await this.tenders.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!tender) throw new TenderNotFoundError(id);
    assertVersionMatches('tender', expected, tender.version);
    if (tender.status !== 'open') throw new TenderNotOpenError(tender.number, tender.status);
    return tender;
  }
}
