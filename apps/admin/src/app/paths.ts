/** Addresses the code links to directly; the sidebar lists them in layout/navigation.ts. */
export const PATHS = {
  dashboard: '/',
  login: '/login',
  approvals: '/approvals',
  products: '/catalog/products',
  newProduct: '/catalog/products/new',
  product: '/catalog/products/:productId',
  categories: '/catalog/categories',
  brands: '/catalog/brands',
  promotions: '/catalog/promotions',
  newPromotion: '/catalog/promotions/new',
  promotion: '/catalog/promotions/:promotionId',
  campaigns: '/sales/campaigns',
  campaign: '/sales/campaigns/:campaignId',
  siteContent: '/sales/site-content',
  salesTargets: '/sales/targets',
  commissions: '/sales/commissions',
  franchisePartners: '/sales/franchise-partners',
  franchisePartner: '/sales/franchise-partners/:partnerId',
  salesExpenseControl: '/sales/expense-control',
  salesReports: '/sales/reports',
  newSalesReport: '/sales/reports/new',
  salesReport: '/sales/reports/:reportId',
  logisticsPartners: '/sales/logistics-partners',
  catalogTransfer: '/catalog/import-export',
  stockLevels: '/inventory/stock',
  stockAlerts: '/inventory/stock-alerts',
  stockTransfers: '/inventory/transfers',
  warehouses: '/inventory/warehouses',
  purchaseOrders: '/purchasing/purchase-orders',
  newPurchaseOrder: '/purchasing/purchase-orders/new',
  purchaseOrder: '/purchasing/purchase-orders/:orderId',
  purchaseLists: '/purchasing/purchase-lists',
  purchaseList: '/purchasing/purchase-lists/:listId',
  tenders: '/purchasing/tenders',
  tender: '/purchasing/tenders/:tenderId',
  suppliers: '/purchasing/suppliers',
  supplierInvoices: '/purchasing/supplier-invoices',
  orders: '/orders/sales-orders',
  newOrder: '/orders/sales-orders/new',
  order: '/orders/sales-orders/:orderId',
  customer: '/orders/members/:customerId',
  members: '/orders/members',
  memberLevels: '/orders/member-levels',
  returns: '/orders/returns',
  return: '/orders/returns/:returnId',
  tickets: '/support/tickets',
  ticket: '/support/tickets/:ticketId',
  followUps: '/support/follow-ups',
  keyAccounts: '/support/key-accounts',
  supportMetrics: '/support/metrics',
  cannedAnswers: '/support/canned-answers',
  slaPolicies: '/support/sla-policies',
  supportQueues: '/support/queues',
  hrOrgChart: '/hr/org-chart',
  employees: '/hr/employees',
  employee: '/hr/employees/:employeeId',
  recruitment: '/hr/recruitment',
  hiringRequest: '/hr/recruitment/requests/:requestId',
  candidate: '/hr/recruitment/candidates/:candidateId',
  probation: '/hr/probation',
  probationFile: '/hr/probation/:employeeId',
  personnelActions: '/hr/personnel-actions',
  personnelAction: '/hr/personnel-actions/:actionId',
  attendance: '/hr/attendance',
  appraisalCycles: '/hr/appraisal-cycles',
  appraisalCycle: '/hr/appraisal-cycles/:cycleId',
  training: '/hr/training',
  meetings: '/hr/meetings',
  meeting: '/hr/meetings/:meetingId',
  companyDocuments: '/hr/company-documents',
  codRemittances: '/finance/cod-remittances',
  codRemittance: '/finance/cod-remittances/:remittanceId',
  payables: '/finance/payables',
  supplierStatement: '/finance/payables/suppliers/:supplierId',
  paymentRuns: '/finance/payment-runs',
  paymentRun: '/finance/payment-runs/:runId',
  websiteReconciliation: '/finance/reconciliation',
  codReconciliation: '/finance/cod-reconciliation',
  expenseClaims: '/finance/expense-claims',
  newExpenseClaim: '/finance/expense-claims/new',
  expenseClaim: '/finance/expense-claims/:claimId',
  budgets: '/finance/budgets',
  contracts: '/finance/contracts',
  contract: '/finance/contracts/:contractId',
  payrollRuns: '/finance/payroll',
  payrollRun: '/finance/payroll/runs/:runId',
  payrollSetup: '/finance/payroll/setup',
  payslip: '/finance/payslips/:payslipId',
  myPayslips: '/finance/my-payslips',
  ledgerAccounts: '/finance/ledger/accounts',
  journalEntries: '/finance/ledger/entries',
  newJournalEntry: '/finance/ledger/entries/new',
  journalEntry: '/finance/ledger/entries/:entryId',
  accountLedger: '/finance/ledger/account-ledger',
  accountingPeriods: '/finance/ledger/periods',
  ledgerReports: '/finance/reports',
  fixedAssets: '/finance/fixed-assets',
  fixedAsset: '/finance/fixed-assets/:assetId',
  orgUnits: '/admin/org-units',
  users: '/admin/users',
  apiKeys: '/admin/api-keys',
  webhooks: '/admin/webhooks',
  auditLog: '/admin/audit-log',
} as const;

export const productPath = (id: string) => `${PATHS.products}/${encodeURIComponent(id)}`;
export const promotionPath = (id: string) => `${PATHS.promotions}/${encodeURIComponent(id)}`;
export const purchaseOrderPath = (id: string) => `${PATHS.purchaseOrders}/${encodeURIComponent(id)}`;
export const purchaseListPath = (id: string) => `${PATHS.purchaseLists}/${encodeURIComponent(id)}`;
export const tenderPath = (id: string) => `${PATHS.tenders}/${encodeURIComponent(id)}`;
export const orderPath = (id: string) => `${PATHS.orders}/${encodeURIComponent(id)}`;
export const customerPath = (id: string) => `/orders/members/${encodeURIComponent(id)}`;
export const returnPath = (id: string) => `${PATHS.returns}/${encodeURIComponent(id)}`;
export const codRemittancePath = (id: string) => `${PATHS.codRemittances}/${encodeURIComponent(id)}`;
export const payrollRunPath = (id: string) => `${PATHS.payrollRuns}/runs/${encodeURIComponent(id)}`;
export const journalEntryPath = (id: string) => `${PATHS.journalEntries}/${encodeURIComponent(id)}`;
export const fixedAssetPath = (id: string) => `${PATHS.fixedAssets}/${encodeURIComponent(id)}`;
export const payslipPath = (id: string) => `/finance/payslips/${encodeURIComponent(id)}`;
export const expenseClaimPath = (id: string) => `${PATHS.expenseClaims}/${encodeURIComponent(id)}`;
export const contractPath = (id: string) => `${PATHS.contracts}/${encodeURIComponent(id)}`;
export const ticketPath = (id: string) => `${PATHS.tickets}/${encodeURIComponent(id)}`;
export const probationFilePath = (employeeId: string) =>
  `${PATHS.probation}/${encodeURIComponent(employeeId)}`;
export const personnelActionPath = (id: string) => `${PATHS.personnelActions}/${encodeURIComponent(id)}`;
export const appraisalCyclePath = (id: string) => `${PATHS.appraisalCycles}/${encodeURIComponent(id)}`;
export const employeePath = (id: string) => `${PATHS.employees}/${encodeURIComponent(id)}`;
export const meetingPath = (id: string) => `${PATHS.meetings}/${encodeURIComponent(id)}`;
export const hiringRequestPath = (id: string) => `/hr/recruitment/requests/${encodeURIComponent(id)}`;
export const franchisePartnerPath = (id: string) => `${PATHS.franchisePartners}/${encodeURIComponent(id)}`;
export const candidatePath = (id: string) => `/hr/recruitment/candidates/${encodeURIComponent(id)}`;
export const paymentRunPath = (id: string) => `${PATHS.paymentRuns}/${encodeURIComponent(id)}`;
export const supplierStatementPath = (supplierId: string) =>
  `${PATHS.payables}/suppliers/${encodeURIComponent(supplierId)}`;
