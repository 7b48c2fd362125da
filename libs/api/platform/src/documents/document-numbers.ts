import { Injectable } from '@nestjs/common';
import { TransactionalConnection } from '../database/transactional-connection';

/** The business day is the company's (China Standard Time), whatever the server's clock zone. */
const BUSINESS_TIME_ZONE = 'Asia/Shanghai';

/**
 * Human numbers for business documents: `<PREFIX>-<yyyymmdd>-<nnnn>` (`SO-20261127-0001`), counting per
 * prefix and day. The counter row is updated in the document's transaction: numbers are unique, and a
 * rolled-back document gives its number back. The row stays locked until commit, so every document of the
 * prefix and day waits for the one before: take the number as late as the document allows (order placement
 * takes it after its lines, promotions and timeline).
 */
@Injectable()
export class DocumentNumbers {
  constructor(private readonly connection: TransactionalConnection) {}

  async next(prefix: string): Promise<string> {
    if (!/^[A-Z]{2,8}$/.test(prefix))
      throw new Error(`Document prefix ${prefix} must be 2–8 capital letters`);
    const [row]: Array<{ day: string; last_value: number }> = await this.connection.manager.query(
      `INSERT INTO document_sequence AS s (prefix, day, last_value)
       VALUES ($1, (now() AT TIME ZONE $2)::date, 1)
       ON CONFLICT (prefix, day) DO UPDATE SET last_value = s.last_value + 1
       RETURNING to_char(day, 'YYYYMMDD') AS day, last_value`,
      [prefix, BUSINESS_TIME_ZONE],
    );
    return `${prefix}-${row.day}-${String(row.last_value).padStart(4, '0')}`;
  }
}
