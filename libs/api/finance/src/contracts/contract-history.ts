import { Injectable } from '@nestjs/common';
import { currentActor, TransactionalConnection } from '@zhanggui/api-platform';

export interface ContractHistoryEntry {
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

/** The story of a contract in its handlers' words (submitted, approved, reminded…); the audit log keeps the fields. */
@Injectable()
export class ContractHistory {
  constructor(private readonly connection: TransactionalConnection) {}

  async record(
    contractId: string,
    entry: { action: string; from?: string | null; to?: string | null; note?: string | null },
  ): Promise<void> {
    const actor = currentActor();
    await this.connection.manager.query(
      `INSERT INTO contract_event (contract_id, action, from_status, to_status, note, actor_kind, actor_id, actor_label)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8)`,
      [
        contractId,
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

  async of(contractId: string): Promise<ContractHistoryEntry[]> {
    return this.connection.manager.query(
      `SELECT id, action, from_status AS "fromStatus", to_status AS "toStatus", note, actor_kind AS "actorKind",
              actor_id AS "actorId", actor_label AS "actorLabel", occurred_at AS "occurredAt"
         FROM contract_event WHERE contract_id = $1 ORDER BY id`,
      [contractId],
    );
  }
}
