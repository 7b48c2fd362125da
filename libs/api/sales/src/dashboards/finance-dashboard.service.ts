import { Injectable } from '@nestjs/common';
import {
  BudgetsService,
  LedgerReportsService,
  PayablesDueService,
  ReconciliationFiguresService,
} from '@zhanggui/api-finance';
import { OrderDashboardFiguresService } from '@zhanggui/api-orders';
import { cashPosition } from './cash-position';
import { addDays, dashboardDays } from './dashboard-days';
import { drillDowns } from './dashboard-drill-downs';
import { DASHBOARD_CURRENCY, DepartmentDashboard, figure } from './department-figures';
import type { DepartmentDashboardResponse } from './dto/department-dashboard.dto';

/** Budgets used to this share or more are shown as running out (the same 80% the budget alerts use). */
const BUDGET_WARNING_PERCENT = 80;
/** How far back a day without 日结 still counts as work to do (older ones are a matter for the auditor). */
export const RECONCILIATION_WINDOW_DAYS = 30;

/** Finance: money in the bank, cash still with couriers, bills due within the week, budgets running out. */
@Injectable()
export class FinanceDashboardService implements DepartmentDashboard {
  readonly department = 'finance' as const;

  constructor(
    private readonly ledger: LedgerReportsService,
    private readonly payables: PayablesDueService,
    private readonly budgets: BudgetsService,
    private readonly orders: OrderDashboardFiguresService,
    private readonly reconciliation: ReconciliationFiguresService,
  ) {}

  async figures(date: string): Promise<DepartmentDashboardResponse> {
    const days = dashboardDays(date);
    const [cash, cod, due, budgets, openDays] = await Promise.all([
      cashPosition(this.ledger, days.month.key),
      this.orders.codAwaitingCash(null),
      this.payables.dueBy(days.weekAhead),
      this.budgets.alerts(BUDGET_WARNING_PERCENT, date),
      // Today's statement is usually not in yet: the window ends yesterday.
      this.reconciliation.openWebsiteDays(addDays(date, -RECONCILIATION_WINDOW_DAYS), date),
    ]);
    const cny = due.find((p) => p.currency === DASHBOARD_CURRENCY) ?? { amount: 0, payables: 0 };
    return {
      department: this.department,
      date,
      currency: DASHBOARD_CURRENCY,
      figures: [
        figure('cash', 'money', cash.amount, cash.drillDown),
        figure('codOutstanding', 'money', cod.amount, drillDowns.codAwaitingCash(), {
          count: cod.remittances,
        }),
        figure('payablesDue', 'money', cny.amount, drillDowns.payablesDue(days.weekAhead), {
          count: cny.payables,
        }),
        figure('budgetsOver80', 'count', budgets.length, drillDowns.budgets(date)),
        figure('unreconciledDays', 'count', openDays, drillDowns.reconciliation()),
      ],
      charts: [
        {
          key: 'cashAccounts',
          kind: 'bar',
          unit: 'money',
          points: cash.accounts.map((a) => ({ key: a.code, label: a.nameZh, value: a.amount })),
        },
        {
          key: 'budgetUtilisation',
          kind: 'bar',
          unit: 'percent',
          points: budgets.map(({ budget, figures }) => ({
            key: budget.id,
            label: `${budget.accountCode} ${budget.periodLabel}`,
            value: budget.amount === 0 ? 0 : Math.round((figures.used / budget.amount) * 1000) / 10,
          })),
        },
      ],
    };
  }
}
