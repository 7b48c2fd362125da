import type { TFunction } from 'i18next';
import { ApiProblem } from '../../api/problem';
import { i18n } from '../../i18n/i18n';
import type { zhCN } from '../../i18n/locales/zh-CN';
import { problemMessage } from '../../shared/ui/problem-text';

type ReturnProblemCode = keyof typeof zhCN.returns.problems;

/** Our wording for the after-sales refusals (window closed, too many units, a step not allowed). */
export function returnProblemMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiProblem && i18n.exists(`returns.problems.${error.code}`)) {
    const text = t(`returns.problems.${error.code as ReturnProblemCode}`);
    // Which lines cannot be returned as asked is in the API's field errors: keep them beside our sentence.
    const fields = error.errors.map((f) => f.message).join('; ');
    return fields ? `${text}（${fields}）` : text;
  }
  return problemMessage(t, error);
}
