import type { DashboardDrillDown } from './dto/general-manager-dashboard.dto';

/**
 * The console lists behind each figure, linked only with filters those lists read from their URL
 * (apps/admin/src/features/<list>/*-list-state.ts); a filter they do not know would be silently dropped.
 */
function link(path: string, params: Record<string, string | undefined> = {}): DashboardDrillDown {
  const query = new URLSearchParams();
  for (const [key, value] of Object.entries(params)) if (value !== undefined) query.set(key, value);
  return { path, query: query.toString() };
}

export const drillDowns = {
  orders: (from: string, to: string, regionId?: string) =>
    link('/orders/sales-orders', { regionId, from, to }),
  returns: () => link('/orders/returns'),
  stockAlerts: () => link('/inventory/stock-alerts', { status: 'open' }),
  trialBalance: (month: string) => link('/finance/reports', { report: 'trial-balance', period: month }),
  codAwaitingCash: () => link('/finance/cod-remittances', { status: 'awaiting_cash' }),
  payablesDue: (dueBefore: string) => link('/finance/payables', { dueBefore }),
  slaBreaches: () => link('/support/tickets', { breached: 'true' }),
  employees: () => link('/hr/employees'),
};
