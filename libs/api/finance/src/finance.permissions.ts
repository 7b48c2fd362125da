import type { PermissionGrant } from '@zhanggui/api-identity';

/**
 * Finance keeps the books; every `*:read` also reaches the auditor and the general manager. Reopening a
 * closed month is the general manager's alone: the books finance closed are final until someone above
 * finance says otherwise (and the reason is audited).
 */
export const FINANCE_PERMISSIONS: PermissionGrant[] = [
  {
    permission: 'ledger:read',
    description: 'See the chart of accounts, journal entries, periods, account ledgers and financial reports',
    roles: ['finance'],
  },
  {
    permission: 'ledger-accounts:write',
    description: 'Open, rename and deactivate sub-accounts',
    roles: ['finance'],
  },
  {
    permission: 'journal-entries:write',
    description: 'Write, post and reverse manual journal entries',
    roles: ['finance'],
  },
  {
    permission: 'accounting-periods:close',
    description: 'Close an accounting month (结账)',
    roles: ['finance'],
  },
  {
    permission: 'accounting-periods:reopen',
    description: 'Reopen a closed accounting month (反结账), with a reason',
    roles: ['general-manager'],
  },
  // Settlement, reconciliation and fixed assets (settlement/, assets/).
  {
    permission: 'payables:read',
    description: 'See payables, payment runs and supplier statements',
    roles: ['finance'],
  },
  { permission: 'payables:write', description: 'Prepare payment runs for due payables', roles: ['finance'] },
  { permission: 'payment-runs:approve', description: 'Approve and pay payment runs', roles: ['finance'] },
  {
    permission: 'reconciliation:read',
    description: 'See COD and website reconciliations',
    roles: ['finance'],
  },
  {
    permission: 'reconciliation:write',
    description: 'Import bank and provider statements, explain lines, close days',
    roles: ['finance'],
  },
  { permission: 'fixed-assets:read', description: 'See the fixed-asset register', roles: ['finance'] },
  {
    permission: 'fixed-assets:write',
    description: 'Register, transfer and dispose of fixed assets',
    roles: ['finance'],
  },
  { permission: 'depreciation:run', description: 'Run month-end depreciation', roles: ['finance'] },
  // Expense claims and budgets: every employee claims their own; managers read and approve their units';
  // finance reads all, pays, keeps the policy and the budgets.
  {
    permission: 'expense-claims:write',
    description: 'Write, change and submit one’s own expense claims with receipts',
    roles: [
      'sales-manager',
      'provincial-manager',
      'regional-manager',
      'city-manager',
      'product-manager',
      'planner',
      'editor',
      'customer-service-agent',
      'customer-service-lead',
      'hr',
      'finance',
      'system-administrator',
      'general-manager',
    ],
  },
  {
    permission: 'expense-claims:read',
    description: 'See the expense claims of one’s units (finance: all)',
    roles: ['finance', 'sales-manager', 'provincial-manager', 'regional-manager', 'city-manager'],
  },
  {
    permission: 'expense-claims:approve',
    description: 'Approve, return or reject expense claims at one’s approval step',
    roles: ['finance', 'general-manager', 'provincial-manager', 'regional-manager', 'city-manager'],
  },
  {
    permission: 'expense-claims:override-budget',
    description: 'Approve an expense claim past its budget, with a reason (audited)',
    roles: ['finance', 'general-manager'],
  },
  { permission: 'expense-claims:pay', description: 'Pay approved expense claims', roles: ['finance'] },
  { permission: 'expense-policies:write', description: 'Set the expense policy limits', roles: ['finance'] },
  {
    permission: 'budgets:read',
    description: 'See budgets, their actuals and alerts for one’s units',
    roles: ['finance', 'sales-manager', 'provincial-manager', 'regional-manager', 'city-manager'],
  },
  { permission: 'budgets:write', description: 'Set and change budgets', roles: ['finance'] },
  // Economic contracts (contracts/): finance keeps them; the general manager approves in the approvals inbox.
  {
    permission: 'contracts:read',
    description: 'See economic contracts, their files and history',
    roles: ['finance', 'general-manager', 'auditor'],
  },
  {
    permission: 'contracts:write',
    description: 'Record, change, submit and terminate contracts',
    roles: ['finance'],
  },
];
