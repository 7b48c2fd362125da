import { Injectable } from '@nestjs/common';
import { currentActor, TransactionalConnection } from '@zhanggui/api-platform';
import { OrderTimelineEntry } from './order-timeline-entry.entity';

export interface TimelineStep {
  action: string;
  from: string | null;
  to: string;
  note?: string | null;
  data?: Record<string, unknown>;
}

/** Writes and reads the order's timeline: who did what, when, from which status to which. */
@Injectable()
export class OrderTimeline {
  constructor(private readonly connection: TransactionalConnection) {}

  private get entries() {
    return this.connection.getRepository(OrderTimelineEntry);
  }

  /** `as`: who acted when there is no signed-in caller (the payment provider's callback). */
  async record(orderId: string, step: TimelineStep, as = 'system'): Promise<void> {
    const actor = currentActor();
    await this.entries.insert({
      orderId,
      action: step.action,
      fromStatus: step.from,
      toStatus: step.to,
      note: step.note ?? null,
      // TypeORM's deep-partial type does not follow jsonb records; the value is plain JSON.
      data: (step.data ?? {}) as never,
      actorKind: actor?.kind ?? 'system',
      actorId: actor?.id ?? null,
      actorLabel: actor?.label ?? as,
    });
  }

  of(orderId: string): Promise<OrderTimelineEntry[]> {
    return this.entries.find({ where: { orderId }, order: { id: 'ASC' } });
  }
}
