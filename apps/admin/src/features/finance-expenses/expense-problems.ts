import type { TFunction } from 'i18next';
import { ApiProblem } from '../../api/problem';
import { i18n } from '../../i18n/i18n';
import type { zhCN } from '../../i18n/locales/zh-CN';
import { problemMessage } from '../../shared/ui/problem-text';

type ExpenseProblemCode = keyof typeof zhCN.financeExpenses.problems;

/** Our wording for the claim and budget refusals (over budget, not your step), else the shared wording. */
export function expenseProblemMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiProblem && i18n.exists(`financeExpenses.problems.${error.code}`))
    return t(`financeExpenses.problems.${error.code as ExpenseProblemCode}`);
  return problemMessage(t, error);
}
