import type { Translation } from '../translation';

export const gmDashboard: Translation['gmDashboard'] = {
  title: 'General manager’s dashboard',
  subtitle: 'The business on {{date}} (Beijing time). Click a figure to see the list behind it.',
  date: 'Date',
  downloaded: 'Downloaded {{name}}',
  export: { csv: 'Export CSV', xlsx: 'Export Excel' },
  figures: {
    salesToday: 'Sales today',
    salesThisMonth: 'Sales this month',
    cash: 'Cash (on hand + bank)',
    codOutstanding: 'COD cash not handed in',
    payablesDue: 'Payables due within 7 days',
    stockAlerts: 'Stock alerts',
    slaBreaches: 'Tickets past SLA',
    headcount: 'In post / planned',
  },
  orders: '{{count}} orders',
  remittances: '{{count}} remittance batches',
  payables: '{{count}} payables due by {{dueBy}} (overdue included)',
  headcountNote: 'Employees in post / this year’s plan',
  today: 'Today',
  month: 'This month',
  noTerritories: 'No sales territories yet',
  charts: { territories: 'Sales by territory (yuan)', funnel: 'This month’s order funnel' },
  stages: {
    placed: 'Placed',
    paid: 'Paid / confirmed',
    shipped: 'Shipped',
    delivered: 'Delivered',
    returned: 'Returned',
  },
};
