import { Injectable, Logger } from '@nestjs/common';
import { PricesService } from '@zhanggui/api-catalog';
import { STOCK_MOVED } from '@zhanggui/api-inventory';
import type { StockMovedPayload } from '@zhanggui/api-inventory';
import {
  COD_COLLECTED,
  COD_REMITTANCE_CONFIRMED,
  ORDER_CANCELLED,
  ORDER_CONFIRMED,
  ORDER_DELIVERED,
  REFUND_ISSUED,
  RETURN_RECEIVED,
} from '@zhanggui/api-orders';
import type {
  CodCollectedPayload,
  CodRemittanceConfirmedPayload,
  OrderCancelledPayload,
  OrderEventPayload,
  RefundIssuedPayload,
  ReturnReceivedPayload,
} from '@zhanggui/api-orders';
import { GOODS_RECEIVED, SUPPLIER_INVOICE_MATCHED } from '@zhanggui/api-procurement';
import type { GoodsReceivedPayload, SupplierInvoiceMatchedPayload } from '@zhanggui/api-procurement';
import { beijingDate, OnEvent } from '@zhanggui/api-platform';
import type { DomainEvent, EventSubscriber } from '@zhanggui/api-platform';
import type { PostingRequest } from '../ledger/journal-rules';
import { LedgerService } from '../ledger/ledger.service';
import * as rules from './posting-rules';

/** Thrown while the goods issue an order's cost of sales depends on has not been posted yet: the job retries. */
export class GoodsIssueNotPostedError extends Error {
  constructor(orderNumber: string) {
    super(`The goods issue of order ${orderNumber} is not posted yet; retrying`);
  }
}

/**
 * Books the money events of orders and procurement through the one posting service. Each event maps to its
 * rule in posting-rules.ts; the posting is keyed by the source document, so a redelivered event changes
 * nothing. Runs in the event's delivery transaction.
 */
@Injectable()
@OnEvent({
  types: [
    ORDER_CONFIRMED,
    ORDER_DELIVERED,
    ORDER_CANCELLED,
    COD_COLLECTED,
    COD_REMITTANCE_CONFIRMED,
    REFUND_ISSUED,
    RETURN_RECEIVED,
    GOODS_RECEIVED,
    SUPPLIER_INVOICE_MATCHED,
    STOCK_MOVED,
  ],
})
export class BusinessPostingsSubscriber implements EventSubscriber {
  constructor(
    private readonly ledger: LedgerService,
    private readonly prices: PricesService,
  ) {}

  async handle(event: DomainEvent): Promise<void> {
    const date = beijingDate(event.occurredAt);
    const payload = event.payload;
    switch (event.type) {
      case ORDER_CONFIRMED:
        return this.post(rules.prepaymentReceived(payload as OrderEventPayload, date));
      case ORDER_DELIVERED:
        return this.post(rules.salesRevenue(payload as OrderEventPayload, date));
      case ORDER_CANCELLED:
        return this.post(rules.cancelledPrepayment(payload as OrderCancelledPayload, date));
      case COD_COLLECTED:
        return this.post(rules.codCollected(payload as CodCollectedPayload));
      case COD_REMITTANCE_CONFIRMED:
        return this.post(rules.codRemitted(payload as CodRemittanceConfirmedPayload));
      case REFUND_ISSUED:
        return this.post(rules.refundIssued(payload as RefundIssuedPayload, date));
      case RETURN_RECEIVED: {
        const ret = payload as ReturnReceivedPayload;
        if (ret.kind !== 'return') return; // an exchange sends goods back out: no sale is undone
        return this.post(rules.returnedToStock(ret, await this.costOf(ret.lines), date));
      }
      case GOODS_RECEIVED:
        return this.post(rules.goodsReceived(payload as GoodsReceivedPayload, date));
      case SUPPLIER_INVOICE_MATCHED:
        return this.post(rules.supplierInvoiceMatched(payload as SupplierInvoiceMatchedPayload));
      case STOCK_MOVED: {
        const moved = payload as StockMovedPayload;
        if (moved.source.type !== 'order') return;
        const shipped = moved.movements
          .filter((movement) => movement.kind === 'shipment')
          .map((movement) => ({ skuId: movement.skuId, quantity: -movement.onHandDelta }));
        if (shipped.length === 0) return;
        return this.post(
          rules.goodsShipped(
            { orderId: moved.source.id, orderNumber: moved.source.number },
            await this.costOf(shipped),
            date,
          ),
        );
      }
    }
  }

  /** Units × the SKU's current moving-average cost (the catalog's; inventory movements carry no cost). */
  private async costOf(lines: Array<{ skuId: string; quantity: number }>): Promise<number> {
    const costs = await this.prices.costs([...new Set(lines.map((line) => line.skuId))]);
    return lines.reduce((sum, line) => sum + (costs.get(line.skuId)?.amount ?? 0) * line.quantity, 0);
  }

  private async post(request: PostingRequest | null): Promise<void> {
    if (request) await this.ledger.post(request);
  }
}

/**
 * Cost of sales on delivery, on a queue of its own: it waits (by retrying) for the goods issue that shipping
 * posted from StockMoved, and that wait must not hold up the other postings.
 */
@Injectable()
@OnEvent({ types: [ORDER_DELIVERED] })
export class CostOfSalesSubscriber implements EventSubscriber {
  private readonly logger = new Logger('CostOfSalesPostings');

  constructor(private readonly ledger: LedgerService) {}

  async handle(event: DomainEvent): Promise<void> {
    const order = event.payload as OrderEventPayload;
    const date = beijingDate(event.occurredAt);
    const issue = await this.ledger.findBySource({
      type: 'order',
      id: order.orderId,
      purpose: 'goods-issue',
    });
    if (!issue) {
      // Shipping posts the goods issue from StockMoved; an order whose SKUs have no cost posts none at all.
      this.logger.warn(`No goods issue for order ${order.orderNumber} yet`);
      throw new GoodsIssueNotPostedError(order.orderNumber);
    }
    const { lines } = await this.ledger.detail(issue.id);
    const shippedCost = lines.reduce((sum, line) => sum + line.debit, 0);
    const cost = rules.costOfSales(order, shippedCost, date);
    if (cost) await this.ledger.post(cost);
  }
}
