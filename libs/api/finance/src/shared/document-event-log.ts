import { currentActor, TransactionalConnection } from '@zhanggui/api-platform';

export interface DocumentEventEntry {
  id: string;
  action: string;
  fromStatus: string | null;
  toStatus: string | null;
  note: string | null;
  actorKind: string;
  actorId: string | null;
  actorLabel: string | null;
  occurredAt: Date;
}

/**
 * The steps of one kind of finance document in its handlers' words, kept in that document's own event table
 * (same columns for every kind); the audit log keeps the changed fields. Table and key are the subclass's
 * constants, never input.
 */
export abstract class DocumentEventLog {
  protected constructor(
    private readonly connection: TransactionalConnection,
    private readonly table: string,
    private readonly documentColumn: string,
  ) {}

  async record(
    documentId: string,
    entry: { action: string; from?: string | null; to?: string | null; note?: string | null },
  ): Promise<void> {
    const actor = currentActor();
    await this.connection.manager.query(
      `INSERT INTO ${this.table} (${this.documentColumn}, action, from_status, to_status, note, actor_kind, actor_id, actor_label)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        documentId,
        entry.action,
        entry.from ?? null,
        entry.to ?? null,
        entry.note?.slice(0, 1000) ?? null,
        actor?.kind ?? 'system',
        actor?.id ?? null,
        actor?.label ?? null,
      ],
    );
  }

  async of(documentId: string): Promise<DocumentEventEntry[]> {
    return this.connection.manager.query(
      `SELECT id, action, from_status AS "fromStatus", to_status AS "toStatus", note, actor_kind AS "actorKind",
              actor_id AS "actorId", actor_label AS "actorLabel", occurred_at AS "occurredAt"
         FROM ${this.table} WHERE ${this.documentColumn} = $1 ORDER BY id`,
      [documentId],
    );
  }
}
