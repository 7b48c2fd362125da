import type { PermissionGrant } from '@zhanggui/api-identity';

export const REBATES_PERMISSIONS: PermissionGrant[] = [
  {
    permission: 'rebates:read',
    description: 'See customers’ rebate balances and ledgers (返利)',
    roles: ['customer-service-agent', 'customer-service-lead', 'finance'],
  },
  {
    permission: 'rebates:adjust',
    description: 'Run rebate expiry',
    roles: ['finance'],
  },
];
