import type { TFunction } from 'i18next';
import { ApiProblem } from '../../api/problem';
import { i18n } from '../../i18n/i18n';
import type { zhCN } from '../../i18n/locales/zh-CN';
import { problemMessage } from '../../shared/ui/problem-text';

type CodProblemCode = keyof typeof zhCN.cod.problems;

/** Our wording for the remittance refusals (nothing to batch, a step not allowed), else the shared wording. */
export function codProblemMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiProblem && i18n.exists(`cod.problems.${error.code}`))
    return t(`cod.problems.${error.code as CodProblemCode}`);
  return problemMessage(t, error);
}
