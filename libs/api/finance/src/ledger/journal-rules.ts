import type { FieldProblem } from '@zhanggui/api-platform';

/** A line as posting code writes it: an account code and a debit or a credit in 分. */
export interface PostingLine {
  accountCode: string;
  debit?: number;
  credit?: number;
  memo?: string;
  orgUnitId?: string | null;
}

/** What a money event asks the ledger to post (see posting-rules.ts). */
export interface PostingRequest {
  /** The business document: unique per (type, id, purpose), so a redelivered event posts nothing new. */
  source: { type: string; id: string; number?: string | null; purpose: string };
  /** The business date (Beijing), `YYYY-MM-DD`. */
  date: string;
  description: string;
  lines: PostingLine[];
}

export const MAX_LINE_AMOUNT = 1_000_000_000_000; // ¥10 billion in 分: far above any single line

/**
 * Checks double entry in code (the database checks it again at commit): at least two lines, each exactly one
 * positive whole debit or credit, and debits equal to credits. Returns the total, or the problems by field.
 */
export function checkBalanced(
  lines: Array<{ debit?: number; credit?: number }>,
  field = 'lines',
): { total: number; problems: FieldProblem[] } {
  const problems: FieldProblem[] = [];
  if (lines.length < 2) problems.push({ field, message: 'an entry needs at least two lines' });
  let debits = 0;
  let credits = 0;
  lines.forEach((line, index) => {
    const debit = line.debit ?? 0;
    const credit = line.credit ?? 0;
    const valid = (amount: number) =>
      Number.isSafeInteger(amount) && amount >= 0 && amount <= MAX_LINE_AMOUNT;
    if (!valid(debit) || !valid(credit) || (debit === 0) === (credit === 0)) {
      problems.push({
        field: `${field}.${index}`,
        message: 'a line has either a debit or a credit: one positive whole number of 分',
      });
      return;
    }
    debits += debit;
    credits += credit;
  });
  if (problems.length === 0 && debits !== credits) {
    problems.push({ field, message: `debits ${debits} 分 do not equal credits ${credits} 分` });
  }
  return { total: debits, problems };
}

/** Drops zero lines and merges lines of one account, side and dimension (a rule may produce 0 VAT, say). */
export function compactLines(lines: PostingLine[]): PostingLine[] {
  const merged = new Map<string, PostingLine>();
  for (const line of lines) {
    const debit = line.debit ?? 0;
    const credit = line.credit ?? 0;
    if (debit === 0 && credit === 0) continue;
    const side = debit > 0 ? 'd' : 'c';
    const key = `${line.accountCode}|${side}|${line.orgUnitId ?? ''}|${line.memo ?? ''}`;
    const existing = merged.get(key);
    if (existing) {
      existing.debit = (existing.debit ?? 0) + debit;
      existing.credit = (existing.credit ?? 0) + credit;
    } else merged.set(key, { ...line, debit, credit });
  }
  return [...merged.values()];
}

/** `2026-11-27` → `2026-11`. */
export function periodOf(date: string): string {
  return date.slice(0, 7);
}

/** First and last day of a `YYYY-MM` period. */
export function periodBounds(code: string): { startDate: string; endDate: string } {
  const [year, month] = code.split('-').map(Number);
  const last = new Date(Date.UTC(year, month, 0)).getUTCDate();
  return { startDate: `${code}-01`, endDate: `${code}-${String(last).padStart(2, '0')}` };
}

export function nextPeriod(code: string): string {
  const [year, month] = code.split('-').map(Number);
  return month === 12 ? `${year + 1}-01` : `${year}-${String(month + 1).padStart(2, '0')}`;
}
