import { Injectable } from '@nestjs/common';
import { parse } from 'csv-parse/sync';
import { currentActor, TransactionalConnection } from '@zhanggui/api-platform';
import type { FieldProblem } from '@zhanggui/api-platform';
import { yuanToFen } from '../website/statement-csv';
import { StatementInvalidError } from '../website/website-reconciliation.errors';
import * as sql from './cod-reconciliation.sql';

const DATE = /^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/;
const REFERENCE = /^[\x21-\x7e]{1,64}$/;
const COLUMNS = ['date', 'amount', 'reference', 'description'] as const;

export interface DepositImportReport {
  lines: number;
  duplicates: number;
  matched: number;
}

export interface CodDayReport {
  day: string;
  remittedAmount: number;
  depositedAmount: number;
  matched: number;
  unmatchedRemittances: Array<{ remittanceId: string; number: string; orgUnitId: string; amount: number }>;
  unmatchedDeposits: Array<{ id: string; reference: string; amount: number; description: string | null }>;
}

/** 每日回笼: the bank's deposit lines against the COD remittances finance confirmed. */
@Injectable()
export class CodReconciliationService {
  constructor(private readonly connection: TransactionalConnection) {}

  /** Bank deposit lines (CSV: date, amount in yuan, reference, description); a line seen before is skipped. */
  async importDeposits(csv: Buffer): Promise<DepositImportReport> {
    const records = parse(csv, {
      bom: true,
      relax_column_count: true,
      trim: true,
      skip_empty_lines: true,
    }) as string[][];
    const header = (records[0] ?? []).map((cell) => cell.toLowerCase());
    const index = COLUMNS.map((name) => header.indexOf(name));
    const problems: FieldProblem[] = [];
    if (index.slice(0, 3).some((i) => i < 0))
      problems.push({ field: 'line 1', message: 'the header needs date, amount, reference' });
    const rows = problems.length
      ? []
      : records.slice(1).map((cells, k) => {
          const [date, amountText, reference, description] = index.map((i) =>
            i < 0 ? '' : (cells[i] ?? ''),
          );
          const amount = yuanToFen(amountText);
          const field = `line ${k + 2}`;
          if (!DATE.test(date)) problems.push({ field, message: 'date must be a date such as 2026-11-27' });
          else if (amount === null || amount <= 0)
            problems.push({ field, message: 'amount must be positive yuan such as 1200.00' });
          else if (!REFERENCE.test(reference)) problems.push({ field, message: 'reference is malformed' });
          return { date, amount, reference, description: description.slice(0, 200) || null };
        });
    if (problems.length) throw new StatementInvalidError(problems.slice(0, 20));
    const inserted: Array<{ id: string }> = rows.length
      ? await this.connection.manager.query(
          `INSERT INTO bank_deposit_line (deposit_date, amount, reference, description, imported_by)
           SELECT * FROM unnest($1::date[], $2::bigint[], $3::text[], $4::text[], $5::uuid[])
           ON CONFLICT (deposit_date, reference) DO NOTHING RETURNING id`,
          [
            rows.map((r) => r.date),
            rows.map((r) => r.amount),
            rows.map((r) => r.reference),
            rows.map((r) => r.description),
            rows.map(() => currentActor()?.id ?? null),
          ],
        )
      : [];
    const matched = await this.match();
    return { lines: inserted.length, duplicates: rows.length - inserted.length, matched };
  }

  /** Pairs what can be paired; returns how many remittances were matched now. */
  async match(): Promise<number> {
    const [, byReference]: [unknown, number] = await this.connection.manager.query(sql.MATCH_BY_REFERENCE);
    const [, byDay]: [unknown, number] = await this.connection.manager.query(sql.MATCH_BY_DAY_AND_AMOUNT);
    return byReference + byDay;
  }

  async day(day: string): Promise<CodDayReport> {
    const remittances: Array<Record<string, string | null>> = await this.connection.manager.query(
      sql.DAY_REMITTANCES,
      [day],
    );
    const deposits: Array<Record<string, string | null>> = await this.connection.manager.query(
      sql.DAY_DEPOSITS,
      [day],
    );
    const sum = (rows: Array<Record<string, string | null>>) =>
      rows.reduce((s, r) => s + Number(r.amount), 0);
    return {
      day,
      remittedAmount: sum(remittances),
      depositedAmount: sum(deposits),
      matched: remittances.filter((r) => r.bank_deposit_line_id).length,
      unmatchedRemittances: remittances
        .filter((r) => !r.bank_deposit_line_id)
        .map((r) => ({
          remittanceId: r.remittance_id!,
          number: r.number!,
          orgUnitId: r.org_unit_id!,
          amount: Number(r.amount),
        })),
      unmatchedDeposits: deposits
        .filter((d) => !d.remittance_number)
        .map((d) => ({
          id: d.id!,
          reference: d.reference!,
          amount: Number(d.amount),
          description: d.description,
        })),
    };
  }
}
