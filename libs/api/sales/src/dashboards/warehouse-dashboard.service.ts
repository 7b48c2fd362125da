import { Injectable } from '@nestjs/common';
import { StockAlertFiguresService, TransferFiguresService } from '@zhanggui/api-inventory';
import { OrderDashboardFiguresService } from '@zhanggui/api-orders';
import { drillDowns } from './dashboard-drill-downs';
import { DASHBOARD_CURRENCY, DepartmentDashboard, figure } from './department-figures';
import type { DepartmentDashboardResponse } from './dto/department-dashboard.dto';

/** The warehouse's day: what runs low, what waits to ship, what is on the road between warehouses. */
@Injectable()
export class WarehouseDashboardService implements DepartmentDashboard {
  readonly department = 'warehouse' as const;

  constructor(
    private readonly stock: StockAlertFiguresService,
    private readonly transfers: TransferFiguresService,
    private readonly orders: OrderDashboardFiguresService,
  ) {}

  async figures(date: string): Promise<DepartmentDashboardResponse> {
    const [alerts, inTransit, waiting] = await Promise.all([
      this.stock.openAlerts(null),
      this.transfers.inTransit(),
      this.orders.awaitingShipment(),
    ]);
    const shipments = [
      { key: 'confirmed', value: waiting.confirmed },
      { key: 'allocated', value: waiting.allocated },
    ].map((p) => ({ ...p, drillDown: drillDowns.ordersByStatusAnyDay(p.key) }));
    return {
      department: this.department,
      date,
      currency: DASHBOARD_CURRENCY,
      figures: [
        figure('stockAlerts', 'count', alerts, drillDowns.stockAlerts()),
        figure(
          'pendingShipments',
          'count',
          waiting.confirmed + waiting.allocated,
          drillDowns.ordersByStatusAnyDay('confirmed'),
        ),
        figure('transfersInTransit', 'count', inTransit, drillDowns.transfers('in_transit')),
      ],
      charts: [{ key: 'pendingShipmentsByStatus', kind: 'bar', unit: 'count', points: shipments }],
    };
  }
}
