import { Injectable } from '@nestjs/common';
import { LedgerReportsService, PayablesDueService } from '@zhanggui/api-finance';
import { HeadcountFiguresService } from '@zhanggui/api-hr';
import { StockAlertFiguresService } from '@zhanggui/api-inventory';
import { OrderDashboardFiguresService, UnitSales } from '@zhanggui/api-orders';
import { TicketDashboardFiguresService } from '@zhanggui/api-support';
import { salesScope, scopeParam } from '../shared/sales-scope';
import { TerritoryDirectory, TerritoryUnit } from '../territories/territory-directory';
import { cashPosition } from './cash-position';
import { dashboardDays, DashboardDays } from './dashboard-days';
import { drillDowns } from './dashboard-drill-downs';
import {
  DashboardFunnelStage,
  DashboardSalesFigure,
  DashboardTerritorySales,
  GeneralManagerDashboardResponse,
} from './dto/general-manager-dashboard.dto';

const CURRENCY = 'CNY';

/**
 * The general manager's figures. Every number is one aggregate statement in the domain that owns the rows
 * (through its exported read service), so the page costs a fixed dozen queries whatever the data volume.
 * Sales figures follow the caller's data scope; the company-wide ones (cash, payables, headcount) are only
 * shown to roles that see the whole company anyway.
 */
@Injectable()
export class GeneralManagerDashboardService {
  constructor(
    private readonly directory: TerritoryDirectory,
    private readonly orders: OrderDashboardFiguresService,
    private readonly stock: StockAlertFiguresService,
    private readonly tickets: TicketDashboardFiguresService,
    private readonly ledger: LedgerReportsService,
    private readonly payables: PayablesDueService,
    private readonly headcount: HeadcountFiguresService,
  ) {}

  async figures(date: string): Promise<GeneralManagerDashboardResponse> {
    const days = dashboardDays(date);
    const units = scopeParam(await salesScope('dashboards:general-manager'));
    const [today, month, funnel, territories] = await Promise.all([
      this.orders.salesByUnit(days.today.from, days.today.to, units),
      this.orders.salesByUnit(days.month.from, days.month.to, units),
      this.orders.funnel(days.month.from, days.month.to, units),
      this.directory.units(units),
    ]);
    const [stockAlerts, cod, breaches, cash, payables, heads] = await Promise.all([
      this.stock.openAlerts(null),
      this.orders.codAwaitingCash(units),
      this.tickets.openSlaBreaches(),
      cashPosition(this.ledger, days.month.key),
      this.payables.dueBy(days.weekAhead),
      this.headcount.totals(days.year),
    ]);
    const due = payables.find((p) => p.currency === CURRENCY) ?? { amount: 0, payables: 0 };
    const m = days.month;
    return {
      date,
      currency: CURRENCY,
      salesToday: salesFigure(today, drillDowns.orders(date, date)),
      salesThisMonth: salesFigure(month, drillDowns.orders(m.firstDay, m.lastDay)),
      territories: this.byTerritory(territories, today, month, days),
      funnel: [
        stage('placed', funnel.placed, drillDowns.orders(m.firstDay, m.lastDay)),
        stage('paid', funnel.paid, drillDowns.orders(m.firstDay, m.lastDay)),
        stage('shipped', funnel.shipped, drillDowns.orders(m.firstDay, m.lastDay)),
        stage('delivered', funnel.delivered, drillDowns.orders(m.firstDay, m.lastDay)),
        stage('returned', funnel.returned, drillDowns.returns()),
      ],
      stockAlerts: { count: stockAlerts, drillDown: drillDowns.stockAlerts() },
      cash,
      codOutstanding: { ...cod, drillDown: drillDowns.codAwaitingCash() },
      payablesDue: {
        amount: due.amount,
        payables: due.payables,
        dueBy: days.weekAhead,
        drillDown: drillDowns.payablesDue(days.weekAhead),
      },
      slaBreaches: { count: breaches, drillDown: drillDowns.slaBreaches() },
      headcount: { ...heads, drillDown: drillDowns.employees() },
    };
  }

  /** Provinces and regions, each summing the orders of every unit below it. */
  private byTerritory(
    units: TerritoryUnit[],
    today: UnitSales[],
    month: UnitSales[],
    days: DashboardDays,
  ): DashboardTerritorySales[] {
    const parentOf = new Map(units.map((u) => [u.id, u.parentId]));
    const rollUp = (rows: UnitSales[]) => {
      const totals = new Map<string, { amount: number; orders: number }>();
      for (const row of rows) {
        // Walk up the tree so a city's orders count for its region and its province.
        for (let id: string | null | undefined = row.orgUnitId; id; id = parentOf.get(id)) {
          const total = totals.get(id) ?? { amount: 0, orders: 0 };
          total.amount += row.amount;
          total.orders += row.orders;
          totals.set(id, total);
        }
      }
      return totals;
    };
    const [byDay, byMonth] = [rollUp(today), rollUp(month)];
    const zero = { amount: 0, orders: 0 };
    return units
      .filter((u): u is TerritoryUnit & { kind: 'province' | 'region' } => u.kind !== 'city')
      .map((u) => ({
        orgUnitId: u.id,
        code: u.code,
        name: u.name,
        kind: u.kind,
        parentId: u.parentId,
        today: { ...(byDay.get(u.id) ?? zero), drillDown: drillDowns.orders(days.date, days.date, u.id) },
        month: {
          ...(byMonth.get(u.id) ?? zero),
          drillDown: drillDowns.orders(days.month.firstDay, days.month.lastDay, u.id),
        },
      }));
  }
}

function salesFigure(rows: UnitSales[], drillDown: DashboardSalesFigure['drillDown']): DashboardSalesFigure {
  return {
    amount: rows.reduce((sum, r) => sum + r.amount, 0),
    orders: rows.reduce((sum, r) => sum + r.orders, 0),
    drillDown,
  };
}

function stage(
  name: DashboardFunnelStage['stage'],
  count: number,
  drillDown: DashboardFunnelStage['drillDown'],
): DashboardFunnelStage {
  return { stage: name, count, drillDown };
}
