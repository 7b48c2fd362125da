import { Injectable } from '@nestjs/common';
import type { EntityManager } from 'typeorm';
import { currentRequestContext } from '../access/request-context';
import { TransactionalConnection } from '../database/transactional-connection';
import { AuditChanges, AuditEvent } from './audit-event.entity';

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
  constructor(private readonly connection: TransactionalConnection) {}

  async record(entry: AuditEntry, manager: EntityManager = this.connection.manager): Promise<void> {
    const context = currentRequestContext();
    const actor = context?.actor;
    await manager.insert(AuditEvent, {
      actorKind: actor?.kind ?? 'system',
      actorId: actor?.id ?? null,
      actorLabel: actor?.label ?? null,
      action: entry.action,
      entityType: entry.entityType,
      entityId: entry.entityId,
      // TypeORM's deep-partial type does not follow jsonb records; the value is plain JSON.
      changes: (entry.changes ?? {}) as never,
      requestId: context?.requestId ?? null,
    });
  }
}
