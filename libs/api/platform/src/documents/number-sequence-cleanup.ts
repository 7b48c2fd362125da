import { Injectable, Logger, OnModuleInit } from '@nestjs/common';
import { escapeIdentifier } from 'pg';
import { TransactionalConnection } from '../database/transactional-connection';
import { JobQueue } from '../jobs/job-queue';
import { BUSINESS_TIME_ZONE } from './document-number-format';

export const NUMBER_SEQUENCE_CLEANUP_QUEUE = 'documents.drop-past-number-sequences';

/**
 * Days whose sequences are kept. A document takes its number from its transaction's day, so only yesterday's
 * can still be in use (a transaction begun before midnight); a week leaves room to look into a day's numbers.
 */
const KEPT_DAYS = 7;

/**
 * GappedDocumentNumbers makes one PostgreSQL sequence per prefix and day, and no document takes a number from
 * a past day: nightly at 03:30 Beijing time, the sequences of days over a week ago are dropped, so they do not
 * pile up (hundreds a year per prefix, each a relation in every backup). The numbers they gave out stay on
 * their documents.
 */
@Injectable()
export class NumberSequenceCleanup implements OnModuleInit {
  private readonly logger = new Logger(NumberSequenceCleanup.name);

  constructor(
    private readonly jobs: JobQueue,
    private readonly connection: TransactionalConnection,
  ) {}

  onModuleInit(): void {
    this.jobs.schedule(NUMBER_SEQUENCE_CLEANUP_QUEUE, '30 3 * * *', async () => {
      const dropped = await this.dropPastSequences();
      if (dropped.length > 0)
        this.logger.log({ dropped: dropped.length }, 'Dropped past days’ number sequences');
    });
  }

  /** Drops the day sequences older than KEPT_DAYS in the business time zone; returns their names. */
  async dropPastSequences(): Promise<string[]> {
    const past: Array<{ name: string }> = await this.connection.dataSource.query(
      `SELECT c.relname AS name
         FROM pg_class c
        WHERE c.relkind = 'S' AND pg_table_is_visible(c.oid)
          AND c.relname ~ '^document_number_[a-z]{2,8}_[0-9]{8}$'
          AND right(c.relname, 8) < to_char((now() AT TIME ZONE $1)::date - $2::int, 'YYYYMMDD')
        ORDER BY c.relname`,
      [BUSINESS_TIME_ZONE, KEPT_DAYS],
    );
    for (const { name } of past) {
      await this.connection.dataSource.query(`DROP SEQUENCE IF EXISTS ${escapeIdentifier(name)}`);
    }
    return past.map(({ name }) => name);
  }
}
