import type { FieldProblem } from '@zhanggui/api-platform';
import type { ExpenseCategory } from './expense-categories';

export const EMPLOYEE_GRADES = ['staff', 'manager', 'executive'] as const;
export type EmployeeGrade = (typeof EMPLOYEE_GRADES)[number];

/**
 * A limit per category and grade: `per_line` caps one receipt line (a night's hotel, a taxi ride); `per_day`
 * caps the sum of the claim's lines of that category on one day (meals per day).
 */
export interface PolicyLimit {
  category: ExpenseCategory;
  grade: EmployeeGrade;
  basis: 'per_line' | 'per_day';
  /** 分. */
  limit: number;
}

export interface LineForPolicy {
  expenseDate: string;
  category: ExpenseCategory;
  amount: number;
  justification?: string | null;
}

export interface LimitBreach {
  lineIndex: number;
  limit: PolicyLimit;
  /** The amount compared with the limit: the line, or the day's total for the category. */
  amount: number;
  justified: boolean;
}

/** The minimum words a justification must carry to count: "ok" is not a reason. */
export const MIN_JUSTIFICATION_LENGTH = 10;

/**
 * Checks each line against the limits of the claimant's grade. Rule: a line over its limit is allowed only
 * with a written justification (at least ten characters) that the approvers read; without one it is refused.
 * Per-day limits flag every line of that category and day once the day's sum is over.
 */
export function checkPolicy(
  lines: LineForPolicy[],
  grade: EmployeeGrade,
  limits: PolicyLimit[],
): LimitBreach[] {
  const applicable = limits.filter((limit) => limit.grade === grade);
  const breaches: LimitBreach[] = [];
  const dayTotals = new Map<string, number>();
  for (const line of lines) {
    const key = `${line.category}|${line.expenseDate}`;
    dayTotals.set(key, (dayTotals.get(key) ?? 0) + line.amount);
  }
  lines.forEach((line, lineIndex) => {
    for (const limit of applicable.filter((l) => l.category === line.category)) {
      const amount =
        limit.basis === 'per_line' ? line.amount : dayTotals.get(`${line.category}|${line.expenseDate}`)!;
      if (amount > limit.limit)
        breaches.push({ lineIndex, limit, amount, justified: isJustified(line.justification) });
    }
  });
  return breaches;
}

export function isJustified(text: string | null | undefined): boolean {
  return (text?.trim().length ?? 0) >= MIN_JUSTIFICATION_LENGTH;
}

/** The refused breaches as problem+json field problems, each naming the line and the limit. */
export function unjustifiedProblems(breaches: LimitBreach[], field = 'lines'): FieldProblem[] {
  return breaches
    .filter((breach) => !breach.justified)
    .map((breach) => ({
      field: `${field}.${breach.lineIndex}.amount`,
      message:
        `${fen(breach.amount)} is over the ${breach.limit.category} limit of ${fen(breach.limit.limit)} ` +
        `${breach.limit.basis === 'per_day' ? 'per day' : 'per line'} for grade ${breach.limit.grade}: ` +
        `lower it or give a justification of at least ${MIN_JUSTIFICATION_LENGTH} characters`,
    }));
}

/** `¥1,234.50` for messages; the amounts themselves stay integers. */
export function fen(amount: number): string {
  const sign = amount < 0 ? '-' : '';
  const abs = Math.abs(amount);
  const yuan = Math.floor(abs / 100).toLocaleString('en-US');
  return `${sign}¥${yuan}.${String(abs % 100).padStart(2, '0')}`;
}

/** What the company's roles mean for policy grades until HR grades are wired in: the GM, managers, everyone else. */
export function gradeOfRoles(roles: readonly string[]): EmployeeGrade {
  if (roles.includes('general-manager')) return 'executive';
  if (roles.some((role) => role.endsWith('-manager') || role.endsWith('-lead'))) return 'manager';
  return 'staff';
}
