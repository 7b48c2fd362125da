import { Injectable } from '@nestjs/common';
import { In } from 'typeorm';
import {
  currentActor,
  DocumentNumbers,
  EventBus,
  Money,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { PricesService } from '@zhanggui/api-catalog';
import { StockService } from '@zhanggui/api-inventory';
import { GOODS_RECEIVED, GoodsReceivedPayload } from '../procurement.events';
import { CURRENCY, PurchaseOrdersService } from '../purchase-orders/purchase-orders.service';
import type { CreateGoodsReceiptDto } from './dto/goods-receipt.dto';
import { GoodsReceiptLine } from './goods-receipt-line.entity';
import { receiptProblems } from './goods-receipt-rules';
import { GoodsReceipt } from './goods-receipt.entity';
import { GoodsReceiptNotFoundError, ReceiptRefusedError } from './goods-receipt.errors';

export interface GoodsReceiptDetail {
  receipt: GoodsReceipt;
  lines: GoodsReceiptLine[];
}

/**
 * Goods arriving against a purchase order. One receipt is one transaction (the request's): stock goes up in
 * inventory, catalog's moving-average cost takes the order's price in, the order's lines and status move, and
 * GoodsReceived is written to the outbox — all of it commits, or none of it does.
 */
@Injectable()
export class GoodsReceiptsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly numbers: DocumentNumbers,
    private readonly orders: PurchaseOrdersService,
    private readonly stock: StockService,
    private readonly prices: PricesService,
    private readonly events: EventBus,
  ) {}

  private get receipts() {
    return this.connection.getRepository(GoodsReceipt);
  }

  private get receiptLines() {
    return this.connection.getRepository(GoodsReceiptLine);
  }

  async receive(purchaseOrderId: string, input: CreateGoodsReceiptDto): Promise<GoodsReceiptDetail> {
    return this.connection.withTransaction(async () => {
      const order = await this.orders.lock(purchaseOrderId);
      this.orders.assertCanReceive(order);
      const orderLines = await this.orders.lines(order.id);
      const problems = receiptProblems(orderLines, input.lines);
      if (problems.length > 0) throw new ReceiptRefusedError(order.number, problems);

      const actor = currentActor();
      const receipt = await this.receipts.save(
        this.receipts.create({
          number: await this.numbers.next('GR'),
          purchaseOrderId: order.id,
          warehouseId: order.warehouseId,
          note: input.note ?? null,
          receivedBy: actor?.kind === 'user' ? actor.id : null,
          receivedAt: new Date(),
        }),
      );
      const source = { type: 'goods-receipt', id: receipt.id, number: receipt.number };
      const byId = new Map(orderLines.map((line) => [line.id, line]));
      const lines: GoodsReceiptLine[] = [];
      for (const received of input.lines) {
        const orderLine = byId.get(received.purchaseOrderLineId)!;
        const line = await this.receiptLines.save(
          this.receiptLines.create({
            goodsReceiptId: receipt.id,
            purchaseOrderLineId: orderLine.id,
            skuId: orderLine.skuId,
            quantity: received.quantity,
            unitCost: orderLine.unitPrice,
          }),
        );
        const { companyOnHandBefore } = await this.stock.receive({
          skuId: orderLine.skuId,
          warehouseId: order.warehouseId,
          quantity: received.quantity,
          source,
          note: input.note,
        });
        // The average is company-wide: what was on hand in every warehouse before these units arrived.
        await this.prices.recordReceipt({
          skuId: orderLine.skuId,
          receiptLineId: line.id,
          receivedQuantity: received.quantity,
          unitCost: orderLine.unitPrice,
          onHandBefore: companyOnHandBefore,
        });
        lines.push(line);
      }
      await this.orders.applyReceipt(
        order,
        orderLines,
        new Map(input.lines.map((line) => [line.purchaseOrderLineId, line.quantity])),
        receipt.number,
      );
      await this.events.publish<GoodsReceivedPayload>(GOODS_RECEIVED, {
        receiptId: receipt.id,
        receiptNumber: receipt.number,
        purchaseOrderId: order.id,
        purchaseOrderNumber: order.number,
        supplierId: order.supplierId,
        warehouseId: order.warehouseId,
        totalAmount: Money.sum(
          lines.map((line) => Money.of(line.unitCost, CURRENCY).times(line.quantity)),
          CURRENCY,
        ).amount,
        currency: CURRENCY,
        lines: lines.map((line) => ({
          purchaseOrderLineId: line.purchaseOrderLineId,
          skuId: line.skuId,
          quantity: line.quantity,
          unitCost: line.unitCost,
        })),
      });
      return { receipt, lines };
    });
  }

  async get(id: string): Promise<GoodsReceiptDetail> {
    const receipt = await this.receipts.findOneBy({ id });
    if (!receipt) throw new GoodsReceiptNotFoundError(id);
    return {
      receipt,
      lines: await this.receiptLines.find({ where: { goodsReceiptId: id }, order: { id: 'ASC' } }),
    };
  }

  async ofOrder(purchaseOrderId: string): Promise<GoodsReceiptDetail[]> {
    await this.orders.get(purchaseOrderId);
    const receipts = await this.receipts.find({ where: { purchaseOrderId }, order: { id: 'ASC' } });
    // Every receipt's lines in one query, however many receipts the order has had.
    const lines = receipts.length
      ? await this.receiptLines.find({
          where: { goodsReceiptId: In(receipts.map((receipt) => receipt.id)) },
          order: { id: 'ASC' },
        })
      : [];
    return receipts.map((receipt) => ({
      receipt,
      lines: lines.filter((line) => line.goodsReceiptId === receipt.id),
    }));
  }
}
