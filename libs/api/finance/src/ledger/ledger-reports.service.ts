import { Injectable } from '@nestjs/common';
import { BusinessRuleError, TransactionalConnection } from '@zhanggui/api-platform';
import {
  balanceSheet,
  BalanceSheetAmounts,
  incomeStatement,
  IncomeStatementAmounts,
} from './financial-statements';
import type { AccountType, NormalBalance } from './chart-of-accounts';

export interface TrialBalanceRow {
  accountId: string;
  code: string;
  nameZh: string;
  nameEn: string;
  type: AccountType;
  normalBalance: NormalBalance;
  level: number;
  isLeaf: boolean;
  openingDebit: number;
  openingCredit: number;
  debit: number;
  credit: number;
  closingDebit: number;
  closingCredit: number;
}

export interface TrialBalance {
  period: string;
  rows: TrialBalanceRow[];
  totals: Omit<
    TrialBalanceRow,
    'accountId' | 'code' | 'nameZh' | 'nameEn' | 'type' | 'normalBalance' | 'level' | 'isLeaf'
  >;
  balanced: boolean;
}

interface AccountSums {
  id: string;
  code: string;
  name_zh: string;
  name_en: string;
  type: AccountType;
  normal_balance: NormalBalance;
  level: number;
  is_leaf: boolean;
  opening: string;
  debit: string;
  credit: string;
}

/** Sums of bigint columns arrive as strings; they are whole 分 within Number's safe range. */
function fen(value: string | number): number {
  const amount = Number(value);
  if (!Number.isSafeInteger(amount)) throw new RangeError(`${value} is not a safe whole number of 分`);
  return amount;
}

const split = (net: number) => ({ debit: net > 0 ? net : 0, credit: net < 0 ? -net : 0 });

/**
 * The period reports, each one aggregate query over the posted lines (index on period, account) and
 * integer arithmetic in 分: 科目余额表 (trial balance), 利润表, 资产负债表.
 */
@Injectable()
export class LedgerReportsService {
  constructor(private readonly connection: TransactionalConnection) {}

  /**
   * Every account with a balance or activity: opening (before the period), the period's debits and credits,
   * and closing — each balance on the side it falls. Parents roll up their sub-accounts; the totals add the
   * first-level accounts, and debits equal credits in each pair.
   */
  async trialBalance(period: string): Promise<TrialBalance> {
    const rows: AccountSums[] = await this.connection.manager.query(
      `SELECT a.id, a.code, a.name_zh, a.name_en, a.type, a.normal_balance, a.level, a.is_leaf,
              coalesce(s.opening, 0) AS opening, coalesce(s.debit, 0) AS debit, coalesce(s.credit, 0) AS credit
         FROM ledger_account a
         LEFT JOIN (SELECT account_id,
                           sum(debit - credit) FILTER (WHERE period < $1) AS opening,
                           sum(debit) FILTER (WHERE period = $1) AS debit,
                           sum(credit) FILTER (WHERE period = $1) AS credit
                      FROM journal_line WHERE posted AND period <= $1 GROUP BY account_id) s
           ON s.account_id = a.id
        ORDER BY a.code`,
      [period],
    );
    // Roll each account's own sums up into every ancestor (codes extend their parent's by two digits).
    const totals = new Map<string, { opening: number; debit: number; credit: number }>();
    for (const row of rows) totals.set(row.code, { opening: 0, debit: 0, credit: 0 });
    for (const row of rows) {
      for (let length = 4; length <= row.code.length; length += 2) {
        const target = totals.get(row.code.slice(0, length));
        if (!target) continue;
        target.opening += fen(row.opening);
        target.debit += fen(row.debit);
        target.credit += fen(row.credit);
      }
    }
    const result: TrialBalanceRow[] = [];
    const sum = { openingDebit: 0, openingCredit: 0, debit: 0, credit: 0, closingDebit: 0, closingCredit: 0 };
    for (const row of rows) {
      const t = totals.get(row.code)!;
      const closing = t.opening + t.debit - t.credit;
      if (t.opening === 0 && t.debit === 0 && t.credit === 0) continue;
      const opening = split(t.opening);
      const close = split(closing);
      const line: TrialBalanceRow = {
        accountId: row.id,
        code: row.code,
        nameZh: row.name_zh,
        nameEn: row.name_en,
        type: row.type,
        normalBalance: row.normal_balance,
        level: row.level,
        isLeaf: row.is_leaf,
        openingDebit: opening.debit,
        openingCredit: opening.credit,
        debit: t.debit,
        credit: t.credit,
        closingDebit: close.debit,
        closingCredit: close.credit,
      };
      result.push(line);
      if (row.level === 1) {
        sum.openingDebit += line.openingDebit;
        sum.openingCredit += line.openingCredit;
        sum.debit += line.debit;
        sum.credit += line.credit;
        sum.closingDebit += line.closingDebit;
        sum.closingCredit += line.closingCredit;
      }
    }
    const balanced =
      sum.openingDebit === sum.openingCredit &&
      sum.debit === sum.credit &&
      sum.closingDebit === sum.closingCredit;
    return { period, rows: result, totals: sum, balanced };
  }

  /** Refuses to close a period whose trial balance does not balance (the triggers make it unlikely). */
  async assertBalanced(period: string): Promise<void> {
    const trial = await this.trialBalance(period);
    if (!trial.balanced)
      throw new BusinessRuleError(
        'TRIAL_BALANCE_UNBALANCED',
        `The trial balance of ${period} does not balance.`,
      );
  }

  /** 利润表: the period (本期金额) and the year to its end (本年累计金额). */
  async incomeStatement(period: string): Promise<{
    period: string;
    current: IncomeStatementAmounts;
    yearToDate: IncomeStatementAmounts;
  }> {
    const rows: Array<{ code: string; current: string; ytd: string }> = await this.connection.manager.query(
      `SELECT left(a.code, 4) AS code,
              coalesce(sum(l.debit - l.credit) FILTER (WHERE l.period = $1), 0) AS current,
              coalesce(sum(l.debit - l.credit), 0) AS ytd
         FROM journal_line l JOIN ledger_account a ON a.id = l.account_id
        WHERE l.posted AND l.period BETWEEN $2 AND $1 AND a.type IN ('revenue', 'expense', 'cost')
        GROUP BY left(a.code, 4)`,
      [period, `${period.slice(0, 4)}-01`],
    );
    return {
      period,
      current: incomeStatement(new Map(rows.map((row) => [row.code, fen(row.current)]))),
      yearToDate: incomeStatement(new Map(rows.map((row) => [row.code, fen(row.ytd)]))),
    };
  }

  /** 资产负债表 at the period's end (期末余额) and at the start of its year (年初余额). */
  async balanceSheet(period: string): Promise<{
    period: string;
    closing: BalanceSheetAmounts;
    yearStart: BalanceSheetAmounts;
    balanced: boolean;
  }> {
    const rows: Array<{ code: string; type: string; closing: string; year_start: string }> =
      await this.connection.manager.query(
        `SELECT left(a.code, 4) AS code, min(a.type) AS type,
                coalesce(sum(l.debit - l.credit), 0) AS closing,
                coalesce(sum(l.debit - l.credit) FILTER (WHERE l.period < $2), 0) AS year_start
           FROM journal_line l JOIN ledger_account a ON a.id = l.account_id
          WHERE l.posted AND l.period <= $1
          GROUP BY left(a.code, 4)`,
        [period, `${period.slice(0, 4)}-01`],
      );
    const types = new Map(rows.map((row) => [row.code, row.type]));
    const closing = balanceSheet(new Map(rows.map((row) => [row.code, fen(row.closing)])), (c) =>
      types.get(c),
    );
    const yearStart = balanceSheet(new Map(rows.map((row) => [row.code, fen(row.year_start)])), (c) =>
      types.get(c),
    );
    return {
      period,
      closing,
      yearStart,
      balanced:
        closing.assets.total === closing.liabilitiesAndEquity &&
        yearStart.assets.total === yearStart.liabilitiesAndEquity,
    };
  }
}
