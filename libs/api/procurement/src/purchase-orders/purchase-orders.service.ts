import { Injectable } from '@nestjs/common';
import {
  assertVersionMatches,
  currentActor,
  DocumentNumbers,
  Money,
  Page,
  paginate,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { ApprovalsService } from '@zhanggui/api-approvals';
import { DocumentHistory } from '../history/document-history';
import { yuan } from '../shared/yuan';
import { ProcurementPolicyService } from '../policy/procurement-policy';
import { SuppliersService } from '../suppliers/suppliers.service';
import type {
  CreatePurchaseOrderDto,
  ListPurchaseOrdersQuery,
  PurchaseOrderLineInput,
  UpdatePurchaseOrderDto,
} from './dto/purchase-order.dto';
import { PurchaseOrderLine } from './purchase-order-line.entity';
import { ProcurementReferences } from './purchase-order-references';
import {
  isEditable,
  nextPurchaseOrderStatus,
  PurchaseOrderAction,
  PurchaseOrderTransitionError,
} from './purchase-order-states';
import { PurchaseOrder } from './purchase-order.entity';
import {
  PurchaseOrderApprovalNeedsAPersonError,
  PurchaseOrderNotEditableError,
  PurchaseOrderNotFoundError,
  PurchaseOrderTransitionNotAllowedError,
} from './purchase-order.errors';

export const CURRENCY = 'CNY';
export const PURCHASE_ORDER_SUBJECT = 'purchase_order';

export interface PurchaseOrderDetail {
  order: PurchaseOrder;
  lines: PurchaseOrderLine[];
}

/**
 * Purchase orders from draft to closed. Every status change goes through nextPurchaseOrderStatus; above the
 * approval threshold a submitted order waits for the general manager (PurchaseOrderApprovalOutcomes applies
 * the decision). Receipts move orders through applyReceipt, called by GoodsReceiptsService.
 */
@Injectable()
export class PurchaseOrdersService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly numbers: DocumentNumbers,
    private readonly suppliers: SuppliersService,
    private readonly references: ProcurementReferences,
    private readonly approvals: ApprovalsService,
    private readonly policy: ProcurementPolicyService,
    private readonly history: DocumentHistory,
  ) {}

  private get orders() {
    return this.connection.getRepository(PurchaseOrder);
  }

  private get lineRepository() {
    return this.connection.getRepository(PurchaseOrderLine);
  }

  list(query: ListPurchaseOrdersQuery): Promise<Page<PurchaseOrder>> {
    const qb = this.orders.createQueryBuilder('po');
    if (query.status) qb.andWhere('po.status = :status', { status: query.status });
    if (query.supplierId) qb.andWhere('po.supplier_id = :supplierId', { supplierId: query.supplierId });
    return paginate(
      qb,
      { ...query, sort: query.sort ?? '-createdAt' },
      {
        sorts: {
          createdAt: { column: 'po.id', value: (po) => po.id },
          number: { column: 'po.number', value: (po) => po.number },
        },
        idColumn: 'po.id',
        idValue: (po) => po.id,
      },
    );
  }

  async get(id: string): Promise<PurchaseOrderDetail> {
    const order = await this.orders.findOneBy({ id });
    if (!order) throw new PurchaseOrderNotFoundError(id);
    return { order, lines: await this.lines(id) };
  }

  lines(purchaseOrderId: string): Promise<PurchaseOrderLine[]> {
    return this.lineRepository.find({ where: { purchaseOrderId }, order: { lineNo: 'ASC' } });
  }

  /** Locks the order row for a change (of two concurrent changes, the second waits and sees the first). */
  async lock(id: string): Promise<PurchaseOrder> {
    const order = await this.orders.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!order) throw new PurchaseOrderNotFoundError(id);
    return order;
  }

  async create(
    input: CreatePurchaseOrderDto,
    source?: { type: 'tender' | 'purchase_list'; id: string },
  ): Promise<PurchaseOrderDetail> {
    await this.suppliers.active(input.supplierId);
    await this.references.warehouse(input.warehouseId);
    await this.references.skus(input.lines, 'lines');
    const actor = currentActor();
    const order = await this.orders.save(
      this.orders.create({
        number: await this.numbers.next('PO'),
        supplierId: input.supplierId,
        warehouseId: input.warehouseId,
        status: 'draft',
        currency: CURRENCY,
        totalAmount: totalOf(input.lines),
        expectedDate: input.expectedDate ?? null,
        note: input.note ?? null,
        approvalRequestId: null,
        sourceType: source?.type ?? null,
        sourceId: source?.id ?? null,
        createdBy: actor?.kind === 'user' ? actor.id : null,
      }),
    );
    const lines = await this.saveLines(order.id, input.lines);
    await this.history.record('purchase_order', order.id, {
      action: 'created',
      to: 'draft',
      note: source ? `from ${source.type.replace('_', ' ')} ${source.id}` : null,
    });
    return { order, lines };
  }

  async update(
    id: string,
    changes: UpdatePurchaseOrderDto,
    expected?: number[],
  ): Promise<PurchaseOrderDetail> {
    const order = await this.lock(id);
    assertVersionMatches('purchase order', expected, order.version);
    if (!isEditable(order.status)) throw new PurchaseOrderNotEditableError(order.number, order.status);
    if (changes.supplierId !== undefined && changes.supplierId !== order.supplierId) {
      await this.suppliers.active(changes.supplierId);
      order.supplierId = changes.supplierId;
    }
    if (changes.warehouseId !== undefined && changes.warehouseId !== order.warehouseId) {
      await this.references.warehouse(changes.warehouseId);
      order.warehouseId = changes.warehouseId;
    }
    if (changes.expectedDate !== undefined) order.expectedDate = changes.expectedDate;
    if (changes.note !== undefined) order.note = changes.note;
    if (changes.lines) {
      await this.references.skus(changes.lines, 'lines');
      await this.lineRepository.delete({ purchaseOrderId: id });
      await this.saveLines(id, changes.lines);
      order.totalAmount = totalOf(changes.lines);
    }
    await this.orders.save(order);
    return this.get(id);
  }

  /** Above the threshold the general manager approves; at or below it the order is approved at once. */
  async submit(id: string, expected?: number[]): Promise<PurchaseOrderDetail> {
    const order = await this.lock(id);
    assertVersionMatches('purchase order', expected, order.version);
    const { poApprovalThreshold } = await this.policy.current();
    const needsApproval = order.totalAmount > poApprovalThreshold;
    const from = order.status;
    order.status = this.next(order, { type: 'submit', needsApproval });
    order.submittedAt = new Date();
    if (needsApproval) {
      if (currentActor()?.kind !== 'user') throw new PurchaseOrderApprovalNeedsAPersonError(order.number);
      const supplier = await this.suppliers.get(order.supplierId);
      const request = await this.approvals.request({
        subjectType: PURCHASE_ORDER_SUBJECT,
        subjectId: order.id,
        title: `${order.number} ${supplier.name} ¥${yuan(order.totalAmount)}`,
        summary: `Above the approval threshold of ¥${yuan(poApprovalThreshold)}.${order.note ? ` ${order.note}` : ''}`,
        steps: [{ role: 'general-manager' }],
      });
      order.approvalRequestId = request.id;
    } else {
      order.approvedAt = new Date();
    }
    await this.orders.save(order);
    await this.history.record('purchase_order', id, {
      action: 'submitted',
      from,
      to: order.status,
      note: needsApproval
        ? `above ¥${yuan(poApprovalThreshold)}: waiting for the general manager`
        : `within ¥${yuan(poApprovalThreshold)}: approved at once`,
    });
    return this.get(id);
  }

  /** The general manager decided. Applied once: a repeated event finds the order no longer pending. */
  async applyApproval(id: string, outcome: 'approved' | 'rejected' | 'cancelled'): Promise<void> {
    const order = await this.orders.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    if (!order || order.status !== 'pending_approval') return;
    const from = order.status;
    order.status = nextPurchaseOrderStatus(from, { type: outcome === 'approved' ? 'approve' : 'reject' });
    if (outcome === 'approved') order.approvedAt = new Date();
    else order.approvalRequestId = null;
    await this.orders.save(order);
    await this.history.record('purchase_order', id, {
      action:
        outcome === 'approved' ? 'approved' : outcome === 'rejected' ? 'rejected' : 'approval_withdrawn',
      from,
      to: order.status,
      note: outcome === 'approved' ? 'by the general manager' : 'back to draft',
    });
  }

  async send(id: string, expected?: number[]): Promise<PurchaseOrderDetail> {
    return this.move(id, expected, { type: 'send' }, 'sent', (order) => (order.sentAt = new Date()));
  }

  /** Closes a received order, or a partially received one short (the rest will not come). */
  async close(id: string, expected?: number[]): Promise<PurchaseOrderDetail> {
    return this.move(id, expected, { type: 'close' }, 'closed', (order) => (order.closedAt = new Date()));
  }

  async cancel(id: string, reason: string | undefined, expected?: number[]): Promise<PurchaseOrderDetail> {
    return this.move(
      id,
      expected,
      { type: 'cancel' },
      'cancelled',
      (order) => {
        order.cancelledAt = new Date();
        order.cancelReason = reason ?? null;
      },
      reason,
    );
  }

  /** Goods may arrive only against a sent (or partly received) order: refused before any stock moves. */
  assertCanReceive(order: PurchaseOrder): void {
    this.next(order, { type: 'receive', complete: false });
  }

  /**
   * Records units received on lines of a locked order and moves its status (partially received or
   * received). Called inside the receipt's transaction.
   */
  async applyReceipt(
    order: PurchaseOrder,
    lines: PurchaseOrderLine[],
    received: Map<string, number>,
    receiptNumber: string,
  ): Promise<void> {
    for (const line of lines) {
      const quantity = received.get(line.id);
      if (!quantity) continue;
      line.receivedQuantity += quantity;
      await this.lineRepository.update({ id: line.id }, { receivedQuantity: line.receivedQuantity });
    }
    const complete = lines.every((line) => line.receivedQuantity >= line.quantity);
    const from = order.status;
    order.status = this.next(order, { type: 'receive', complete });
    if (complete) order.receivedAt = new Date();
    await this.orders.save(order);
    await this.history.record('purchase_order', order.id, {
      action: 'goods_received',
      from,
      to: order.status,
      note: receiptNumber,
    });
  }

  /** Units ordered but not yet received on open orders, per SKU (stock in transit from suppliers). */
  async openQuantities(skuIds: string[], warehouseIds?: string[]): Promise<Map<string, number>> {
    if (skuIds.length === 0 || warehouseIds?.length === 0) return new Map();
    const rows: Array<{ skuId: string; open: number }> = await this.connection.manager.query(
      `SELECT l.sku_id AS "skuId", sum(l.quantity - l.received_quantity)::int AS open
         FROM purchase_order_line l JOIN purchase_order po ON po.id = l.purchase_order_id
        WHERE l.sku_id = ANY($1) AND po.status IN ('pending_approval', 'approved', 'sent', 'partially_received')
          AND ($2::uuid[] IS NULL OR po.warehouse_id = ANY($2))
        GROUP BY l.sku_id`,
      [skuIds, warehouseIds ?? null],
    );
    return new Map(rows.map((row) => [row.skuId, row.open]));
  }

  /** The supplier and price each SKU was last ordered from (an awarded tender becomes such an order too). */
  async lastOrdered(skuIds: string[]): Promise<Map<string, { supplierId: string; unitPrice: number }>> {
    if (skuIds.length === 0) return new Map();
    const rows: Array<{ skuId: string; supplierId: string; unitPrice: string }> =
      await this.connection.manager.query(
        `SELECT DISTINCT ON (l.sku_id) l.sku_id AS "skuId", po.supplier_id AS "supplierId", l.unit_price AS "unitPrice"
           FROM purchase_order_line l JOIN purchase_order po ON po.id = l.purchase_order_id
          WHERE l.sku_id = ANY($1) AND po.status <> 'cancelled'
          ORDER BY l.sku_id, po.id DESC`,
        [skuIds],
      );
    return new Map(
      rows.map((row) => [row.skuId, { supplierId: row.supplierId, unitPrice: Number(row.unitPrice) }]),
    );
  }

  async supplierNames(supplierIds: string[]): Promise<Map<string, string>> {
    if (supplierIds.length === 0) return new Map();
    const rows: Array<{ id: string; name: string }> = await this.connection.manager.query(
      `SELECT id, name FROM supplier WHERE id = ANY($1)`,
      [[...new Set(supplierIds)]],
    );
    return new Map(rows.map((row) => [row.id, row.name]));
  }

  private async move(
    id: string,
    expected: number[] | undefined,
    action: PurchaseOrderAction,
    verb: string,
    stamp: (order: PurchaseOrder) => void,
    note?: string,
  ): Promise<PurchaseOrderDetail> {
    const order = await this.lock(id);
    assertVersionMatches('purchase order', expected, order.version);
    const from = order.status;
    order.status = this.next(order, action);
    stamp(order);
    await this.orders.save(order);
    await this.history.record('purchase_order', id, { action: verb, from, to: order.status, note });
    return this.get(id);
  }

  private next(order: PurchaseOrder, action: PurchaseOrderAction) {
    try {
      return nextPurchaseOrderStatus(order.status, action);
    } catch (error) {
      if (error instanceof PurchaseOrderTransitionError)
        throw new PurchaseOrderTransitionNotAllowedError(order.number, error.message);
      throw error;
    }
  }

  private saveLines(purchaseOrderId: string, lines: PurchaseOrderLineInput[]): Promise<PurchaseOrderLine[]> {
    return this.lineRepository.save(
      lines.map((line, index) =>
        this.lineRepository.create({
          purchaseOrderId,
          lineNo: index + 1,
          skuId: line.skuId,
          quantity: line.quantity,
          unitPrice: line.unitPrice,
          receivedQuantity: 0,
        }),
      ),
    );
  }
}

function totalOf(lines: PurchaseOrderLineInput[]): number {
  return Money.sum(
    lines.map((line) => Money.of(line.unitPrice, CURRENCY).times(line.quantity)),
    CURRENCY,
  ).amount;
}
