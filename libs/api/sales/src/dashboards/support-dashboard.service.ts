import { Injectable } from '@nestjs/common';
import { TicketDashboardFiguresService } from '@zhanggui/api-support';
import { dashboardDays } from './dashboard-days';
import { drillDowns } from './dashboard-drill-downs';
import { DASHBOARD_CURRENCY, DepartmentDashboard, figure } from './department-figures';
import type { DepartmentDashboardResponse } from './dto/department-dashboard.dto';

const PRIORITIES = ['urgent', 'high', 'normal', 'low'];

/** Customer service: the open queue by priority, SLA breaches, how fast and how well customers were served. */
@Injectable()
export class SupportDashboardService implements DepartmentDashboard {
  readonly department = 'support' as const;

  constructor(private readonly tickets: TicketDashboardFiguresService) {}

  async figures(date: string): Promise<DepartmentDashboardResponse> {
    const m = dashboardDays(date).month;
    const [byPriority, breaches, firstResponse, satisfaction] = await Promise.all([
      this.tickets.openByPriority(),
      this.tickets.openSlaBreaches(),
      this.tickets.firstResponseMedian(m.from, m.to),
      this.tickets.satisfaction(m.from, m.to),
    ]);
    const open = Object.values(byPriority).reduce((sum, n) => sum + n, 0);
    return {
      department: this.department,
      date,
      currency: DASHBOARD_CURRENCY,
      figures: [
        figure('openTickets', 'count', open, drillDowns.tickets()),
        figure('slaBreaches', 'count', breaches, drillDowns.tickets({ breached: 'true' })),
        figure('firstResponseMedian', 'minutes', firstResponse.minutes, drillDowns.supportMetrics(), {
          count: firstResponse.tickets,
        }),
        figure('satisfaction', 'score', satisfaction.average, drillDowns.supportMetrics(), {
          count: satisfaction.rated,
        }),
      ],
      charts: [
        {
          key: 'openTicketsByPriority',
          kind: 'bar',
          unit: 'count',
          points: PRIORITIES.map((priority) => ({
            key: priority,
            value: byPriority[priority] ?? 0,
            drillDown: drillDowns.tickets({ priority }),
          })),
        },
      ],
    };
  }
}
