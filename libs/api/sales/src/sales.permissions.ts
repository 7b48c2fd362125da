import type { PermissionGrant, RoleCode } from '@zhanggui/api-identity';

/** The sales line, each scoped by their assignment's unit (a city manager: their city only). */
const SALES_LINE: RoleCode[] = ['sales-manager', 'provincial-manager', 'regional-manager', 'city-manager'];

/** Every department dashboard is also open to the general manager and the read-only auditor. */
const DASHBOARD_READERS: RoleCode[] = ['general-manager', 'auditor'];

export const SALES_PERMISSIONS: PermissionGrant[] = [
  {
    permission: 'sales-territories:read',
    description: 'See the sales territories (province → region → city) with their managers',
    roles: [...SALES_LINE, 'planner', 'finance'],
  },
  {
    permission: 'logistics-partners:read',
    description: 'See the logistics partners (配送物流) of one’s regions, their cities, terms and contacts',
    roles: [...SALES_LINE, 'customer-service-lead', 'finance'],
  },
  {
    permission: 'logistics-partners:write',
    description: 'Add and change the logistics partners of one’s regions',
    roles: ['sales-manager', 'provincial-manager', 'regional-manager'],
  },
  {
    permission: 'sales-targets:read',
    description:
      'See sales targets (销售任务), their allocation, actuals and attainment (within one’s territory)',
    roles: [...SALES_LINE, 'planner', 'finance'],
  },
  {
    permission: 'sales-targets:write',
    description: 'Set a province’s sales target for a month, quarter or year',
    roles: ['sales-manager'],
  },
  {
    permission: 'sales-targets:allocate',
    description: 'Allocate a target to the regions, cities and people under one’s own unit',
    roles: SALES_LINE,
  },
  {
    permission: 'commission-plans:read',
    description: 'See commission plans and their rate tiers',
    roles: [...SALES_LINE, 'finance', 'hr'],
  },
  {
    permission: 'commission-plans:write',
    description: 'Set commission plans (rates by attainment)',
    roles: ['sales-manager'],
  },
  {
    permission: 'commission-runs:read',
    description: 'See monthly commission calculations per person (within one’s territory)',
    roles: [...SALES_LINE, 'finance', 'hr'],
  },
  {
    permission: 'commission-runs:calculate',
    description: 'Calculate a month’s commissions and send them to payroll',
    roles: ['sales-manager'],
  },
  {
    permission: 'operating-reports:read',
    description: 'See operating reports (运营情况) of one’s territory and their roll-ups',
    roles: [...SALES_LINE, 'finance'],
  },
  {
    permission: 'operating-reports:submit',
    description: 'Submit the operating report of one’s city, or the roll-up of one’s region',
    roles: ['city-manager', 'regional-manager'],
  },
  {
    permission: 'franchise-partners:read',
    description: 'See franchise partners (加盟) in the pipeline of one’s territory, with their history',
    roles: [...SALES_LINE, 'finance', 'planner'],
  },
  {
    permission: 'franchise-partners:write',
    description: 'Add franchise leads in one’s territory and move them along the pipeline',
    roles: SALES_LINE,
  },
  {
    permission: 'sales-expenses:read',
    description:
      'See sales expenses against budget and the expense ratio (费比) per territory of one’s reach',
    roles: [...SALES_LINE, 'finance', 'general-manager'],
  },
  {
    permission: 'dashboards:general-manager',
    description:
      'See the general manager’s dashboard: sales, order funnel, stock alerts, cash, COD, payables, SLA, headcount',
    roles: ['general-manager', 'auditor'],
  },
  {
    permission: 'dashboards:sales',
    description:
      'See the sales dashboard of one’s territory: sales against target, orders by status, top products, returns, COD',
    roles: [...SALES_LINE, ...DASHBOARD_READERS],
  },
  {
    permission: 'dashboards:procurement',
    description:
      'See the purchasing dashboard: open purchase orders, overdue receipts, invoice discrepancies, stock alerts',
    roles: ['product-manager', ...DASHBOARD_READERS],
  },
  {
    permission: 'dashboards:support',
    description:
      'See the customer service dashboard: open tickets by priority, SLA breaches, response time, satisfaction',
    roles: ['customer-service-lead', 'customer-service-agent', ...DASHBOARD_READERS],
  },
  {
    permission: 'dashboards:warehouse',
    description: 'See the warehouse dashboard: stock alerts, orders waiting to ship, transfers in transit',
    roles: ['product-manager', ...DASHBOARD_READERS],
  },
  {
    permission: 'dashboards:hr',
    description: 'See the HR dashboard: headcount against plan, open hiring, probations ending, leave today',
    roles: ['hr', ...DASHBOARD_READERS],
  },
  {
    permission: 'dashboards:finance',
    description: 'See the finance dashboard: cash, COD outstanding, payables due, budgets running out',
    roles: ['finance', ...DASHBOARD_READERS],
  },
  {
    permission: 'campaigns:read',
    description:
      'See campaign plans (企划) with their creatives, history and effect (visits, orders, revenue)',
    roles: ['planner', 'sales-manager', 'provincial-manager', 'finance'],
  },
  {
    permission: 'campaigns:write',
    description: 'Plan campaigns, upload their creatives and start, finish or cancel them',
    roles: ['planner'],
  },
  {
    permission: 'campaign-visits:report',
    description: 'Report a campaign’s daily visits (the website’s API key)',
    roles: [],
  },
  {
    permission: 'content:read',
    description: 'See the website’s pages, banners and announcements in every status',
    roles: ['editor', 'planner'],
  },
  {
    permission: 'content:write',
    description: 'Write, schedule, publish and archive the website’s pages, banners and announcements (编辑)',
    roles: ['editor'],
  },
];
