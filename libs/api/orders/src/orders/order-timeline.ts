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

  /**
   * `as`: who acted when there is no signed-in caller (the payment provider's callback). Returns the entry as
   * stored (id and time from the insert's RETURNING), so placement can answer without reading it back.
   */
  async record(orderId: string, step: TimelineStep, as = 'system'): Promise<OrderTimelineEntry> {
    const actor = currentActor();
    const entry = this.entries.create({
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
    // TypeORM's deep-partial type does not follow jsonb records (as above); insert fills in id and time.
    await this.entries.insert(entry as never);
    return entry;
  }

  of(orderId: string): Promise<OrderTimelineEntry[]> {
    return this.entries.find({ where: { orderId }, order: { id: 'ASC' } });
  }
}
