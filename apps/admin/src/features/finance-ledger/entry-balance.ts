import { yuanToMinorUnits } from '../../shared/money/money';
import type { JournalEntryInput } from './ledger.api';

/** One line of the manual entry form as typed: amounts stay yuan text until they are sent. */
export interface EntryLineDraft {
  accountCode?: string;
  debit?: string;
  credit?: string;
  memo?: string;
}

export type LineProblem = 'account' | 'amount' | 'bothSides' | undefined;

export interface EntryBalance {
  /** 借方合计, 分. */
  debit: number;
  /** 贷方合计, 分. */
  credit: number;
  /** debit − credit, 分: what is still missing on the credit side (negative: on the debit side). */
  difference: number;
  /** Lines that would be refused, by index; undefined where the line is fine. */
  lineProblems: LineProblem[];
  /** Only a balanced entry with at least two good lines and a non-zero total can be saved. */
  canSave: boolean;
}

const amount = (text: string | undefined): number | undefined => (text?.trim() ? yuanToMinorUnits(text) : 0);

function lineProblem(line: EntryLineDraft): LineProblem {
  const debit = amount(line.debit);
  const credit = amount(line.credit);
  if (debit === undefined || credit === undefined) return 'amount';
  if (debit > 0 && credit > 0) return 'bothSides';
  if (debit === 0 && credit === 0) return 'amount';
  if (!line.accountCode) return 'account';
  return undefined;
}

/**
 * Double entry, checked as the clerk types (有借必有贷，借贷必相等): the API refuses the same entry, but the
 * form should not even offer to save it. Totals add whole 分, never floats.
 */
export function entryBalance(lines: readonly EntryLineDraft[]): EntryBalance {
  let debit = 0;
  let credit = 0;
  for (const line of lines) {
    debit += amount(line.debit) ?? 0;
    credit += amount(line.credit) ?? 0;
  }
  const lineProblems = lines.map(lineProblem);
  const difference = debit - credit;
  const canSave =
    lines.length >= 2 && lineProblems.every((p) => p === undefined) && difference === 0 && debit > 0;
  return { debit, credit, difference, lineProblems, canSave };
}

/** The lines as the API takes them (分, one side each). Call only when entryBalance(lines).canSave. */
export function toEntryLines(lines: readonly EntryLineDraft[]): JournalEntryInput['lines'] {
  return lines.map((line) => {
    const debit = amount(line.debit) ?? 0;
    const credit = amount(line.credit) ?? 0;
    return {
      accountCode: line.accountCode!,
      ...(debit > 0 ? { debit } : { credit }),
      memo: line.memo?.trim() || undefined,
    };
  });
}
