import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';
import { DocumentEventLog, type DocumentEventEntry } from '../shared/document-event-log';

export type ClaimHistoryEntry = DocumentEventEntry;

/** The story of a claim in its handlers' words (submitted, approved by the manager, paid…); the audit log keeps the fields. */
@Injectable()
export class ExpenseClaimHistory extends DocumentEventLog {
  constructor(connection: TransactionalConnection) {
    super(connection, 'expense_claim_event', 'claim_id');
  }
}
