import type { GeneralManagerDashboard } from './dashboard.api';

const link = (path: string, query = '') => ({ path, query });

export const PRD = '0190a0b0-0000-7000-8000-00000000a002';

export function fakeDashboard(): GeneralManagerDashboard {
  return {
    date: '2026-11-28',
    currency: 'CNY',
    salesToday: {
      amount: 1_234_500,
      orders: 3,
      drillDown: link('/orders/sales-orders', 'from=2026-11-28&to=2026-11-28'),
    },
    salesThisMonth: {
      amount: 98_765_400,
      orders: 120,
      drillDown: link('/orders/sales-orders', 'from=2026-11-01&to=2026-11-30'),
    },
    territories: [
      {
        orgUnitId: '0190a0b0-0000-7000-8000-00000000a001',
        code: 'GD',
        name: '广东省',
        kind: 'province',
        parentId: null,
        today: { amount: 1_234_500, orders: 3, drillDown: link('/orders/sales-orders', 'x=1') },
        month: { amount: 98_765_400, orders: 120, drillDown: link('/orders/sales-orders', 'x=2') },
      },
      {
        orgUnitId: PRD,
        code: 'GD-PRD',
        name: '珠三角大区',
        kind: 'region',
        parentId: '0190a0b0-0000-7000-8000-00000000a001',
        today: { amount: 1_000_000, orders: 2, drillDown: link('/orders/sales-orders', `regionId=${PRD}`) },
        month: {
          amount: 50_000_000,
          orders: 60,
          drillDown: link('/orders/sales-orders', `regionId=${PRD}&from=2026-11-01&to=2026-11-30`),
        },
      },
    ],
    funnel: [
      {
        stage: 'placed',
        count: 130,
        drillDown: link('/orders/sales-orders', 'from=2026-11-01&to=2026-11-30'),
      },
      { stage: 'paid', count: 125, drillDown: link('/orders/sales-orders', 'from=2026-11-01&to=2026-11-30') },
      {
        stage: 'shipped',
        count: 110,
        drillDown: link('/orders/sales-orders', 'from=2026-11-01&to=2026-11-30'),
      },
      {
        stage: 'delivered',
        count: 100,
        drillDown: link('/orders/sales-orders', 'from=2026-11-01&to=2026-11-30'),
      },
      { stage: 'returned', count: 4, drillDown: link('/orders/returns') },
    ],
    stockAlerts: { count: 7, drillDown: link('/inventory/stock-alerts', 'status=open') },
    cash: {
      amount: 500_000_00,
      accounts: [
        { code: '1001', nameZh: '库存现金', nameEn: 'Cash on hand', amount: 100_000_00 },
        { code: '1002', nameZh: '银行存款', nameEn: 'Bank deposits', amount: 400_000_00 },
      ],
      drillDown: link('/finance/reports', 'report=trial-balance&period=2026-11'),
    },
    codOutstanding: {
      amount: 2_000_000,
      remittances: 2,
      drillDown: link('/finance/cod-remittances', 'status=awaiting_cash'),
    },
    payablesDue: {
      amount: 3_000_000,
      payables: 5,
      dueBy: '2026-12-05',
      drillDown: link('/finance/payables', 'dueBefore=2026-12-05'),
    },
    slaBreaches: { count: 2, drillDown: link('/support/tickets', 'breached=true') },
    headcount: { planned: 50, inPost: 46, drillDown: link('/hr/employees') },
  };
}
