import type { DepartmentDashboard } from './dashboard.api';

const link = (path: string, query = '') => ({ path, query });

export const SALES_UNIT = '0190a0b0-0000-7000-8000-00000000b001';

export function fakeHrDashboard(): DepartmentDashboard {
  return {
    department: 'hr',
    date: '2026-11-28',
    currency: 'CNY',
    figures: [
      { key: 'headcount', unit: 'count', value: 46, target: 50, drillDown: link('/hr/employees') },
      { key: 'openHiringRequests', unit: 'count', value: 3, count: 5, drillDown: link('/hr/recruitment') },
      { key: 'probationEnding', unit: 'count', value: 2, drillDown: link('/hr/probation') },
      { key: 'onLeaveToday', unit: 'count', value: 1, drillDown: link('/hr/attendance') },
    ],
    charts: [
      {
        key: 'headcountByUnit',
        kind: 'bar',
        unit: 'count',
        points: [
          {
            key: SALES_UNIT,
            label: '销售部',
            value: 30,
            compare: 32,
            drillDown: link('/hr/employees', `unitId=${SALES_UNIT}`),
          },
          { key: 'b', label: '财务部', value: 16, compare: 18, drillDown: link('/hr/employees', 'unitId=b') },
        ],
      },
    ],
  };
}

export function fakeFinanceDashboard(): DepartmentDashboard {
  return {
    department: 'finance',
    date: '2026-11-28',
    currency: 'CNY',
    figures: [
      {
        key: 'cash',
        unit: 'money',
        value: 50_000_000,
        drillDown: link('/finance/reports', 'report=trial-balance&period=2026-11'),
      },
      {
        key: 'codOutstanding',
        unit: 'money',
        value: 12_000,
        count: 1,
        drillDown: link('/finance/cod-remittances', 'status=awaiting_cash'),
      },
      {
        key: 'payablesDue',
        unit: 'money',
        value: 0,
        count: 0,
        drillDown: link('/finance/payables', 'dueBefore=2026-12-05'),
      },
      {
        key: 'budgetsOver80',
        unit: 'count',
        value: 0,
        drillDown: link('/finance/budgets', 'date=2026-11-28'),
      },
    ],
    charts: [{ key: 'budgetUtilisation', kind: 'bar', unit: 'percent', points: [] }],
  };
}
