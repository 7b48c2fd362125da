import type { TFunction } from 'i18next';
import { ApiProblem } from '../../api/problem';
import { i18n } from '../../i18n/i18n';
import type { zhCN } from '../../i18n/locales/zh-CN';
import { problemMessage } from '../../shared/ui/problem-text';

type OrderProblemCode = keyof typeof zhCN.orders.problems;

/** Our wording for the order domain's refusals (a 409 on a step, a shortage), else the shared wording. */
export function orderProblemMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiProblem && i18n.exists(`orders.problems.${error.code}`)) {
    const text = t(`orders.problems.${error.code as OrderProblemCode}`);
    // A shortage names each SKU with what is available: keep the API's detail beside our sentence.
    return error.code === 'INSUFFICIENT_STOCK' ? `${text} ${error.detail}` : text;
  }
  return problemMessage(t, error);
}
