import { Injectable } from '@nestjs/common';
import { OrderDashboardFiguresService, UnitSales } from '@zhanggui/api-orders';
import { TransactionalConnection } from '@zhanggui/api-platform';
import { salesScope, scopeParam } from '../shared/sales-scope';
import { dashboardDays } from './dashboard-days';
import { drillDowns } from './dashboard-drill-downs';
import { DASHBOARD_CURRENCY, DepartmentDashboard, figure, percent } from './department-figures';
import type { DepartmentDashboardResponse } from './dto/department-dashboard.dto';

const TOP_PRODUCTS = 5;
const STATUS_ORDER = [
  'pending_payment',
  'confirmed',
  'allocated',
  'shipped',
  'delivered',
  'completed',
  'cancelled',
];

/**
 * The sales line's dashboard, within the caller's territory (a city manager: their city). A fixed handful of
 * statements: sales today and this month, the month's target, orders by status, top products, returns, COD.
 */
@Injectable()
export class SalesDashboardService implements DepartmentDashboard {
  readonly department = 'sales' as const;

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly orders: OrderDashboardFiguresService,
  ) {}

  async figures(date: string): Promise<DepartmentDashboardResponse> {
    const days = dashboardDays(date);
    const m = days.month;
    const units = scopeParam(await salesScope('dashboards:sales'));
    const [today, month, target, byStatus, top, returns, cod] = await Promise.all([
      this.orders.salesByUnit(days.today.from, days.today.to, units),
      this.orders.salesByUnit(m.from, m.to, units),
      this.monthTarget(m.key, units),
      this.orders.ordersByStatus(m.from, m.to, units),
      this.orders.topProducts(m.from, m.to, units, TOP_PRODUCTS),
      this.orders.returnsRequested(m.from, m.to, units),
      this.orders.codAwaitingCash(units),
    ]);
    const sold = total(month);
    return {
      department: this.department,
      date,
      currency: DASHBOARD_CURRENCY,
      figures: [
        figure('salesToday', 'money', total(today).amount, drillDowns.orders(date, date), {
          count: total(today).orders,
        }),
        figure('salesThisMonth', 'money', sold.amount, drillDowns.orders(m.firstDay, m.lastDay), {
          count: sold.orders,
          target,
        }),
        figure(
          'targetAttainment',
          'percent',
          target ? percent(sold.amount, target) : null,
          drillDowns.salesTargets(m.key),
        ),
        figure('returnsRate', 'percent', percent(returns, sold.orders), drillDowns.returns(), {
          count: returns,
        }),
        figure('codOutstanding', 'money', cod.amount, drillDowns.codAwaitingCash(), {
          count: cod.remittances,
        }),
      ],
      charts: [
        {
          key: 'ordersByStatus',
          kind: 'pie',
          unit: 'count',
          points: STATUS_ORDER.filter((s) => byStatus[s]).map((status) => ({
            key: status,
            value: byStatus[status],
            drillDown: drillDowns.ordersByStatus(m.firstDay, m.lastDay, status),
          })),
        },
        {
          key: 'topProducts',
          kind: 'bar',
          unit: 'money',
          points: top.map((p, i) => ({
            key: String(i + 1),
            label: p.productName,
            value: p.amount,
            compare: p.quantity,
          })),
        },
      ],
    };
  }

  /**
   * The month's target of the scope's top units: a province's own target, or the allocation of a region or
   * city whose parent lies outside the scope — so a region's target is not counted again through its cities.
   * Null when nobody set one.
   */
  private async monthTarget(month: string, units: string[] | null): Promise<number | null> {
    const [row]: Array<{ amount: string | null }> = await this.connection.manager.query(
      `WITH tops AS (
         SELECT t.amount FROM sales_target t
          WHERE t.period_kind = 'month' AND t.period = $1 AND ($2::uuid[] IS NULL OR t.org_unit_id = ANY($2))
         UNION ALL
         SELECT a.amount FROM sales_target t JOIN sales_target_allocation a ON a.target_id = t.id
          WHERE $2::uuid[] IS NOT NULL AND t.period_kind = 'month' AND t.period = $1 AND a.user_id IS NULL
            AND a.org_unit_id = ANY($2) AND NOT (a.parent_unit_id = ANY($2)))
       SELECT sum(amount)::text AS amount FROM tops`,
      [month, units],
    );
    return row.amount === null ? null : Number(row.amount);
  }
}

function total(rows: UnitSales[]): { amount: number; orders: number } {
  return {
    amount: rows.reduce((sum, r) => sum + r.amount, 0),
    orders: rows.reduce((sum, r) => sum + r.orders, 0),
  };
}
