import type { TFunction } from 'i18next';
import { ApiProblem } from '../../api/problem';
import { i18n } from '../../i18n/i18n';
import type { zhCN } from '../../i18n/locales/zh-CN';
import { problemMessage } from '../../shared/ui/problem-text';

type LedgerProblemCode = keyof typeof zhCN.financeLedger.problems;

/** Our wording for the ledger's and the register's refusals, else the shared wording. */
export function ledgerProblemMessage(t: TFunction, error: unknown): string {
  if (error instanceof ApiProblem && i18n.exists(`financeLedger.problems.${error.code}`)) {
    const ours = t(`financeLedger.problems.${error.code as LedgerProblemCode}`);
    // Which rule a voucher broke (which line, which account) is only in the API's detail: keep it beside ours.
    return error.code === 'JOURNAL_ENTRY_INVALID' ? `${ours} ${error.detail}` : ours;
  }
  return problemMessage(t, error);
}
