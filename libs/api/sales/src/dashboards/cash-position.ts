import type { LedgerReportsService } from '@zhanggui/api-finance';
import { drillDowns } from './dashboard-drill-downs';
import type { DashboardCashFigure } from './dto/general-manager-dashboard.dto';

const CASH_ACCOUNTS = [
  { code: '1001', nameZh: '库存现金', nameEn: 'Cash on hand' },
  { code: '1002', nameZh: '银行存款', nameEn: 'Bank deposits' },
];

/** 库存现金 + 银行存款 closing debit balances of the month, from the trial balance. */
export async function cashPosition(
  ledger: LedgerReportsService,
  month: string,
): Promise<DashboardCashFigure> {
  const trial = await ledger.trialBalance(month);
  const accounts = CASH_ACCOUNTS.map((account) => {
    // An account without postings has no row in the trial balance: its balance is nil.
    const row = trial.rows.find((r) => r.code === account.code);
    return { ...account, amount: row ? row.closingDebit - row.closingCredit : 0 };
  });
  return {
    amount: accounts.reduce((sum, a) => sum + a.amount, 0),
    accounts,
    drillDown: drillDowns.trialBalance(month),
  };
}
