import { lazy, type ComponentType } from 'react';
import type { RouteObject } from 'react-router-dom';
import type { PermissionRequirement } from '../auth/permissions';
import { allWords } from '../i18n/i18n';
import { placeholderPages } from '../layout/navigation';
import { PATHS } from './paths';
import { dashboardRoute, loginRoute, signedInElement } from './shell-routes';

// Every page is its own chunk. The browser loads this table only once the first screen is up (shell-routes.tsx
// holds sign-in, the frame and the dashboard); tests use it whole.

/**
 * A section for holders of `permission`, loaded on demand together with its guard (whose "no access" page the
 * sign-in page need not download).
 */
function lazyGuarded(permission: PermissionRequirement, load: () => Promise<ComponentType>) {
  return lazy(async () => {
    // A section's words come with the rest of the language, after the first screen's (i18n.ts).
    const [{ RequirePermission }, Page] = await Promise.all([
      import('../auth/RequirePermission'),
      load(),
      allWords(),
    ]);
    const GuardedPage = () => (
      <RequirePermission permission={permission}>
        <Page />
      </RequirePermission>
    );
    return { default: GuardedPage };
  });
}

const OrgUnitsPage = lazyGuarded('org-units:read', () =>
  import('../features/org-units/OrgUnitsPage').then((m) => m.OrgUnitsPage),
);
const UsersPage = lazyGuarded('users:read', () =>
  import('../features/users/UsersPage').then((m) => m.UsersPage),
);
const ApiKeysPage = lazyGuarded('api-keys:read', () =>
  import('../features/api-keys/ApiKeysPage').then((m) => m.ApiKeysPage),
);
const WebhooksPage = lazyGuarded('webhooks:read', () =>
  import('../features/webhooks/WebhooksPage').then((m) => m.WebhooksPage),
);
const ApprovalsPage = lazyGuarded('approvals:use', () =>
  import('../features/approvals/ApprovalsPage').then((m) => m.ApprovalsPage),
);
const AuditLogPage = lazyGuarded('audit-events:read', () =>
  import('../features/audit-log/AuditLogPage').then((m) => m.AuditLogPage),
);
const ProductsPage = lazyGuarded('catalog:read', () =>
  import('../features/products/ProductsPage').then((m) => m.ProductsPage),
);
const NewProductPage = lazyGuarded('catalog:write', () =>
  import('../features/products/NewProductPage').then((m) => m.NewProductPage),
);
const ProductEditorPage = lazyGuarded('catalog:read', () =>
  import('../features/products/ProductEditorPage').then((m) => m.ProductEditorPage),
);
const CategoriesPage = lazyGuarded('catalog:read', () =>
  import('../features/categories/CategoriesPage').then((m) => m.CategoriesPage),
);
const BrandsPage = lazyGuarded('catalog:read', () =>
  import('../features/categories/BrandsPage').then((m) => m.BrandsPage),
);
const PromotionsPage = lazyGuarded('promotions:read', () =>
  import('../features/promotions/PromotionsPage').then((m) => m.PromotionsPage),
);
const PromotionEditorPage = lazyGuarded('promotions:read', () =>
  import('../features/promotions/PromotionEditorPage').then((m) => m.PromotionEditorPage),
);
const CatalogTransferPage = lazyGuarded('catalog:import', () =>
  import('../features/catalog-transfer/CatalogTransferPage').then((m) => m.CatalogTransferPage),
);
const StockLevelsPage = lazyGuarded('stock:read', () =>
  import('../features/inventory/StockLevelsPage').then((m) => m.StockLevelsPage),
);
const StockAlertsPage = lazyGuarded('stock:read', () =>
  import('../features/inventory/StockAlertsPage').then((m) => m.StockAlertsPage),
);
const TransfersPage = lazyGuarded('stock:read', () =>
  import('../features/inventory/TransfersPage').then((m) => m.TransfersPage),
);
const WarehousesPage = lazyGuarded('warehouses:read', () =>
  import('../features/inventory/WarehousesPage').then((m) => m.WarehousesPage),
);
const PurchaseOrdersPage = lazyGuarded('purchase-orders:read', () =>
  import('../features/purchasing/PurchaseOrdersPage').then((m) => m.PurchaseOrdersPage),
);
const NewPurchaseOrderPage = lazyGuarded('purchase-orders:write', () =>
  import('../features/purchasing/NewPurchaseOrderPage').then((m) => m.NewPurchaseOrderPage),
);
const PurchaseOrderPage = lazyGuarded('purchase-orders:read', () =>
  import('../features/purchasing/PurchaseOrderPage').then((m) => m.PurchaseOrderPage),
);
const SuppliersPage = lazyGuarded('suppliers:read', () =>
  import('../features/purchasing/SuppliersPage').then((m) => m.SuppliersPage),
);
const PurchaseListsPage = lazyGuarded('purchase-lists:read', () =>
  import('../features/purchasing/PurchaseListsPage').then((m) => m.PurchaseListsPage),
);
const PurchaseListPage = lazyGuarded('purchase-lists:read', () =>
  import('../features/purchasing/PurchaseListPage').then((m) => m.PurchaseListPage),
);
const TendersPage = lazyGuarded('tenders:read', () =>
  import('../features/purchasing/TendersPage').then((m) => m.TendersPage),
);
const TenderPage = lazyGuarded('tenders:read', () =>
  import('../features/purchasing/TenderPage').then((m) => m.TenderPage),
);
const SupplierInvoicesPage = lazyGuarded('supplier-invoices:read', () =>
  import('../features/purchasing/SupplierInvoicesPage').then((m) => m.SupplierInvoicesPage),
);
const OrdersPage = lazyGuarded('orders:read', () =>
  import('../features/orders/OrdersPage').then((m) => m.OrdersPage),
);
const NewOrderPage = lazyGuarded('orders:create', () =>
  import('../features/orders/NewOrderPage').then((m) => m.NewOrderPage),
);
const OrderPage = lazyGuarded('orders:read', () =>
  import('../features/orders/OrderPage').then((m) => m.OrderPage),
);
const CustomerPage = lazyGuarded('customers:read', () =>
  import('../features/customers/CustomerPage').then((m) => m.CustomerPage),
);
const MembersPage = lazyGuarded('customers:read', () =>
  import('../features/members/MembersPage').then((m) => m.MembersPage),
);
const MemberLevelsPage = lazyGuarded('member-levels:read', () =>
  import('../features/members/MemberLevelsPage').then((m) => m.MemberLevelsPage),
);
const ReturnsPage = lazyGuarded('returns:read', () =>
  import('../features/returns/ReturnsPage').then((m) => m.ReturnsPage),
);
const ReturnPage = lazyGuarded('returns:read', () =>
  import('../features/returns/ReturnPage').then((m) => m.ReturnPage),
);
const CodRemittancesPage = lazyGuarded('cod-remittances:read', () =>
  import('../features/cod/CodRemittancesPage').then((m) => m.CodRemittancesPage),
);
const CodRemittancePage = lazyGuarded('cod-remittances:read', () =>
  import('../features/cod/CodRemittancePage').then((m) => m.CodRemittancePage),
);
const PayablesPage = lazyGuarded('payables:read', () =>
  import('../features/finance-settlement/PayablesPage').then((m) => m.PayablesPage),
);
const SupplierStatementPage = lazyGuarded('payables:read', () =>
  import('../features/finance-settlement/SupplierStatementPage').then((m) => m.SupplierStatementPage),
);
const PaymentRunsPage = lazyGuarded('payables:read', () =>
  import('../features/finance-settlement/PaymentRunsPage').then((m) => m.PaymentRunsPage),
);
const PaymentRunPage = lazyGuarded('payables:read', () =>
  import('../features/finance-settlement/PaymentRunPage').then((m) => m.PaymentRunPage),
);
const CodReconciliationPage = lazyGuarded('reconciliation:read', () =>
  import('../features/finance-settlement/CodReconciliationPage').then((m) => m.CodReconciliationPage),
);
const WebsiteReconciliationPage = lazyGuarded('reconciliation:read', () =>
  import('../features/finance-settlement/WebsiteReconciliationPage').then((m) => m.WebsiteReconciliationPage),
);
// Claimants write their own; auditors and unit managers only read the claims they may see.
const CLAIM_READERS = ['expense-claims:write', 'expense-claims:read'] as const;
const ExpenseClaimsPage = lazyGuarded(CLAIM_READERS, () =>
  import('../features/finance-expenses/ExpenseClaimsPage').then((m) => m.ExpenseClaimsPage),
);
const NewExpenseClaimPage = lazyGuarded('expense-claims:write', () =>
  import('../features/finance-expenses/NewExpenseClaimPage').then((m) => m.NewExpenseClaimPage),
);
const ExpenseClaimPage = lazyGuarded(CLAIM_READERS, () =>
  import('../features/finance-expenses/ExpenseClaimPage').then((m) => m.ExpenseClaimPage),
);
const PayrollRunsPage = lazyGuarded('payroll-runs:read', () =>
  import('../features/finance-payroll/PayrollRunsPage').then((m) => m.PayrollRunsPage),
);
const PayrollRunPage = lazyGuarded('payroll-runs:read', () =>
  import('../features/finance-payroll/PayrollRunPage').then((m) => m.PayrollRunPage),
);
const PayrollSetupPage = lazyGuarded('salary-structures:read', () =>
  import('../features/finance-payroll/PayrollSetupPage').then((m) => m.PayrollSetupPage),
);
// Payslips and "my payslips" need only a session: the API shows each employee their own, payroll staff any.
const PayslipPage = lazy(() =>
  import('../features/finance-payroll/PayslipPage').then((m) => ({ default: m.PayslipPage })),
);
const MyPayslipsPage = lazy(() =>
  import('../features/finance-payroll/MyPayslipsPage').then((m) => ({ default: m.MyPayslipsPage })),
);
const CampaignsPage = lazyGuarded('campaigns:read', () =>
  import('../features/sales-campaigns/CampaignsPage').then((m) => m.CampaignsPage),
);
const CampaignPage = lazyGuarded('campaigns:read', () =>
  import('../features/sales-campaigns/CampaignPage').then((m) => m.CampaignPage),
);
const SalesTargetsPage = lazyGuarded('sales-targets:read', () =>
  import('../features/sales-targets/SalesTargetsPage').then((m) => m.SalesTargetsPage),
);
const CommissionsPage = lazyGuarded('commission-runs:read', () =>
  import('../features/sales-targets/CommissionsPage').then((m) => m.CommissionsPage),
);
const ReportsPage = lazyGuarded('operating-reports:read', () =>
  import('../features/sales-reports/ReportsPage').then((m) => m.ReportsPage),
);
const ReportPage = lazyGuarded('operating-reports:read', () =>
  import('../features/sales-reports/ReportPage').then((m) => m.ReportPage),
);
const SubmitReportPage = lazyGuarded('operating-reports:submit', () =>
  import('../features/sales-reports/SubmitReportPage').then((m) => m.SubmitReportPage),
);
const LogisticsPartnersPage = lazyGuarded('logistics-partners:read', () =>
  import('../features/sales-reports/LogisticsPartnersPage').then((m) => m.LogisticsPartnersPage),
);
const FranchisePartnersPage = lazyGuarded('franchise-partners:read', () =>
  import('../features/sales-franchise/FranchisePartnersPage').then((m) => m.FranchisePartnersPage),
);
const FranchisePartnerPage = lazyGuarded('franchise-partners:read', () =>
  import('../features/sales-franchise/FranchisePartnerPage').then((m) => m.FranchisePartnerPage),
);
const SalesExpenseControlPage = lazyGuarded('sales-expenses:read', () =>
  import('../features/sales-expense-control/ExpenseControlPage').then((m) => m.ExpenseControlPage),
);
const SiteContentPage = lazyGuarded('content:read', () =>
  import('../features/site-content/SiteContentPage').then((m) => m.SiteContentPage),
);
const BudgetsPage = lazyGuarded('budgets:read', () =>
  import('../features/finance-budgets/BudgetsPage').then((m) => m.BudgetsPage),
);
const ContractsPage = lazyGuarded('contracts:read', () =>
  import('../features/finance-contracts/ContractsPage').then((m) => m.ContractsPage),
);
const ContractPage = lazyGuarded('contracts:read', () =>
  import('../features/finance-contracts/ContractPage').then((m) => m.ContractPage),
);
const LedgerAccountsPage = lazyGuarded('ledger:read', () =>
  import('../features/finance-ledger/LedgerAccountsPage').then((m) => m.LedgerAccountsPage),
);
const JournalEntriesPage = lazyGuarded('ledger:read', () =>
  import('../features/finance-ledger/JournalEntriesPage').then((m) => m.JournalEntriesPage),
);
const NewJournalEntryPage = lazyGuarded('journal-entries:write', () =>
  import('../features/finance-ledger/NewJournalEntryPage').then((m) => m.NewJournalEntryPage),
);
const JournalEntryPage = lazyGuarded('ledger:read', () =>
  import('../features/finance-ledger/JournalEntryPage').then((m) => m.JournalEntryPage),
);
const AccountLedgerPage = lazyGuarded('ledger:read', () =>
  import('../features/finance-ledger/AccountLedgerPage').then((m) => m.AccountLedgerPage),
);
const AccountingPeriodsPage = lazyGuarded('ledger:read', () =>
  import('../features/finance-ledger/AccountingPeriodsPage').then((m) => m.AccountingPeriodsPage),
);
const LedgerReportsPage = lazyGuarded('ledger:read', () =>
  import('../features/finance-ledger/LedgerReportsPage').then((m) => m.LedgerReportsPage),
);
const FixedAssetsPage = lazyGuarded('fixed-assets:read', () =>
  import('../features/finance-assets/FixedAssetsPage').then((m) => m.FixedAssetsPage),
);
const FixedAssetPage = lazyGuarded('fixed-assets:read', () =>
  import('../features/finance-assets/FixedAssetPage').then((m) => m.FixedAssetPage),
);
const TicketsPage = lazyGuarded('tickets:read', () =>
  import('../features/support/TicketsPage').then((m) => m.TicketsPage),
);
const TicketPage = lazyGuarded('tickets:read', () =>
  import('../features/support/TicketPage').then((m) => m.TicketPage),
);
const FollowUpsPage = lazyGuarded('follow-ups:read', () =>
  import('../features/support/FollowUpsPage').then((m) => m.FollowUpsPage),
);
const KeyAccountsPage = lazyGuarded('key-accounts:read', () =>
  import('../features/support/KeyAccountsPage').then((m) => m.KeyAccountsPage),
);
const SupportMetricsPage = lazyGuarded('support-metrics:read', () =>
  import('../features/support/SupportMetricsPage').then((m) => m.SupportMetricsPage),
);
const StandardAnswersPage = lazyGuarded('standard-answers:read', () =>
  import('../features/support/settings/StandardAnswersPage').then((m) => m.StandardAnswersPage),
);
const SlaPoliciesPage = lazyGuarded('sla-policies:read', () =>
  import('../features/support/settings/SlaPoliciesPage').then((m) => m.SlaPoliciesPage),
);
const SupportQueuesPage = lazyGuarded('support-queues:read', () =>
  import('../features/support/settings/SupportQueuesPage').then((m) => m.SupportQueuesPage),
);
const OrgChartPage = lazyGuarded('positions:read', () =>
  import('../features/hr-organisation/OrgChartPage').then((m) => m.OrgChartPage),
);
const EmployeesPage = lazyGuarded('employees:read', () =>
  import('../features/hr-employees/EmployeesPage').then((m) => m.EmployeesPage),
);
const EmployeePage = lazyGuarded('employees:read', () =>
  import('../features/hr-employees/EmployeePage').then((m) => m.EmployeePage),
);
const HiringRequestsPage = lazyGuarded('hiring-requests:read', () =>
  import('../features/hr-recruitment/HiringRequestsPage').then((m) => m.HiringRequestsPage),
);
const HiringRequestPage = lazyGuarded('hiring-requests:read', () =>
  import('../features/hr-recruitment/HiringRequestPage').then((m) => m.HiringRequestPage),
);
const CandidatePage = lazyGuarded('candidates:read', () =>
  import('../features/hr-recruitment/CandidatePage').then((m) => m.CandidatePage),
);
const ProbationListPage = lazyGuarded('probation:read', () =>
  import('../features/hr-time/probation/ProbationListPage').then((m) => m.ProbationListPage),
);
const ProbationFilePage = lazyGuarded('probation:read', () =>
  import('../features/hr-time/probation/ProbationFilePage').then((m) => m.ProbationFilePage),
);
const TrainingPage = lazyGuarded('training:read', () =>
  import('../features/hr-office/TrainingPage').then((m) => m.TrainingPage),
);
const MeetingsPage = lazyGuarded('meetings:read', () =>
  import('../features/hr-office/MeetingsPage').then((m) => m.MeetingsPage),
);
const MeetingPage = lazyGuarded('meetings:read', () =>
  import('../features/hr-office/MeetingPage').then((m) => m.MeetingPage),
);
const CompanyDocumentsPage = lazyGuarded('company-documents:read', () =>
  import('../features/hr-office/CompanyDocumentsPage').then((m) => m.CompanyDocumentsPage),
);
const PersonnelActionsPage = lazyGuarded('personnel-actions:read', () =>
  import('../features/hr-time/personnel-actions/PersonnelActionsPage').then((m) => m.PersonnelActionsPage),
);
const PersonnelActionPage = lazyGuarded('personnel-actions:read', () =>
  import('../features/hr-time/personnel-actions/PersonnelActionPage').then((m) => m.PersonnelActionPage),
);
const AttendancePage = lazyGuarded('attendance-summaries:read', () =>
  import('../features/hr-time/attendance/AttendancePage').then((m) => m.AttendancePage),
);
const AppraisalCyclesPage = lazyGuarded('appraisals:read', () =>
  import('../features/hr-time/appraisal/AppraisalCyclesPage').then((m) => m.AppraisalCyclesPage),
);
const AppraisalCyclePage = lazyGuarded('appraisals:read', () =>
  import('../features/hr-time/appraisal/AppraisalCyclePage').then((m) => m.AppraisalCyclePage),
);
const ComingSoonPage = lazy(() =>
  import('../features/coming-soon/ComingSoonPage').then((m) => ({ default: m.ComingSoonPage })),
);
const NotFoundPage = lazy(() =>
  import('../features/not-found/NotFoundPage').then((m) => ({ default: m.NotFoundPage })),
);

export const routes: RouteObject[] = [
  loginRoute,
  {
    path: PATHS.dashboard,
    element: signedInElement,
    children: [
      dashboardRoute,
      { path: PATHS.approvals, element: <ApprovalsPage /> },
      { path: PATHS.products, element: <ProductsPage /> },
      { path: PATHS.newProduct, element: <NewProductPage /> },
      { path: PATHS.product, element: <ProductEditorPage /> },
      { path: PATHS.categories, element: <CategoriesPage /> },
      { path: PATHS.brands, element: <BrandsPage /> },
      { path: PATHS.promotions, element: <PromotionsPage /> },
      { path: PATHS.newPromotion, element: <PromotionEditorPage /> },
      { path: PATHS.promotion, element: <PromotionEditorPage /> },
      { path: PATHS.catalogTransfer, element: <CatalogTransferPage /> },
      { path: PATHS.stockLevels, element: <StockLevelsPage /> },
      { path: PATHS.stockAlerts, element: <StockAlertsPage /> },
      { path: PATHS.stockTransfers, element: <TransfersPage /> },
      { path: PATHS.warehouses, element: <WarehousesPage /> },
      { path: PATHS.purchaseOrders, element: <PurchaseOrdersPage /> },
      { path: PATHS.newPurchaseOrder, element: <NewPurchaseOrderPage /> },
      { path: PATHS.purchaseOrder, element: <PurchaseOrderPage /> },
      { path: PATHS.suppliers, element: <SuppliersPage /> },
      { path: PATHS.purchaseLists, element: <PurchaseListsPage /> },
      { path: PATHS.purchaseList, element: <PurchaseListPage /> },
      { path: PATHS.tenders, element: <TendersPage /> },
      { path: PATHS.tender, element: <TenderPage /> },
      { path: PATHS.supplierInvoices, element: <SupplierInvoicesPage /> },
      { path: PATHS.orders, element: <OrdersPage /> },
      { path: PATHS.newOrder, element: <NewOrderPage /> },
      { path: PATHS.order, element: <OrderPage /> },
      { path: PATHS.customer, element: <CustomerPage /> },
      { path: PATHS.members, element: <MembersPage /> },
      { path: PATHS.memberLevels, element: <MemberLevelsPage /> },
      { path: PATHS.returns, element: <ReturnsPage /> },
      { path: PATHS.return, element: <ReturnPage /> },
      { path: PATHS.tickets, element: <TicketsPage /> },
      { path: PATHS.ticket, element: <TicketPage /> },
      { path: PATHS.followUps, element: <FollowUpsPage /> },
      { path: PATHS.keyAccounts, element: <KeyAccountsPage /> },
      { path: PATHS.supportMetrics, element: <SupportMetricsPage /> },
      { path: PATHS.cannedAnswers, element: <StandardAnswersPage /> },
      { path: PATHS.slaPolicies, element: <SlaPoliciesPage /> },
      { path: PATHS.supportQueues, element: <SupportQueuesPage /> },
      { path: PATHS.hrOrgChart, element: <OrgChartPage /> },
      { path: PATHS.employees, element: <EmployeesPage /> },
      { path: PATHS.employee, element: <EmployeePage /> },
      { path: PATHS.recruitment, element: <HiringRequestsPage /> },
      { path: PATHS.hiringRequest, element: <HiringRequestPage /> },
      { path: PATHS.candidate, element: <CandidatePage /> },
      { path: PATHS.probation, element: <ProbationListPage /> },
      { path: PATHS.probationFile, element: <ProbationFilePage /> },
      { path: PATHS.personnelActions, element: <PersonnelActionsPage /> },
      { path: PATHS.personnelAction, element: <PersonnelActionPage /> },
      { path: PATHS.attendance, element: <AttendancePage /> },
      { path: PATHS.appraisalCycles, element: <AppraisalCyclesPage /> },
      { path: PATHS.appraisalCycle, element: <AppraisalCyclePage /> },
      { path: PATHS.training, element: <TrainingPage /> },
      { path: PATHS.meetings, element: <MeetingsPage /> },
      { path: PATHS.meeting, element: <MeetingPage /> },
      { path: PATHS.companyDocuments, element: <CompanyDocumentsPage /> },
      { path: PATHS.codRemittances, element: <CodRemittancesPage /> },
      { path: PATHS.codRemittance, element: <CodRemittancePage /> },
      { path: PATHS.payables, element: <PayablesPage /> },
      { path: PATHS.supplierStatement, element: <SupplierStatementPage /> },
      { path: PATHS.paymentRuns, element: <PaymentRunsPage /> },
      { path: PATHS.paymentRun, element: <PaymentRunPage /> },
      { path: PATHS.codReconciliation, element: <CodReconciliationPage /> },
      { path: PATHS.websiteReconciliation, element: <WebsiteReconciliationPage /> },
      { path: PATHS.expenseClaims, element: <ExpenseClaimsPage /> },
      { path: PATHS.newExpenseClaim, element: <NewExpenseClaimPage /> },
      { path: PATHS.expenseClaim, element: <ExpenseClaimPage /> },
      { path: PATHS.budgets, element: <BudgetsPage /> },
      { path: PATHS.campaigns, element: <CampaignsPage /> },
      { path: PATHS.campaign, element: <CampaignPage /> },
      { path: PATHS.salesTargets, element: <SalesTargetsPage /> },
      { path: PATHS.commissions, element: <CommissionsPage /> },
      { path: PATHS.franchisePartners, element: <FranchisePartnersPage /> },
      { path: PATHS.franchisePartner, element: <FranchisePartnerPage /> },
      { path: PATHS.salesExpenseControl, element: <SalesExpenseControlPage /> },
      { path: PATHS.siteContent, element: <SiteContentPage /> },
      { path: PATHS.salesReports, element: <ReportsPage /> },
      { path: PATHS.newSalesReport, element: <SubmitReportPage /> },
      { path: PATHS.salesReport, element: <ReportPage /> },
      { path: PATHS.logisticsPartners, element: <LogisticsPartnersPage /> },
      { path: PATHS.contracts, element: <ContractsPage /> },
      { path: PATHS.contract, element: <ContractPage /> },
      { path: PATHS.payrollRuns, element: <PayrollRunsPage /> },
      { path: PATHS.payrollRun, element: <PayrollRunPage /> },
      { path: PATHS.payrollSetup, element: <PayrollSetupPage /> },
      { path: PATHS.payslip, element: <PayslipPage /> },
      { path: PATHS.myPayslips, element: <MyPayslipsPage /> },
      { path: PATHS.ledgerAccounts, element: <LedgerAccountsPage /> },
      { path: PATHS.journalEntries, element: <JournalEntriesPage /> },
      { path: PATHS.newJournalEntry, element: <NewJournalEntryPage /> },
      { path: PATHS.journalEntry, element: <JournalEntryPage /> },
      { path: PATHS.accountLedger, element: <AccountLedgerPage /> },
      { path: PATHS.accountingPeriods, element: <AccountingPeriodsPage /> },
      { path: PATHS.ledgerReports, element: <LedgerReportsPage /> },
      { path: PATHS.fixedAssets, element: <FixedAssetsPage /> },
      { path: PATHS.fixedAsset, element: <FixedAssetPage /> },
      { path: PATHS.orgUnits, element: <OrgUnitsPage /> },
      { path: PATHS.users, element: <UsersPage /> },
      { path: PATHS.apiKeys, element: <ApiKeysPage /> },
      { path: PATHS.webhooks, element: <WebhooksPage /> },
      { path: PATHS.auditLog, element: <AuditLogPage /> },
      ...placeholderPages().map((page) => ({
        path: page.path,
        element: <ComingSoonPage key={page.path} section={page.label} arrivesWith={page.arrivesWith} />,
      })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
