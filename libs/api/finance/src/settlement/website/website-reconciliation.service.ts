import { createReadStream } from 'node:fs';
import type { Readable } from 'node:stream';
import { pipeline } from 'node:stream/promises';
import { Injectable } from '@nestjs/common';
import { parse } from 'csv-parse';
import { from as copyFrom } from 'pg-copy-streams';
import { currentActor, DocumentNumbers, TransactionalConnection } from '@zhanggui/api-platform';
import { cursorFor } from './reconciliation-cursor';
import { StatementToCopy } from './statement-csv';
import {
  ReconciliationDayClosedError,
  ReconciliationDayOpenItemsError,
  StatementInvalidError,
  StatementLineMatchedError,
  StatementLineNotFoundError,
} from './website-reconciliation.errors';
import * as sql from './website-reconciliation.sql';

export interface ImportReport {
  importId: string;
  number: string;
  lines: number;
  duplicates: number;
  matched: number;
  amountDifferences: number;
  unmatched: number;
  days: string[];
  milliseconds: number;
}

export interface DaySummary {
  day: string;
  lines: number;
  statementAmount: number;
  fees: number;
  matched: number;
  amountDifferences: number;
  amountDifferenceTotal: number;
  unmatched: number;
  unexplained: number;
  unsettledPayments: number;
  closed: boolean;
  closedAt: string | null;
}

export interface StatementLineRow {
  id: string;
  line_no: number;
  transaction_ref: string;
  order_ref: string;
  amount: string;
  fee: string;
  settled_at: Date;
  settled_day: string;
  order_id: string | null;
  expected_amount: string | null;
  status: string;
  explanation: string | null;
  explained_at: Date | null;
}

/**
 * 审核网站交易量和回款金额: the provider's settlement statement against the prepaid orders' payments. The CSV is
 * streamed straight into COPY (never held in memory), staged, and matched by a few set-based statements, so a
 * million lines is a bulk load and one hash join rather than a million round trips.
 */
@Injectable()
export class WebsiteReconciliationService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly numbers: DocumentNumbers,
  ) {}

  /**
   * Imports a statement saved on disk in a transaction of its own. A retried attempt (serialization failure,
   * deadlock) opens the file afresh, which a consumed upload stream could not offer.
   */
  importStatementFile(file: string): Promise<ImportReport> {
    return this.connection.withTransaction(() => this.importStatement(createReadStream(file)));
  }

  async importStatement(csv: Readable): Promise<ImportReport> {
    const started = Date.now();
    const manager = this.connection.manager;
    const [{ id, number }]: Array<{ id: string; number: string }> = await manager.query(
      `INSERT INTO provider_statement_import (number, imported_by) VALUES ($1, $2) RETURNING id, number`,
      [await this.numbers.next('PS'), currentActor()?.id ?? null],
    );
    const runner = manager.queryRunner;
    if (!runner) throw new Error('A statement import must run in a transaction');
    // The transaction's own connection: COPY rows land in the same transaction as everything else.
    const client = (await runner.connect()) as {
      query: (stream: ReturnType<typeof copyFrom>) => ReturnType<typeof copyFrom>;
    };
    const converter = new StatementToCopy(id);
    const copy = client.query(
      copyFrom(
        `COPY provider_statement_staging (import_id, line_no, transaction_ref, order_ref, amount, fee, settled_at)
         FROM STDIN`,
      ),
    );
    await pipeline(csv, parse({ bom: true, relax_column_count: true, trim: true }), converter, copy);
    if (converter.problems.length) throw new StatementInvalidError(converter.problems);

    await manager.query(`ANALYZE provider_statement_staging`);
    await manager.query(sql.MATCH_STAGED_LINES, [id]);
    await manager.query(`DELETE FROM provider_statement_staging WHERE import_id = $1`, [id]);
    const closed: Array<{ day: string }> = await manager.query(sql.LINES_ON_CLOSED_DAYS, [id]);
    if (closed.length)
      throw new ReconciliationDayClosedError(
        closed.map((row) => row.day),
        'file',
      );
    const [summary]: Array<{
      lines: number;
      matched: number;
      amount_differences: number;
      unmatched: number;
      days: string[];
    }> = await manager.query(sql.IMPORT_SUMMARY, [id]);
    await manager.query(
      `UPDATE provider_statement_import SET line_count = $2, duplicate_count = $3 WHERE id = $1`,
      [id, summary.lines, converter.lines - summary.lines],
    );
    return {
      importId: id,
      number,
      lines: summary.lines,
      duplicates: converter.lines - summary.lines,
      matched: summary.matched,
      amountDifferences: summary.amount_differences,
      unmatched: summary.unmatched,
      days: [...summary.days].sort(),
      milliseconds: Date.now() - started,
    };
  }

  async day(day: string): Promise<DaySummary> {
    const [row]: Array<Record<string, unknown>> = await this.connection.manager.query(sql.DAY_SUMMARY, [day]);
    const closedAt = row.closed_at as Date | null;
    return {
      day,
      lines: row.lines as number,
      statementAmount: Number(row.statement_amount),
      fees: Number(row.fees),
      matched: row.matched as number,
      amountDifferences: row.amount_differences as number,
      amountDifferenceTotal: Number(row.amount_difference_total),
      unmatched: row.unmatched as number,
      unexplained: row.unexplained as number,
      unsettledPayments: row.unsettled_payments as number,
      closed: closedAt !== null,
      closedAt: closedAt?.toISOString() ?? null,
    };
  }

  /** A day's statement lines in file order (keyset on the line id), optionally only one status. */
  async lines(
    day: string,
    page: { limit: number; after?: string; status?: string; unexplained?: boolean },
  ): Promise<{ rows: StatementLineRow[]; nextCursor: string | null }> {
    const rows: StatementLineRow[] = await this.connection.manager.query(
      `SELECT id::text, line_no, transaction_ref, order_ref, amount, fee, settled_at, settled_day::text, order_id,
              expected_amount, status, explanation, explained_at
         FROM provider_statement_line
        WHERE settled_day = $1 AND ($2::text IS NULL OR status = $2) AND id > $3
          AND (NOT $5 OR (status <> 'matched' AND explanation IS NULL))
        ORDER BY id LIMIT $4`,
      [day, page.status ?? null, page.after ?? '0', page.limit + 1, page.unexplained ?? false],
    );
    const more = rows.length > page.limit;
    const data = more ? rows.slice(0, page.limit) : rows;
    return { rows: data, nextCursor: more ? cursorFor('id', data[data.length - 1].id) : null };
  }

  /** Our side's open items: prepaid orders paid that day that no statement line has settled. */
  async unsettledPayments(
    day: string,
    page: { limit: number; after?: string },
  ): Promise<{
    rows: Array<{ order_id: string; order_number: string; amount: string; currency: string }>;
    nextCursor: string | null;
  }> {
    const rows: Array<{ order_id: string; order_number: string; amount: string; currency: string }> =
      await this.connection.manager.query(
        `SELECT order_id, order_number, amount, currency FROM provider_payment
          WHERE paid_on = $1 AND statement_line_id IS NULL AND ($2::uuid IS NULL OR order_id > $2)
          ORDER BY order_id LIMIT $3`,
        [day, page.after ?? null, page.limit + 1],
      );
    const more = rows.length > page.limit;
    const data = more ? rows.slice(0, page.limit) : rows;
    return { rows: data, nextCursor: more ? cursorFor('orderId', data[data.length - 1].order_id) : null };
  }

  async explain(lineId: string, reason: string): Promise<StatementLineRow> {
    const [line]: Array<{ status: string; settled_day: string }> = await this.connection.manager.query(
      `SELECT status, settled_day::text FROM provider_statement_line WHERE id = $1 FOR UPDATE`,
      [lineId],
    );
    if (!line) throw new StatementLineNotFoundError(lineId);
    if (line.status === 'matched') throw new StatementLineMatchedError();
    await this.assertOpen(line.settled_day);
    const [updated]: [StatementLineRow[], number] = await this.connection.manager.query(
      `UPDATE provider_statement_line SET explanation = $2, explained_by = $3, explained_at = now()
        WHERE id = $1
        RETURNING id::text, line_no, transaction_ref, order_ref, amount, fee, settled_at, settled_day::text,
                  order_id, expected_amount, status, explanation, explained_at`,
      [lineId, reason, currentActor()?.id ?? null],
    );
    return updated[0];
  }

  /** 日结: only when every statement line of the day is matched or explained. */
  async close(day: string): Promise<DaySummary> {
    // One closer at a time per day: the advisory lock orders two concurrent closes.
    await this.connection.manager.query(
      `SELECT pg_advisory_xact_lock(hashtext('website-reconciliation:' || $1))`,
      [day],
    );
    await this.assertOpen(day);
    const summary = await this.day(day);
    if (summary.unexplained > 0) throw new ReconciliationDayOpenItemsError(day, summary.unexplained);
    await this.connection.manager.query(
      `INSERT INTO reconciliation_day (kind, day, closed_by, line_count) VALUES ('website', $1, $2, $3)`,
      [day, currentActor()?.id ?? null, summary.lines],
    );
    return this.day(day);
  }

  private async assertOpen(day: string): Promise<void> {
    const closed: unknown[] = await this.connection.manager.query(
      `SELECT 1 FROM reconciliation_day WHERE kind = 'website' AND day = $1`,
      [day],
    );
    if (closed.length) throw new ReconciliationDayClosedError([day]);
  }
}
