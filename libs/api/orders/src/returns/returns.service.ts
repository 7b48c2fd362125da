import { Injectable } from '@nestjs/common';
import { StockService } from '@zhanggui/api-inventory';
import {
  applyDataScope,
  currentActor,
  DocumentNumbers,
  EventBus,
  FieldProblem,
  Page,
  paginate,
  TransactionalConnection,
  WHOLE_COMPANY,
} from '@zhanggui/api-platform';
import { OrderLine } from '../orders/order-line.entity';
import { OrderStore } from '../orders/order-store';
import { OrderTimeline } from '../orders/order-timeline';
import { AfterSalesSettings } from '../settings/after-sales-settings.service';
import type {
  CreateReturnDto,
  ExchangeReturnDto,
  InspectReturnDto,
  ListReturnsQuery,
} from './dto/return.dto';
import type { ReturnLine } from './return-line.entity';
import type { ReturnRequest } from './return-request.entity';
import { ReturnStore } from './return-store';
import {
  ReturnInspectionIncompleteError,
  ReturnLinesInvalidError,
  ReturnOrderNotDeliveredError,
  ReturnWindowClosedError,
} from './returns.errors';
import { RETURN_RECEIVED, ReturnReceivedPayload } from './returns.events';

/**
 * Returns and exchanges (售后): opened for delivered orders within the return window, for at most the units
 * delivered less those already in other (not rejected) returns — the order row is locked while checking, so
 * two requests for the same units cannot both pass. Inspection restocks or scraps each line; an exchange
 * ships the same SKUs again from the order's warehouse. Refunds: RefundsService.
 */
@Injectable()
export class ReturnsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly store: ReturnStore,
    private readonly orders: OrderStore,
    private readonly orderTimeline: OrderTimeline,
    private readonly settings: AfterSalesSettings,
    private readonly stock: StockService,
    private readonly numbers: DocumentNumbers,
    private readonly events: EventBus,
  ) {}

  async create(input: CreateReturnDto, now = new Date()): Promise<ReturnRequest> {
    const order = await this.orders.lockVisible(input.orderId, 'returns:write', undefined);
    if ((order.status !== 'delivered' && order.status !== 'completed') || !order.deliveredAt)
      throw new ReturnOrderNotDeliveredError(order.number, order.status);
    const closesAt = await this.settings.windowClosesAt(order.deliveredAt);
    if (now > closesAt) throw new ReturnWindowClosedError(order.number, closesAt);
    await this.assertReturnable(order.id, input.lines);

    const request = await this.store.returns.save(
      this.store.returns.create({
        number: await this.numbers.next('RMA'),
        orderId: order.id,
        customerId: order.customerId,
        orgUnitId: order.orgUnitId,
        warehouseId: order.warehouseId,
        kind: input.kind,
        status: 'requested',
        ticketId: input.ticketId ?? null,
        currency: order.currency,
        refundAmount: 0,
        createdBy: currentActor()?.id ?? null,
      }),
    );
    const orderLines = await this.connection.getRepository(OrderLine).findBy({ orderId: order.id });
    await this.store.lines.insert(
      input.lines.map((line) => ({
        returnId: request.id,
        orderLineId: line.orderLineId,
        skuId: orderLines.find((l) => l.id === line.orderLineId)!.skuId,
        quantity: line.quantity,
        reason: line.reason,
      })),
    );
    await this.store.history.record(request.id, { action: 'requested', from: null, to: 'requested' });
    await this.orderTimeline.record(order.id, {
      action: 'return-requested',
      from: order.status,
      to: order.status,
      note: request.number,
      data: { returnId: request.id, kind: request.kind },
    });
    return request;
  }

  approve(id: string, note: string | undefined, expected?: number[]) {
    return this.lockAndStep(id, 'returns:approve', expected, 'approve', note, (r) => {
      r.approvedAt = new Date();
    });
  }

  reject(id: string, reason: string, expected?: number[]) {
    return this.lockAndStep(id, 'returns:approve', expected, 'reject', reason, (r) => {
      r.rejectReason = reason;
      r.closedAt = new Date();
    });
  }

  async receive(id: string, note: string | undefined, expected?: number[]) {
    const received = await this.lockAndStep(id, 'returns:inspect', expected, 'receive', note, (r) => {
      r.receivedAt = new Date();
    });
    const order = await this.orders.lock(received.orderId);
    const lines = await this.linesOf(id);
    await this.events.publish<ReturnReceivedPayload>(RETURN_RECEIVED, {
      returnId: received.id,
      returnNumber: received.number,
      kind: received.kind,
      orderId: order.id,
      orderNumber: order.number,
      customerId: received.customerId,
      orgUnitId: received.orgUnitId,
      lines: lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity })),
    });
    return received;
  }

  /** Every line restocked (back on the order warehouse's shelf) or scrapped. */
  async inspect(id: string, input: InspectReturnDto, expected?: number[]) {
    const request = await this.store.lockVisible(id, 'returns:inspect', expected);
    const lines = await this.linesOf(id);
    const decided = new Map(input.lines.map((l) => [l.returnLineId, l.disposition]));
    const problems: FieldProblem[] = lines
      .filter((line) => !decided.has(line.id))
      .map((line) => ({ field: 'lines', message: `line ${line.id} has no disposition` }));
    input.lines.forEach((l, i) => {
      if (!lines.some((line) => line.id === l.returnLineId))
        problems.push({ field: `lines.${i}.returnLineId`, message: 'not a line of this return' });
    });
    if (problems.length > 0) throw new ReturnInspectionIncompleteError(problems);
    return this.store.step(
      request,
      'inspect',
      input.note,
      async () => {
        request.inspectedAt = new Date();
        for (const line of lines) {
          line.disposition = decided.get(line.id)!;
          await this.store.lines.update({ id: line.id }, { disposition: line.disposition });
          if (line.disposition === 'restock')
            await this.stock.returnToStock({
              skuId: line.skuId,
              warehouseId: request.warehouseId,
              quantity: line.quantity,
              source: { type: 'return', id: request.id, number: request.number },
              note: line.reason,
            });
        }
      },
      { dispositions: Object.fromEntries(decided) },
    );
  }

  /** Sends the replacement: the same SKUs and quantities leave the order's warehouse at once. */
  async exchange(id: string, input: ExchangeReturnDto, expected?: number[]) {
    const request = await this.store.lockVisible(id, 'returns:inspect', expected);
    const lines = await this.linesOf(id);
    return this.store.step(
      request,
      'exchange',
      input.note,
      async () => {
        const source = { type: 'exchange', id: request.id, number: request.number };
        // Reserve-then-ship keeps the all-or-nothing shortage check of a normal order.
        await this.stock.reserve({
          warehouseId: request.warehouseId,
          lines: lines.map((l) => ({ skuId: l.skuId, quantity: l.quantity })),
          source,
        });
        await this.stock.ship({ source });
        Object.assign(request, {
          replacementCarrier: input.carrier,
          replacementTrackingNumber: input.trackingNumber,
          closedAt: new Date(),
        });
      },
      { carrier: input.carrier, trackingNumber: input.trackingNumber },
    );
  }

  async list(query: ListReturnsQuery): Promise<Page<ReturnRequest>> {
    const qb = this.store.returns.createQueryBuilder('r');
    applyDataScope(qb, 'r.org_unit_id', (await currentActor()?.scopeFor('returns:read')) ?? WHOLE_COMPANY);
    if (query.status) qb.andWhere('r.status = :status', { status: query.status });
    if (query.kind) qb.andWhere('r.kind = :kind', { kind: query.kind });
    if (query.orderId) qb.andWhere('r.order_id = :orderId', { orderId: query.orderId });
    return paginate(
      qb,
      { ...query, sort: '-createdAt' },
      {
        sorts: { createdAt: { column: 'r.id', value: (r) => r.id } },
        idColumn: 'r.id',
        idValue: (r) => r.id,
      },
    );
  }

  linesOf(returnId: string): Promise<ReturnLine[]> {
    return this.store.lines.find({ where: { returnId }, order: { id: 'ASC' } });
  }

  private async lockAndStep(
    id: string,
    permission: string,
    expected: number[] | undefined,
    action: 'approve' | 'reject' | 'receive',
    note: string | undefined,
    apply: (request: ReturnRequest) => void,
  ) {
    const request = await this.store.lockVisible(id, permission, expected);
    return this.store.step(request, action, note, () => apply(request));
  }

  /** Each line once, of this order, and no more units than delivered less those already being returned. */
  private async assertReturnable(orderId: string, lines: CreateReturnDto['lines']): Promise<void> {
    const rows: Array<{ id: string; quantity: number; held: string }> = await this.connection.manager.query(
      `SELECT l.id, l.quantity,
              COALESCE((SELECT sum(rl.quantity) FROM return_line rl JOIN return_request r ON r.id = rl.return_id
                         WHERE rl.order_line_id = l.id AND r.status <> 'rejected'), 0)::text AS held
         FROM sales_order_line l WHERE l.order_id = $1`,
      [orderId],
    );
    const problems: FieldProblem[] = [];
    const seen = new Set<string>();
    lines.forEach((line, i) => {
      const row = rows.find((r) => r.id === line.orderLineId);
      if (!row) problems.push({ field: `lines.${i}.orderLineId`, message: 'not a line of this order' });
      else if (seen.has(line.orderLineId))
        problems.push({ field: `lines.${i}.orderLineId`, message: 'this line is already in the request' });
      else {
        const left = row.quantity - Number(row.held);
        if (line.quantity > left)
          problems.push({ field: `lines.${i}.quantity`, message: `at most ${left} more can be returned` });
      }
      seen.add(line.orderLineId);
    });
    if (problems.length > 0) throw new ReturnLinesInvalidError(problems);
  }
}
