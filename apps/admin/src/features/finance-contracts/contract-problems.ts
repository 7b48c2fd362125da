import type { TFunction } from 'i18next';
import { ApiProblem } from '../../api/problem';
import { i18n } from '../../i18n/i18n';
import type { zhCN } from '../../i18n/locales/zh-CN';
import { problemMessage } from '../../shared/ui/problem-text';

type ContractProblemCode = keyof typeof zhCN.financeContracts.problems;

/** Our wording for the contract refusals (wrong status, dates, file), else the shared wording. */
export function contractProblemMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiProblem && i18n.exists(`financeContracts.problems.${error.code}`))
    return t(`financeContracts.problems.${error.code as ContractProblemCode}`);
  return problemMessage(t, error);
}
