import { Injectable } from '@nestjs/common';
import { currentActor, TransactionalConnection } from '@zhanggui/api-platform';

export interface CustomerHistoryEntry {
  id: string;
  /** The customer the step happened to: this one, or a duplicate merged into it. */
  customerId: string;
  action: string;
  note: string | null;
  data: Record<string, unknown>;
  actorKind: string;
  actorId: string | null;
  actorLabel: string | null;
  occurredAt: Date;
}

/**
 * The customer's story as customer service tells it (registered, became a member, consent withdrawn by
 * phone, merged with C-000812). The audit log keeps every changed field; this keeps the steps, and never
 * personal data, so anyone who may see the customer may read it.
 */
@Injectable()
export class CustomerHistory {
  constructor(private readonly connection: TransactionalConnection) {}

  async record(
    customerId: string,
    action: string,
    entry: { note?: string | null; data?: Record<string, unknown> } = {},
  ): Promise<void> {
    const actor = currentActor();
    await this.connection.manager.query(
      `INSERT INTO customer_event (customer_id, action, note, data, actor_kind, actor_id, actor_label)
       VALUES ($1, $2, $3, $4, $5, $6, $7)`,
      [
        customerId,
        action,
        entry.note ?? null,
        entry.data ?? {},
        actor?.kind ?? 'system',
        actor?.id ?? null,
        actor?.label ?? null,
      ],
    );
  }

  /** The customer's steps and those of every duplicate merged into it, oldest first. */
  async of(customerId: string): Promise<CustomerHistoryEntry[]> {
    return this.connection.manager.query(
      `WITH RECURSIVE merged AS (
         SELECT id FROM customer WHERE id = $1
         UNION ALL SELECT c.id FROM customer c JOIN merged m ON c.merged_into_id = m.id
       )
       SELECT id, customer_id AS "customerId", action, note, data, actor_kind AS "actorKind",
              actor_id AS "actorId", actor_label AS "actorLabel", occurred_at AS "occurredAt"
         FROM customer_event WHERE customer_id IN (SELECT id FROM merged) ORDER BY id`,
      [customerId],
    );
  }
}
