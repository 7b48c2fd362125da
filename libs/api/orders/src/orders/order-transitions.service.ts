import { Injectable } from '@nestjs/common';
import { PromotionsService } from '@zhanggui/api-catalog';
import { UsersService } from '@zhanggui/api-identity';
import { StockService } from '@zhanggui/api-inventory';
import { EventBus } from '@zhanggui/api-platform';
import type { ShipOrderDto } from './dto/order-input.dto';
import { orderEventPayload, stockSourceOf } from './order-events';
import { nextOrderStatus, OrderAction } from './order-states';
import { OrderStore } from './order-store';
import { OrderTimeline } from './order-timeline';
import type { Order } from './order.entity';
import { CourierUnknownError } from './order.errors';
import {
  ORDER_CANCELLED,
  ORDER_COMPLETED,
  ORDER_CONFIRMED,
  ORDER_DELIVERED,
  ORDER_SHIPPED,
  OrderCancelledPayload,
  OrderShippedPayload,
} from './order.events';

/** Which permission's scope a step is checked against (the route already required the permission). */
const PERMISSION_OF: Record<Exclude<OrderAction, 'pay'>, string> = {
  allocate: 'orders:fulfil',
  ship: 'orders:fulfil',
  deliver: 'orders:fulfil',
  complete: 'orders:complete',
  cancel: 'orders:cancel',
};

/**
 * Moves orders through their life. The state machine decides whether a step is allowed; this does what the
 * step means (stock shipped or released, the shipment recorded), then the timeline and the outbox event,
 * in the request's transaction.
 */
@Injectable()
export class OrderTransitionsService {
  constructor(
    private readonly store: OrderStore,
    private readonly stock: StockService,
    private readonly users: UsersService,
    private readonly timeline: OrderTimeline,
    private readonly events: EventBus,
    private readonly promotions: PromotionsService,
  ) {}

  async allocate(id: string, expected: number[] | undefined, note?: string): Promise<Order> {
    const order = await this.store.lockVisible(id, PERMISSION_OF.allocate, expected);
    return this.step(order, 'allocate', note, () => {
      order.allocatedAt = new Date();
    });
  }

  async ship(id: string, input: ShipOrderDto, expected: number[] | undefined): Promise<Order> {
    const order = await this.store.lockVisible(id, PERMISSION_OF.ship, expected);
    nextOrderStatus(order.status, 'ship');
    await this.assertCourier(input.courierUserId);
    const shipped = await this.step(order, 'ship', input.note, async () => {
      Object.assign(order, {
        carrier: input.carrier,
        trackingNumber: input.trackingNumber,
        courierUserId: input.courierUserId,
        shippedAt: new Date(),
      });
      // The reservation becomes a shipment: on hand and reserved both drop.
      await this.stock.ship({ source: stockSourceOf(order) });
    });
    await this.events.publish<OrderShippedPayload>(ORDER_SHIPPED, {
      ...orderEventPayload(shipped),
      carrier: input.carrier,
      trackingNumber: input.trackingNumber,
      courierUserId: input.courierUserId,
    });
    return shipped;
  }

  async deliver(id: string, expected: number[] | undefined, note?: string): Promise<Order> {
    const order = await this.store.lockVisible(id, PERMISSION_OF.deliver, expected);
    const delivered = await this.step(order, 'deliver', note, () => {
      order.deliveredAt = new Date();
    });
    await this.events.publish(ORDER_DELIVERED, orderEventPayload(delivered));
    return delivered;
  }

  async complete(id: string, expected: number[] | undefined, note?: string): Promise<Order> {
    const order = await this.store.lockVisible(id, PERMISSION_OF.complete, expected);
    const completed = await this.step(order, 'complete', note, () => {
      order.completedAt = new Date();
    });
    await this.events.publish(ORDER_COMPLETED, orderEventPayload(completed));
    return completed;
  }

  async cancel(id: string, reason: string, expected: number[] | undefined): Promise<Order> {
    const order = await this.store.lockVisible(id, PERMISSION_OF.cancel, expected);
    const from = order.status;
    const cancelled = await this.step(order, 'cancel', reason, async () => {
      order.cancelledAt = new Date();
      order.cancelReason = reason;
      await this.stock.release({ source: stockSourceOf(order) });
      // A cancelled order no longer counts against the promotions' limits.
      await this.promotions.releaseUsage(order.id);
    });
    await this.events.publish<OrderCancelledPayload>(ORDER_CANCELLED, {
      ...orderEventPayload(cancelled),
      reason,
      from,
      paidAmount: cancelled.paidAmount,
    });
    return cancelled;
  }

  /** A prepaid order's payment confirmed by the provider (the callback has locked the order). */
  async confirmPayment(order: Order, amount: number, data: Record<string, unknown>): Promise<Order> {
    const confirmed = await this.step(
      order,
      'pay',
      null,
      () => {
        order.paidAmount += amount;
        order.confirmedAt = new Date();
      },
      data,
    );
    await this.events.publish(ORDER_CONFIRMED, orderEventPayload(confirmed));
    return confirmed;
  }

  private async step(
    order: Order,
    action: OrderAction,
    note: string | null | undefined,
    apply: () => void | Promise<void>,
    data: Record<string, unknown> = {},
  ): Promise<Order> {
    const from = order.status;
    order.status = nextOrderStatus(from, action);
    await apply();
    const saved = await this.store.save(order);
    await this.timeline.record(
      order.id,
      { action: TIMELINE_ACTION[action], from, to: saved.status, note, data },
      action === 'pay' ? 'payment-provider' : 'system',
    );
    return saved;
  }

  private async assertCourier(userId: string): Promise<void> {
    // getOwn reads any account by id without the caller's users:read scope (a city manager has none).
    const user = await this.users.getOwn(userId).catch(() => undefined);
    if (!user || user.status !== 'active') throw new CourierUnknownError(userId);
  }
}

const TIMELINE_ACTION: Record<OrderAction, string> = {
  pay: 'paid',
  allocate: 'allocated',
  ship: 'shipped',
  deliver: 'delivered',
  complete: 'completed',
  cancel: 'cancelled',
};
