import { Injectable } from '@nestjs/common';
import { currentActor, EventBus, TransactionalConnection } from '@zhanggui/api-platform';
import { MembersService } from '../members/members.service';
import { OrderLine } from '../orders/order-line.entity';
import { OrderStore } from '../orders/order-store';
import { OrderTimeline } from '../orders/order-timeline';
import { RebatesService } from '../rebates/rebates.service';
import { OrderPaid } from './order-paid';
import { paidPerLine, rebateShareOf, refundForUnits } from './refund-allocation';
import { Refund } from './refund.entity';
import { ReturnStore } from './return-store';
import type { ReturnRequest } from './return-request.entity';
import { REFUND_ISSUED, RefundIssuedPayload } from './returns.events';

/**
 * Refunding an inspected return. The value comes from what the lines were paid (their share of order
 * discounts included, see refund-allocation); the part of the order paid with rebate goes back to the rebate
 * ledger, the rest as money — to the original payment (a refund pending the payment provider) or in cash for
 * COD — never more money than was received and not yet refunded. The order row is locked, so refunds of one
 * order are computed one after another. The member's qualifying spend drops and earned rebate is reversed.
 */
@Injectable()
export class RefundsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly store: ReturnStore,
    private readonly orders: OrderStore,
    private readonly timeline: OrderTimeline,
    private readonly paid: OrderPaid,
    private readonly rebates: RebatesService,
    private readonly members: MembersService,
    private readonly events: EventBus,
  ) {}

  async refund(id: string, note: string | undefined, expected?: number[]): Promise<ReturnRequest> {
    const request = await this.store.lockVisible(id, 'refunds:issue', expected);
    const order = await this.orders.lock(request.orderId);
    const lines = await this.store.lines.find({ where: { returnId: id }, order: { id: 'ASC' } });
    const orderLines = await this.connection.getRepository(OrderLine).findBy({ orderId: order.id });
    const linePaid = paidPerLine(orderLines, order.total);
    const refundedUnits = await this.refundedUnits(order.id);
    const lineRefunds = lines.map((line) => {
      const orderLine = orderLines.find((l) => l.id === line.orderLineId)!;
      return refundForUnits(
        linePaid.get(orderLine.id)!,
        orderLine.quantity,
        refundedUnits.get(orderLine.id) ?? 0,
        line.quantity,
      );
    });
    const value = lineRefunds.reduce((a, b) => a + b, 0);
    const figures = await this.paid.of(order);
    const rebateAmount = rebateShareOf(
      value,
      figures.cashRefunded + figures.rebateRefunded,
      figures.rebate,
      order.total,
    );
    // Money beyond what was received (a COD customer who paid short) is not paid out.
    const amount = Math.min(value - rebateAmount, Math.max(figures.cash - figures.cashRefunded, 0));
    const method = order.paymentMethod === 'cod' ? 'cash' : 'original_payment';
    const refunds = this.connection.getRepository(Refund);
    const refund = await refunds.save(
      refunds.create({
        returnId: id,
        orderId: order.id,
        customerId: order.customerId,
        method,
        // Cash is handed over with the refund; the provider pays the original payment back later.
        status: method === 'cash' ? 'paid' : 'pending',
        amount,
        rebateAmount,
        currency: order.currency,
        issuedBy: currentActor()?.id ?? null,
        paidAt: method === 'cash' ? new Date() : null,
      }),
    );
    const refunded = await this.store.step(
      request,
      'refund',
      note,
      async () => {
        for (const [i, line] of lines.entries())
          await this.store.lines.update({ id: line.id }, { refundAmount: lineRefunds[i] });
        request.refundAmount = amount + rebateAmount;
        request.closedAt = new Date();
      },
      { refundId: refund.id, amount, rebateAmount, method },
    );
    if (rebateAmount > 0) await this.rebates.restore(order, rebateAmount, `restore-refund:${refund.id}`);
    await this.rebates.reverseForRefund(order, refund.id, amount);
    if (value > 0)
      await this.members.recordQualifyingSpend(order.customerId, -value, `refund:${request.number}`);
    await this.timeline.record(order.id, {
      action: 'refunded',
      from: order.status,
      to: order.status,
      note: request.number,
      data: { refundId: refund.id, amount, rebateAmount },
    });
    await this.events.publish<RefundIssuedPayload>(REFUND_ISSUED, {
      refundId: refund.id,
      returnId: id,
      returnNumber: request.number,
      orderId: order.id,
      orderNumber: order.number,
      customerId: order.customerId,
      orgUnitId: order.orgUnitId,
      method,
      status: refund.status,
      amount,
      rebateAmount,
      currency: order.currency,
    });
    return refunded;
  }

  of(returnId: string): Promise<Refund | null> {
    return this.connection.getRepository(Refund).findOneBy({ returnId });
  }

  private async refundedUnits(orderId: string): Promise<Map<string, number>> {
    const rows: Array<{ order_line_id: string; units: number }> = await this.connection.manager.query(
      `SELECT rl.order_line_id, sum(rl.quantity)::int AS units
         FROM return_line rl JOIN return_request r ON r.id = rl.return_id
        WHERE r.order_id = $1 AND r.status = 'refunded' GROUP BY rl.order_line_id`,
      [orderId],
    );
    return new Map(rows.map((r) => [r.order_line_id, r.units]));
  }
}
