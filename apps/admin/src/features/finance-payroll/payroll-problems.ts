import type { TFunction } from 'i18next';
import { ApiProblem } from '../../api/problem';
import { i18n } from '../../i18n/i18n';
import type { zhCN } from '../../i18n/locales/zh-CN';
import { problemMessage } from '../../shared/ui/problem-text';

type PayrollProblemCode = keyof typeof zhCN.financePayroll.problems;

/**
 * Our wording for payroll's refusals. Some name the employees concerned (attendance not locked, no salary
 * structure, no bank account) as "E00001 王丽: …" field errors: their names follow our sentence, so the clerk
 * knows whom to chase.
 */
export function payrollProblemMessage(t: TFunction, error: unknown): string {
  if (!(error instanceof ApiProblem) || !i18n.exists(`financePayroll.problems.${error.code}`))
    return problemMessage(t, error);
  const ours = t(`financePayroll.problems.${error.code as PayrollProblemCode}`);
  const people = error.errors
    .filter((e) => e.field === 'employees')
    .map((e) => e.message.split(':')[0]!.trim());
  return people.length ? `${ours}${t('financePayroll.problems.whom', { people: people.join('、') })}` : ours;
}
