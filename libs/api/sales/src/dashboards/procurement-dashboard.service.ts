import { Injectable } from '@nestjs/common';
import { StockAlertFiguresService } from '@zhanggui/api-inventory';
import { ProcurementDashboardFiguresService } from '@zhanggui/api-procurement';
import { dashboardDays } from './dashboard-days';
import { drillDowns } from './dashboard-drill-downs';
import { DASHBOARD_CURRENCY, DepartmentDashboard, figure } from './department-figures';
import type { DepartmentDashboardResponse } from './dto/department-dashboard.dto';

/** The product manager's purchasing figures: what is on order, what is late, what does not match, what is low. */
@Injectable()
export class ProcurementDashboardService implements DepartmentDashboard {
  readonly department = 'procurement' as const;

  constructor(
    private readonly purchasing: ProcurementDashboardFiguresService,
    private readonly stock: StockAlertFiguresService,
  ) {}

  async figures(date: string): Promise<DepartmentDashboardResponse> {
    const days = dashboardDays(date);
    const [open, overdue, mismatched, alerts] = await Promise.all([
      this.purchasing.openPurchaseOrders(),
      this.purchasing.overdueReceipts(days.date),
      this.purchasing.mismatchedInvoices(),
      this.stock.openAlerts(null),
    ]);
    const cny = open.filter((o) => o.currency === DASHBOARD_CURRENCY);
    const statuses = [...new Set(open.map((o) => o.status))];
    return {
      department: this.department,
      date,
      currency: DASHBOARD_CURRENCY,
      figures: [
        figure(
          'openPurchaseOrders',
          'money',
          cny.reduce((sum, o) => sum + o.amount, 0),
          drillDowns.purchaseOrders(),
          { count: open.reduce((sum, o) => sum + o.orders, 0) },
        ),
        figure('overdueReceipts', 'count', overdue, drillDowns.purchaseOrders('sent')),
        figure('mismatchedInvoices', 'money', mismatched.amount, drillDowns.supplierInvoices('mismatched'), {
          count: mismatched.invoices,
        }),
        figure('stockAlerts', 'count', alerts, drillDowns.stockAlerts()),
      ],
      charts: [
        {
          key: 'openPurchaseOrdersByStatus',
          kind: 'bar',
          unit: 'count',
          points: statuses.map((status) => ({
            key: status,
            value: open.filter((o) => o.status === status).reduce((sum, o) => sum + o.orders, 0),
            drillDown: drillDowns.purchaseOrders(status),
          })),
        },
      ],
    };
  }
}
