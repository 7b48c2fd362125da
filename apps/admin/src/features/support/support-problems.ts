import type { TFunction } from 'i18next';
import { ApiProblem } from '../../api/problem';
import { i18n } from '../../i18n/i18n';
import type { zhCN } from '../../i18n/locales/zh-CN';
import { problemMessage } from '../../shared/ui/problem-text';

type SupportProblemCode = keyof typeof zhCN.support.problems;

/** Our wording for the support domain's refusals (a status move, a queue member, a decided candidate). */
export function supportProblemMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiProblem && i18n.exists(`support.problems.${error.code}`))
    return t(`support.problems.${error.code as SupportProblemCode}`);
  return problemMessage(t, error);
}
