import type { TFunction } from 'i18next';
import { ApiProblem } from '../../../api/problem';
import { i18n } from '../../../i18n/i18n';
import type { zhCN } from '../../../i18n/locales/zh-CN';
import { problemMessage } from '../../../shared/ui/problem-text';

type HrTimeProblemCode = keyof typeof zhCN.hrTime.problems;

/** Our wording for HR's refusals (a locked month, an overlapping leave, a stage out of order). */
export function hrTimeProblemMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiProblem && i18n.exists(`hrTime.problems.${error.code}`))
    return t(`hrTime.problems.${error.code as HrTimeProblemCode}`);
  return problemMessage(t, error);
}
