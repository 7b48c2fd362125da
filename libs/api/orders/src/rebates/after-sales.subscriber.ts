import { Injectable, OnModuleInit } from '@nestjs/common';
import {
  DomainEvent,
  EventSubscriber,
  JobQueue,
  OnEvent,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { MembersService } from '../members/members.service';
import { Order } from '../orders/order.entity';
import { ORDER_CANCELLED, ORDER_COMPLETED, OrderEventPayload } from '../orders/order.events';
import { RebatesService } from './rebates.service';

const EARN_LATER = 'rebates.earn-order';

/**
 * What after-sales does when orders finish: a completed order counts toward the member's qualifying spend
 * and earns its rebate — at once if its return window has passed, else by a job due when it closes (a lead
 * may complete early). A cancelled order gives back rebate redeemed on it. Each step is keyed by the order,
 * so a redelivered event changes nothing.
 */
@Injectable()
@OnEvent({ types: [ORDER_COMPLETED, ORDER_CANCELLED] })
export class AfterSalesSubscriber implements EventSubscriber, OnModuleInit {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly rebates: RebatesService,
    private readonly members: MembersService,
    private readonly jobs: JobQueue,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ orderId: string }>(EARN_LATER, ({ orderId }) =>
      this.connection.withTransaction(async () => {
        await this.earn(orderId);
      }),
    );
  }

  async handle(event: DomainEvent): Promise<void> {
    const { orderId } = event.payload as OrderEventPayload;
    if (event.type === ORDER_CANCELLED) {
      await this.rebates.restoreForCancelledOrder(orderId);
      return;
    }
    const order = await this.connection.getRepository(Order).findOneBy({ id: orderId });
    if (!order) return;
    if (order.total > 0)
      await this.members.recordQualifyingSpend(order.customerId, order.total, `order:${order.number}`);
    await this.earn(orderId);
  }

  private async earn(orderId: string): Promise<void> {
    const outcome = await this.rebates.earnForOrder(orderId);
    if (outcome.outcome === 'not-yet')
      await this.jobs.send(
        EARN_LATER,
        { orderId },
        { startAfterSeconds: Math.ceil((outcome.due.getTime() - Date.now()) / 1000) + 1 },
      );
  }
}
