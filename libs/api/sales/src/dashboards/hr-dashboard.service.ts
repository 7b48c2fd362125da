import { Injectable } from '@nestjs/common';
import { HrDashboardFiguresService } from '@zhanggui/api-hr';
import { addDays, dashboardDays } from './dashboard-days';
import { drillDowns } from './dashboard-drill-downs';
import { DASHBOARD_CURRENCY, DepartmentDashboard, figure } from './department-figures';
import type { DepartmentDashboardResponse } from './dto/department-dashboard.dto';

/** Probation endings this close ahead are worth preparing the review for now. */
const PROBATION_HORIZON_DAYS = 30;

/** HR: people in post against the plan per unit, hiring still open, probations ending, who is on leave today. */
@Injectable()
export class HrDashboardService implements DepartmentDashboard {
  readonly department = 'hr' as const;

  constructor(private readonly hr: HrDashboardFiguresService) {}

  async figures(date: string): Promise<DepartmentDashboardResponse> {
    const days = dashboardDays(date);
    const horizon = addDays(date, PROBATION_HORIZON_DAYS);
    const [units, hiring, probation, onLeave] = await Promise.all([
      this.hr.headcountByUnit(days.year),
      this.hr.openHiringRequests(),
      this.hr.probationEnding(date, horizon),
      this.hr.onLeave(date),
    ]);
    return {
      department: this.department,
      date,
      currency: DASHBOARD_CURRENCY,
      figures: [
        figure('headcount', 'count', sum(units.map((u) => u.inPost)), drillDowns.employees(), {
          target: sum(units.map((u) => u.planned)),
        }),
        figure('openHiringRequests', 'count', hiring.requests, drillDowns.hiringRequests(), {
          count: hiring.heads,
        }),
        figure('probationEnding', 'count', probation, drillDowns.probation()),
        figure('onLeaveToday', 'count', onLeave, drillDowns.attendance()),
      ],
      charts: [
        {
          key: 'headcountByUnit',
          kind: 'bar',
          unit: 'count',
          points: units.map((u) => ({
            key: u.orgUnitId,
            label: u.name,
            value: u.inPost,
            compare: u.planned,
            drillDown: drillDowns.employees({ unitId: u.orgUnitId }),
          })),
        },
      ],
    };
  }
}

const sum = (values: number[]) => values.reduce((total, n) => total + n, 0);
