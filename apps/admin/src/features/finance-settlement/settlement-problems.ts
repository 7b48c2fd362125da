import type { TFunction } from 'i18next';
import { ApiProblem } from '../../api/problem';
import { i18n } from '../../i18n/i18n';
import type { zhCN } from '../../i18n/locales/zh-CN';
import { problemMessage } from '../../shared/ui/problem-text';

type SettlementProblemCode = keyof typeof zhCN.financeSettlement.problems;

/** Our wording for the settlement refusals (a run stepped out of turn, a day with open items), else shared. */
export function settlementProblemMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiProblem && i18n.exists(`financeSettlement.problems.${error.code}`))
    return t(`financeSettlement.problems.${error.code as SettlementProblemCode}`);
  return problemMessage(t, error);
}
