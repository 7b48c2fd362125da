import { Injectable, Logger } from '@nestjs/common';
import { beijingDate, DemoData, TransactionalConnection } from '@zhanggui/api-platform';
import type { DemoDataSeeder, DomainEvent } from '@zhanggui/api-platform';
import type { PostingLine } from './ledger/journal-rules';
import { LedgerService } from './ledger/ledger.service';
import { BusinessPostingsSubscriber, CostOfSalesSubscriber } from './postings/business-postings.subscriber';

/** A month's ordinary bookkeeping besides the automatic postings: capital, rent, advertising, bank fees. */
const DEMO_ENTRIES: Array<[id: string, day: string, description: string, lines: PostingLine[]]> = [
  [
    'paid-in-capital',
    '01',
    '股东投入资本（演示数据）',
    [
      { accountCode: '1002', debit: 500_000_000 },
      { accountCode: '4001', credit: 500_000_000 },
    ],
  ],
  [
    'office-rent',
    '01',
    '支付本月办公室租金（演示数据）',
    [
      { accountCode: '6602', debit: 1_800_000, memo: '租金' },
      { accountCode: '1002', credit: 1_800_000 },
    ],
  ],
  [
    'advertising',
    '02',
    '支付搜索引擎推广费（演示数据）',
    [
      { accountCode: '6601', debit: 650_000, memo: '网络推广' },
      { accountCode: '1002', credit: 650_000 },
    ],
  ],
  [
    'bank-fee',
    '02',
    '银行手续费（演示数据）',
    [
      { accountCode: '6603', debit: 3_500, memo: '手续费' },
      { accountCode: '1002', credit: 3_500 },
    ],
  ],
];

interface OutboxRow {
  id: string;
  type: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
}

/**
 * The demo books: the owners' paid-in capital, then every money event the other domains' demo data produced,
 * replayed in order through the same subscribers (idempotent: events already delivered post nothing new).
 */
@Injectable()
@DemoData({ order: 90 })
export class FinanceDemoData implements DemoDataSeeder {
  private readonly logger = new Logger('FinanceDemoData');

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly ledger: LedgerService,
    private readonly postings: BusinessPostingsSubscriber,
    private readonly costOfSales: CostOfSalesSubscriber,
  ) {}

  async seed(): Promise<string | void> {
    const month = beijingDate(new Date()).slice(0, 7);
    let created = 0;
    for (const [id, day, description, lines] of DEMO_ENTRIES) {
      const result = await this.ledger.post({
        source: { type: 'demo', id, number: null, purpose: 'demo' },
        date: `${month}-${day}`,
        description,
        lines,
      });
      if (result.created) created++;
    }
    // Seeded before: since then the subscribers have booked every event as it came.
    if (created === 0) return;
    const events: OutboxRow[] = await this.connection.manager.query(
      `SELECT id, type, payload, occurred_at FROM outbox_event
        WHERE type = ANY($1) ORDER BY occurred_at, id`,
      [
        [
          'OrderConfirmed',
          'OrderDelivered',
          'OrderCancelled',
          'CodCollected',
          'CodRemittanceConfirmed',
          'RefundIssued',
          'ReturnReceived',
          'GoodsReceived',
          'SupplierInvoiceMatched',
          'StockMoved',
        ],
      ],
    );
    let posted = 0;
    for (const row of events) {
      const event: DomainEvent = {
        id: row.id,
        type: row.type,
        payload: row.payload,
        occurredAt: row.occurred_at,
        actorKind: 'system',
        actorId: null,
        requestId: null,
      };
      try {
        await this.connection.withTransaction(async () => {
          await this.postings.handle(event);
          if (row.type === 'OrderDelivered') await this.costOfSales.handle(event);
        });
        posted++;
      } catch (error) {
        this.logger.warn(`Replaying ${row.type} ${row.id} posted nothing: ${(error as Error).message}`);
      }
    }
    return `ledger: ${created} demo entries, ${posted} of ${events.length} money events replayed`;
  }
}
