import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { currentRequestContext } from '../access/request-context';
import { TransactionalConnection } from '../database/transactional-connection';
import type { AuditChanges } from './audit-event.entity';

const INSERT_AUDIT_EVENT = `INSERT INTO audit_event (actor_kind, actor_id, actor_label, action, entity_type, entity_id, changes, request_id)
VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`;

export interface AuditEntry {
  action: string;
  entityType: string;
  entityId: string;
  changes?: AuditChanges;
}

/**
 * Writes audit rows in the transaction of the change they describe, so a change and its trail commit or
 * vanish together. The actor and request id come from the request context; without one, the actor is the
 * system (jobs, seeders, migrations).
 */
@Injectable()
export class AuditWriter {
  /** The last write queued on each connection, so the next one waits for it. */
  private readonly lastWrite = new WeakMap<object, Promise<void>>();

  constructor(private readonly connection: TransactionalConnection) {}

  /**
   * Writes one audit row. Writes on the same connection run one after another: TypeORM calls the subscribers
   * of a `save([...])` for every row at once, and a transaction's single connection must not be sent a query
   * while another is running (node-postgres queues it today and deprecates that).
   */
  record(entry: AuditEntry, manager: EntityManager = this.connection.manager): Promise<void> {
    // Read the request context now: it belongs to the caller, not to whatever write runs before ours.
    const context = currentRequestContext();
    const connection = manager.queryRunner ?? manager;
    const previous = this.lastWrite.get(connection) ?? Promise.resolve();
    const write = previous.catch(() => undefined).then(() => this.insert(entry, manager, context));
    this.lastWrite.set(connection, write);
    return write;
  }

  private async insert(
    entry: AuditEntry,
    manager: EntityManager,
    context: ReturnType<typeof currentRequestContext>,
  ): Promise<void> {
    const actor = context?.actor;
    // One fixed text instead of TypeORM's insert: its query building and RETURNING of the generated columns
    // cost more CPU than the row itself, and placing an order writes four or five of these.
    await manager.query(INSERT_AUDIT_EVENT, [
      actor?.kind ?? 'system',
      actor?.id ?? null,
      actor?.label ?? null,
      entry.action,
      entry.entityType,
      entry.entityId,
      JSON.stringify(entry.changes ?? {}),
      context?.requestId ?? null,
    ]);
  }
}
