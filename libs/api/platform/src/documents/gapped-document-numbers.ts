import { BeforeApplicationShutdown, Injectable, Logger } from '@nestjs/common';
import { Client, Pool } from 'pg';
import type { PostgresDriver } from 'typeorm/driver/postgres/PostgresDriver';
import { TransactionalConnection } from '../database/transactional-connection';
import { assertDocumentPrefix, BUSINESS_TIME_ZONE, documentNumber } from './document-number-format';

/**
 * `<PREFIX>-<yyyymmdd>-<nnnn>` like DocumentNumbers, but from a PostgreSQL sequence per prefix and day, for
 * documents that may have gaps (sales orders): `nextval` locks nothing until commit, so documents of the same
 * day no longer wait for one another; a rolled-back document does not give its number back. Documents whose
 * numbers must have no gaps (finance's vouchers and invoices) keep DocumentNumbers.
 *
 * A day's sequence is created by its first document, on a connection of its own (DDL in the document's
 * transaction would make every other document of the day wait for its commit, and vanish with its rollback),
 * starting after what DocumentNumbers already gave out for that prefix and day, so the two never collide.
 */
@Injectable()
export class GappedDocumentNumbers implements BeforeApplicationShutdown {
  /** Creations under way in this process: the day's first orders arrive together and share one. */
  private readonly creating = new Map<string, Promise<void>>();
  /** Days whose following day's sequence this process has already made sure of. */
  private readonly prepared = new Set<string>();
  private readonly logger = new Logger(GappedDocumentNumbers.name);

  constructor(private readonly connection: TransactionalConnection) {}

  /**
   * A shutdown waits for the sequences still being made (the next day's is made in the background): the
   * database must not close under them, or see a connection left behind.
   */
  async beforeApplicationShutdown(): Promise<void> {
    await Promise.allSettled([...this.creating.values()]);
  }

  async next(prefix: string): Promise<string> {
    assertDocumentPrefix(prefix);
    for (let attempt = 0; attempt < 2; attempt++) {
      // CASE keeps nextval from running (and failing, which would end the transaction) before the day's
      // sequence exists. pg_class is read with the statement's snapshot, so a sequence created meanwhile is
      // seen; to_regclass would keep answering from this backend's cache of the name's absence. The day is
      // the transaction's, as DocumentNumbers has it.
      const [row]: Array<{ day: string; value: string | null }> = await this.connection.manager.query(
        `SELECT d.day,
                CASE WHEN EXISTS (SELECT 1 FROM pg_class c
                                   WHERE c.relname = d.seq AND c.relkind = 'S' AND pg_table_is_visible(c.oid))
                     THEN nextval(d.seq::regclass) END AS value
           FROM (SELECT day, format('document_number_%s_%s', lower($2), day) AS seq
                   FROM (SELECT to_char((now() AT TIME ZONE $1)::date, 'YYYYMMDD') AS day) t) d`,
        [BUSINESS_TIME_ZONE, prefix],
      );
      if (row.value !== null) {
        this.prepareNextDay(prefix, row.day);
        return documentNumber(prefix, row.day, row.value);
      }
      await this.ensureSequence(prefix, row.day);
    }
    throw new Error(`The number sequence for ${prefix} could not be created`);
  }

  /**
   * Makes sure today's and tomorrow's sequences exist: called at boot by the owner of the
   * prefix, so a burst of first orders after a deploy does not wait for the day's sequence to be created.
   */
  async prepare(prefix: string): Promise<void> {
    assertDocumentPrefix(prefix);
    const [{ day }]: Array<{ day: string }> = await this.connection.dataSource.query(
      `SELECT to_char((now() AT TIME ZONE $1)::date, 'YYYYMMDD') AS day`,
      [BUSINESS_TIME_ZONE],
    );
    // Both awaited: a boot that returns with tomorrow's still being made would leave it to appear later,
    // in the middle of whatever runs next (a backup, say).
    await this.ensureSequence(prefix, day);
    await this.ensureSequence(prefix, dayAfter(day));
    this.prepared.add(`${prefix}-${day}`);
  }

  /**
   * Midnight is a peak (双11 starts at 00:00): the next day's sequence is made during the day, in the
   * background, so the next day's first orders find it. A failure here only means the first order makes it.
   */
  private prepareNextDay(prefix: string, day: string): void {
    const key = `${prefix}-${day}`;
    if (this.prepared.has(key)) return;
    this.prepared.add(key);
    const nextDay = dayAfter(day);
    this.ensureSequence(prefix, nextDay).catch((error: unknown) => {
      this.prepared.delete(key);
      this.logger.warn(`Could not prepare the ${prefix} number sequence of ${nextDay}: ${String(error)}`);
    });
  }

  private ensureSequence(prefix: string, day: string): Promise<void> {
    const key = `${prefix}-${day}`;
    let creation = this.creating.get(key);
    if (!creation) {
      creation = this.createSequence(prefix, day).finally(() => this.creating.delete(key));
      this.creating.set(key, creation);
    }
    return creation;
  }

  private async createSequence(prefix: string, day: string): Promise<void> {
    if (!/^\d{8}$/.test(day)) throw new Error(`Unexpected business day ${day}`);
    // Its own connection, not the pool's: every pooled connection may be held by a document waiting here.
    const pool = (this.connection.dataSource.driver as PostgresDriver).master as Pool;
    const client = new Client(pool.options);
    // A client outside the pool has no one else to report to: a connection the server ends (a restart, an
    // administrator) must fail the statement in hand, not raise an unhandled error in the process.
    client.on('error', (error) => this.logger.warn(`Number sequence connection lost: ${error.message}`));
    await client.connect();
    try {
      const [issued] = (
        await client.query<{ last_value: number }>(
          `SELECT last_value FROM document_sequence WHERE prefix = $1 AND day = to_date($2, 'YYYYMMDD')`,
          [prefix, day],
        )
      ).rows;
      const start = Number(issued?.last_value ?? 0) + 1;
      await client
        .query(
          `CREATE SEQUENCE IF NOT EXISTS document_number_${prefix.toLowerCase()}_${day} START WITH ${start}`,
        )
        .catch((error: { code?: string }) => {
          // Two first documents of the day at once: the other one created it.
          if (error.code !== '23505' && error.code !== '42P07') throw error;
        });
    } finally {
      await client.end();
    }
  }
}

/** `yyyymmdd` of the calendar day after `day` (also `yyyymmdd`). */
function dayAfter(day: string): string {
  const next = new Date(Date.UTC(+day.slice(0, 4), +day.slice(4, 6) - 1, +day.slice(6, 8) + 1));
  return next.toISOString().slice(0, 10).replaceAll('-', '');
}
