import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '@zhanggui/api-platform';
import { DocumentEventLog, type DocumentEventEntry } from '../shared/document-event-log';

export type ContractHistoryEntry = DocumentEventEntry;

/** The story of a contract in its handlers' words (submitted, approved, reminded…); the audit log keeps the fields. */
@Injectable()
export class ContractHistory extends DocumentEventLog {
  constructor(connection: TransactionalConnection) {
    super(connection, 'contract_event', 'contract_id');
  }
}
