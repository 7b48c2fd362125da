import { Injectable } from '@nestjs/common';
import { currentActor, TransactionalConnection } from '@zhanggui/api-platform';

export type ProcurementDocumentType = 'purchase_order' | 'supplier_invoice' | 'tender' | 'purchase_list';

export interface HistoryEntry {
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
 * The story of one procurement document in the words of the people who handle it (created, submitted,
 * approved by the GM, goods received…). The audit log keeps every changed field; this keeps the steps.
 */
@Injectable()
export class DocumentHistory {
  constructor(private readonly connection: TransactionalConnection) {}

  async record(
    documentType: ProcurementDocumentType,
    documentId: string,
    entry: { action: string; from?: string | null; to?: string | null; note?: string | null },
  ): Promise<void> {
    const actor = currentActor();
    await this.connection.manager.query(
      `INSERT INTO procurement_document_event
         (document_type, document_id, action, from_status, to_status, note, actor_kind, actor_id, actor_label)
       VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)`,
      [
        documentType,
        documentId,
        entry.action,
        entry.from ?? null,
        entry.to ?? null,
        entry.note ?? null,
        actor?.kind ?? 'system',
        actor?.id ?? null,
        actor?.label ?? null,
      ],
    );
  }

  async of(documentId: string): Promise<HistoryEntry[]> {
    return this.connection.manager.query(
      `SELECT id, action, from_status AS "fromStatus", to_status AS "toStatus", note, actor_kind AS "actorKind",
              actor_id AS "actorId", actor_label AS "actorLabel", occurred_at AS "occurredAt"
         FROM procurement_document_event WHERE document_id = $1 ORDER BY id`,
      [documentId],
    );
  }
}
