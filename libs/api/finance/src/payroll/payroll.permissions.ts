import type { PermissionGrant } from '@zhanggui/api-identity';

/**
 * Payroll staff sit in finance. HR changes salaries through personnel actions (which feed payroll by event)
 * but holds no payroll permission, so it sees none of the amounts. The general manager approves the month's
 * payroll (总经理审批工资表); the auditor and the general manager read through `*:read`.
 */
export const PAYROLL_PERMISSIONS: PermissionGrant[] = [
  { permission: 'payroll-runs:read', description: 'See payroll runs and their totals', roles: ['finance'] },
  {
    permission: 'payroll-runs:write',
    description: 'Open, calculate and review payroll runs',
    roles: ['finance'],
  },
  {
    permission: 'payroll-runs:approve',
    description: 'Approve a reviewed payroll run',
    roles: ['general-manager'],
  },
  {
    permission: 'payroll-runs:pay',
    description: 'Export the bank payment file and record payroll as paid',
    roles: ['finance'],
  },
  { permission: 'payslips:read', description: 'See every payslip and the payroll sheet', roles: ['finance'] },
  {
    permission: 'salary-structures:read',
    description: 'See salary structures and payroll inputs',
    roles: ['finance'],
  },
  {
    permission: 'salary-structures:write',
    description: 'Set employees’ salary structures',
    roles: ['finance'],
  },
  {
    permission: 'payroll-inputs:write',
    description: 'Add commissions, rewards and deductions',
    roles: ['finance'],
  },
];
