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
];
