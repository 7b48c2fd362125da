import { currentActor, TransactionalConnection } from '@zhanggui/api-platform';
import { QueryFailedError } from 'typeorm';

export interface HistoryStep {
  action: string;
  from: string | null;
  to: string;
  note?: string | null;
  data?: Record<string, unknown>;
}

export interface HistoryEntry {
  id: string;
  action: string;
  from: string | null;
  to: string;
  note: string | null;
  data: Record<string, unknown>;
  actorKind: string;
  actorId: string | null;
  actorLabel: string | null;
  occurredAt: Date;
}

/**
 * The append-only history of an after-sales document (a COD remittance, a return): one table per document
 * kind, the same columns, so one writer and one reader serve both.
 */
export class AfterSalesHistory {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly table: 'cod_remittance_history' | 'return_history',
    private readonly parentColumn: 'remittance_id' | 'return_id',
  ) {}

  async record(parentId: string, step: HistoryStep): Promise<void> {
    const actor = currentActor();
    await this.connection.manager.query(
      `INSERT INTO ${this.table} (${this.parentColumn}, action, from_status, to_status, note, data, actor_kind, actor_id, actor_label)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        parentId,
        step.action,
        step.from,
        step.to,
        step.note ?? null,
        step.data ?? {},
        actor?.kind ?? 'system',
        actor?.id ?? null,
        actor?.label ?? 'system',
      ],
    );
  }

  async of(parentId: string): Promise<HistoryEntry[]> {
    return this.connection.manager.query(
      `SELECT id, action, from_status AS "from", to_status AS "to", note, data, actor_kind AS "actorKind",
              actor_id AS "actorId", actor_label AS "actorLabel", occurred_at AS "occurredAt"
         FROM ${this.table} WHERE ${this.parentColumn} = $1 ORDER BY id`,
      [parentId],
    );
  }
}

/** The named constraint a database error broke, if it was a unique violation. */
export function uniqueViolationOf(error: unknown): string | undefined {
  if (!(error instanceof QueryFailedError)) return undefined;
  const driver = (error as QueryFailedError & { driverError?: { code?: string; constraint?: string } })
    .driverError;
  return driver?.code === '23505' ? driver.constraint : undefined;
}

/** The company's business day (China Standard Time) of an instant, as YYYY-MM-DD. */
export function businessDayOf(at: Date): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(at);
}
