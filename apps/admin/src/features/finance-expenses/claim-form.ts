import type { Dayjs } from 'dayjs';
import { yuanToMinorUnits, minorUnitsToYuanText } from '../../shared/money/money';
import type { Claim, ClaimLineInput, ExpenseCategory, NewClaim, PolicyLimit } from './expenses.api';

export interface ClaimLineValues {
  expenseDate?: Dayjs | null;
  category?: ExpenseCategory;
  /** Yuan as typed ("380.5"); becomes 分 only when sent. */
  amount?: string;
  description?: string;
  justification?: string;
}

export interface ClaimFormValues {
  title?: string;
  lines?: ClaimLineValues[];
}

export const MIN_JUSTIFICATION_LENGTH = 10;

export function emptyLine(): ClaimLineValues {
  return { amount: '', description: '' };
}

/** The form's text as the API's claim: amounts in 分, dates as YYYY-MM-DD, empty justifications left out. */
export function toNewClaim(values: ClaimFormValues): NewClaim {
  return {
    title: values.title?.trim() ?? '',
    lines: (values.lines ?? []).map(toLineInput),
  };
}

function toLineInput(line: ClaimLineValues): ClaimLineInput {
  const justification = line.justification?.trim();
  return {
    expenseDate: line.expenseDate?.format('YYYY-MM-DD') ?? '',
    category: line.category!,
    amount: yuanToMinorUnits(line.amount ?? '') ?? 0,
    description: line.description?.trim() ?? '',
    ...(justification ? { justification } : {}),
  };
}

/** A claim the API gave, as the form's values (for changing a draft or a returned claim). */
export function toFormValues(claim: Claim, day: (iso: string) => Dayjs): ClaimFormValues {
  return {
    title: claim.title,
    lines: claim.lines.map((line) => ({
      expenseDate: day(line.expenseDate),
      category: line.category,
      amount: minorUnitsToYuanText(line.amount),
      description: line.description,
      justification: line.justification ?? undefined,
    })),
  };
}

export function totalOf(lines: readonly Pick<ClaimLineValues, 'amount'>[]): number {
  return lines.reduce((sum, line) => sum + (yuanToMinorUnits(line.amount ?? '') ?? 0), 0);
}

export type Grade = PolicyLimit['grade'];

/**
 * The grade the API will apply to the signed-in claimant, as a hint for the form's warnings only (the API
 * decides): the general manager is an executive, managers and leads are managers, everyone else staff.
 */
export function gradeOfRoles(roles: readonly string[]): Grade {
  if (roles.includes('general-manager')) return 'executive';
  if (roles.some((role) => role.endsWith('-manager') || role.endsWith('-lead'))) return 'manager';
  return 'staff';
}

export interface PolicyWarning {
  lineIndex: number;
  limit: PolicyLimit;
  /** The amount over the limit: the line, or the day's total for the category (分). */
  amount: number;
  justified: boolean;
}

interface LineForPolicy {
  expenseDate: string;
  /** Unset on a row not yet filled in: no limit applies to it. */
  category: ExpenseCategory | undefined;
  amount: number;
  justification?: string | null;
}

/**
 * The lines over the policy of `grade`, as the API checks them: a per-line limit caps one receipt, a per-day
 * limit the day's sum for the category (each line of that day is flagged). Over the limit is allowed with a
 * justification of at least ten characters, so the page warns rather than refuses.
 */
export function policyWarnings(
  lines: readonly LineForPolicy[],
  grade: Grade,
  limits: readonly PolicyLimit[],
): PolicyWarning[] {
  const applicable = limits.filter((limit) => limit.grade === grade);
  const dayTotals = new Map<string, number>();
  for (const line of lines) {
    const key = `${line.category}|${line.expenseDate}`;
    dayTotals.set(key, (dayTotals.get(key) ?? 0) + line.amount);
  }
  const warnings: PolicyWarning[] = [];
  lines.forEach((line, lineIndex) => {
    for (const limit of applicable.filter((l) => l.category === line.category)) {
      const amount =
        limit.basis === 'per_line'
          ? line.amount
          : (dayTotals.get(`${line.category}|${line.expenseDate}`) ?? 0);
      if (amount > limit.limit)
        warnings.push({
          lineIndex,
          limit,
          amount,
          justified: (line.justification?.trim().length ?? 0) >= MIN_JUSTIFICATION_LENGTH,
        });
    }
  });
  return warnings;
}

/** The form's rows in the shape policyWarnings reads, index for index; half-filled rows count as nothing. */
export function formLinesForPolicy(lines: readonly (ClaimLineValues | undefined)[]): LineForPolicy[] {
  return lines.map((line) => ({
    expenseDate: line?.expenseDate?.format('YYYY-MM-DD') ?? '',
    category: line?.expenseDate ? line.category : undefined,
    amount: yuanToMinorUnits(line?.amount ?? '') ?? 0,
    justification: line?.justification,
  }));
}
