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
  employees: (params: { status?: string; unitId?: string } = {}) => link('/hr/employees', params),
  ordersByStatusAnyDay: (status: string) => link('/orders/sales-orders', { status }),
  ordersByStatus: (from: string, to: string, status: string) =>
    link('/orders/sales-orders', { status, from, to }),
  tickets: (params: { priority?: string; breached?: 'true' } = {}) =>
    link('/support/tickets', { status: 'active', ...params }),
  supportMetrics: () => link('/support/metrics'),
  purchaseOrders: (status?: string) => link('/purchasing/purchase-orders', { status }),
  supplierInvoices: (status: string) => link('/purchasing/supplier-invoices', { status }),
  transfers: (status: string) => link('/inventory/transfers', { status }),
  hiringRequests: () => link('/hr/recruitment'),
  probation: () => link('/hr/probation'),
  attendance: () => link('/hr/attendance'),
  salesTargets: (period: string) => link('/sales/targets', { period }),
  budgets: (date: string) => link('/finance/budgets', { date }),
  reconciliation: () => link('/finance/reconciliation'),
};
