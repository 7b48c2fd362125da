import {
  AccountBookOutlined,
  AuditOutlined,
  CustomerServiceOutlined,
  DashboardOutlined,
  InboxOutlined,
  RiseOutlined,
  SettingOutlined,
  ShopOutlined,
  ShoppingCartOutlined,
  ShoppingOutlined,
  TeamOutlined,
} from '@ant-design/icons';
import type { ComponentType } from 'react';
import { PATHS } from '../app/paths';
import type { PermissionCheck, PermissionRequirement } from '../auth/permissions';
import type { zhCN } from '../i18n/locales/zh-CN';

export type NavLabel = keyof typeof zhCN.nav;
export type ModuleName = keyof typeof zhCN.modules;

export interface NavPage {
  path: string;
  label: NavLabel;
  /** Set while the page is a placeholder: the module that will bring it. */
  arrivesWith?: ModuleName;
  /** The permission needed to use the page (any one of a list); without it the menu does not offer it. */
  requires?: PermissionRequirement;
}

export interface NavSection {
  key: string;
  label: NavLabel;
  icon: ComponentType;
  pages: readonly NavPage[];
}

export const DASHBOARD_NAV = { path: PATHS.dashboard, label: 'dashboard', icon: DashboardOutlined } as const;

/** Approvals belong to no one department: every role asks for and decides them, so they sit at the top. */
export const APPROVALS_NAV = {
  path: PATHS.approvals,
  label: 'approvals',
  icon: AuditOutlined,
  requires: 'approvals:use',
} as const satisfies NavPage & { icon: ComponentType };

/** The sidebar: one section per department (DOMAIN.md), in the order people look for them. */
export const NAV_SECTIONS: readonly NavSection[] = [
  {
    key: 'sales',
    label: 'sales',
    icon: RiseOutlined,
    pages: [
      { path: PATHS.salesTargets, label: 'salesTargets', requires: 'sales-targets:read' },
      { path: PATHS.commissions, label: 'commissions', requires: 'commission-runs:read' },
      { path: PATHS.salesReports, label: 'salesReports', requires: 'operating-reports:read' },
      { path: PATHS.logisticsPartners, label: 'logisticsPartners', requires: 'logistics-partners:read' },
      { path: PATHS.franchisePartners, label: 'franchisePartners', requires: 'franchise-partners:read' },
      { path: PATHS.salesExpenseControl, label: 'salesExpenseControl', requires: 'sales-expenses:read' },
      { path: PATHS.campaigns, label: 'campaigns', requires: 'campaigns:read' },
      { path: PATHS.siteContent, label: 'siteContent', requires: 'content:read' },
    ],
  },
  {
    key: 'catalog',
    label: 'catalog',
    icon: ShoppingOutlined,
    pages: [
      { path: PATHS.products, label: 'products', requires: 'catalog:read' },
      { path: PATHS.categories, label: 'categories', requires: 'catalog:read' },
      { path: PATHS.brands, label: 'brands', requires: 'catalog:read' },
      { path: PATHS.promotions, label: 'promotions', requires: 'promotions:read' },
      { path: PATHS.catalogTransfer, label: 'catalogTransfer', requires: 'catalog:import' },
    ],
  },
  {
    key: 'inventory',
    label: 'inventory',
    icon: InboxOutlined,
    pages: [
      { path: PATHS.stockLevels, label: 'stock', requires: 'stock:read' },
      { path: PATHS.stockAlerts, label: 'stockAlerts', requires: 'stock:read' },
      { path: PATHS.stockTransfers, label: 'stockTransfers', requires: 'stock:read' },
      { path: PATHS.warehouses, label: 'warehouses', requires: 'warehouses:read' },
    ],
  },
  {
    key: 'purchasing',
    label: 'purchasing',
    icon: ShopOutlined,
    pages: [
      { path: PATHS.purchaseOrders, label: 'purchaseOrders', requires: 'purchase-orders:read' },
      { path: PATHS.purchaseLists, label: 'purchaseLists', requires: 'purchase-lists:read' },
      { path: PATHS.tenders, label: 'tenders', requires: 'tenders:read' },
      { path: PATHS.supplierInvoices, label: 'supplierInvoices', requires: 'supplier-invoices:read' },
      { path: PATHS.suppliers, label: 'suppliers', requires: 'suppliers:read' },
    ],
  },
  {
    key: 'orders',
    label: 'orders',
    icon: ShoppingCartOutlined,
    pages: [
      { path: PATHS.orders, label: 'salesOrders', requires: 'orders:read' },
      { path: PATHS.members, label: 'members', requires: 'customers:read' },
      { path: PATHS.memberLevels, label: 'memberLevels', requires: 'member-levels:read' },
      { path: PATHS.returns, label: 'returns', requires: 'returns:read' },
    ],
  },
  {
    key: 'support',
    label: 'support',
    icon: CustomerServiceOutlined,
    pages: [
      { path: PATHS.tickets, label: 'tickets', requires: 'tickets:read' },
      { path: PATHS.followUps, label: 'followUps', requires: 'follow-ups:read' },
      { path: PATHS.keyAccounts, label: 'keyAccounts', requires: 'key-accounts:read' },
      { path: PATHS.supportMetrics, label: 'supportMetrics', requires: 'support-metrics:read' },
      { path: PATHS.cannedAnswers, label: 'cannedAnswers', requires: 'standard-answers:read' },
      { path: PATHS.slaPolicies, label: 'slaPolicies', requires: 'sla-policies:read' },
      { path: PATHS.supportQueues, label: 'supportQueues', requires: 'support-queues:read' },
    ],
  },
  {
    key: 'hr',
    label: 'hr',
    icon: TeamOutlined,
    pages: [
      { path: PATHS.hrOrgChart, label: 'orgChart', requires: 'positions:read' },
      { path: PATHS.employees, label: 'employees', requires: 'employees:read' },
      { path: PATHS.recruitment, label: 'recruitment', requires: 'hiring-requests:read' },
      { path: PATHS.probation, label: 'probation', requires: 'probation:read' },
      { path: PATHS.personnelActions, label: 'personnelActions', requires: 'personnel-actions:read' },
      { path: PATHS.attendance, label: 'attendance', requires: 'attendance-summaries:read' },
      { path: PATHS.appraisalCycles, label: 'appraisal', requires: 'appraisals:read' },
      { path: PATHS.training, label: 'training', requires: 'training:read' },
      { path: PATHS.meetings, label: 'meetings', requires: 'meetings:read' },
      { path: PATHS.companyDocuments, label: 'companyDocuments', requires: 'company-documents:read' },
    ],
  },
  {
    key: 'finance',
    label: 'finance',
    icon: AccountBookOutlined,
    pages: [
      { path: PATHS.codRemittances, label: 'codRemittances', requires: 'cod-remittances:read' },
      { path: PATHS.payrollRuns, label: 'payroll', requires: 'payroll-runs:read' },
      // Every employee reads their own payslips: no permission beyond being signed in.
      { path: PATHS.myPayslips, label: 'myPayslips' },
      {
        path: PATHS.expenseClaims,
        label: 'expenseClaims',
        requires: ['expense-claims:write', 'expense-claims:read'],
      },
      { path: PATHS.budgets, label: 'budgets', requires: 'budgets:read' },
      { path: PATHS.contracts, label: 'contracts', requires: 'contracts:read' },
      { path: PATHS.payables, label: 'payables', requires: 'payables:read' },
      { path: PATHS.paymentRuns, label: 'paymentRuns', requires: 'payables:read' },
      { path: PATHS.codReconciliation, label: 'codReconciliation', requires: 'reconciliation:read' },
      { path: PATHS.websiteReconciliation, label: 'reconciliation', requires: 'reconciliation:read' },
      { path: PATHS.journalEntries, label: 'journalEntries', requires: 'ledger:read' },
      { path: PATHS.ledgerAccounts, label: 'ledgerAccounts', requires: 'ledger:read' },
      { path: PATHS.accountingPeriods, label: 'accountingPeriods', requires: 'ledger:read' },
      { path: PATHS.ledgerReports, label: 'ledgerReports', requires: 'ledger:read' },
      { path: PATHS.fixedAssets, label: 'fixedAssets', requires: 'fixed-assets:read' },
    ],
  },
  {
    key: 'admin',
    label: 'admin',
    icon: SettingOutlined,
    pages: [
      { path: PATHS.orgUnits, label: 'orgUnits', requires: 'org-units:read' },
      { path: PATHS.users, label: 'usersRoles', requires: 'users:read' },
      { path: PATHS.apiKeys, label: 'apiKeys', requires: 'api-keys:read' },
      { path: PATHS.webhooks, label: 'webhooks', requires: 'webhooks:read' },
      { path: PATHS.auditLog, label: 'auditLog', requires: 'audit-events:read' },
    ],
  },
];

/** The section holding the page at `pathname` (also for deeper paths such as /admin/org-units/…). */
export function sectionOfPath(pathname: string): NavSection | undefined {
  return NAV_SECTIONS.find((section) =>
    section.pages.some((page) => pathname === page.path || pathname.startsWith(`${page.path}/`)),
  );
}

/** The sections and pages the user may open; a section with none left is not shown at all. */
export function visibleNavSections(sections: readonly NavSection[], can: PermissionCheck): NavSection[] {
  return sections
    .map((section) => ({
      ...section,
      pages: section.pages.filter((page) => !page.requires || can(page.requires)),
    }))
    .filter((section) => section.pages.length > 0);
}

/** Every page that is still a placeholder, with the module that brings it. */
export function placeholderPages(): Array<NavPage & { arrivesWith: ModuleName }> {
  return NAV_SECTIONS.flatMap((section) =>
    section.pages.filter((page): page is NavPage & { arrivesWith: ModuleName } => !!page.arrivesWith),
  );
}
