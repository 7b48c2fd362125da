import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '../database/transactional-connection';
import { assertDocumentPrefix, BUSINESS_TIME_ZONE, documentNumber } from './document-number-format';

/**
 * Human numbers for business documents: `<PREFIX>-<yyyymmdd>-<nnnn>` (`SO-20261127-0001`), counting per
 * prefix and day. The counter row is updated in the document's transaction: numbers are unique, and a
 * rolled-back document gives its number back. The row stays locked until commit, so every document of the
 * prefix and day waits for the one before: take the number as late as the document allows. Documents that may
 * have gaps (sales orders) take theirs from GappedDocumentNumbers, which locks nothing.
 */
@Injectable()
export class DocumentNumbers {
  constructor(private readonly connection: TransactionalConnection) {}

  async next(prefix: string): Promise<string> {
    assertDocumentPrefix(prefix);
    const [row]: Array<{ day: string; last_value: number }> = await this.connection.manager.query(
      `INSERT INTO document_sequence AS s (prefix, day, last_value)
       VALUES ($1, (now() AT TIME ZONE $2)::date, 1)
       ON CONFLICT (prefix, day) DO UPDATE SET last_value = s.last_value + 1
       RETURNING to_char(day, 'YYYYMMDD') AS day, last_value`,
      [prefix, BUSINESS_TIME_ZONE],
    );
    return documentNumber(prefix, row.day, row.last_value);
  }
}
