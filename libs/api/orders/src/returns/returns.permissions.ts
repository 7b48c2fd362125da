import type { PermissionGrant, RoleCode } from '@zhanggui/api-identity';

const CUSTOMER_SERVICE: RoleCode[] = ['customer-service-agent', 'customer-service-lead'];

export const RETURNS_PERMISSIONS: PermissionGrant[] = [
  {
    permission: 'returns:read',
    description: 'See returns and exchanges (售后) (within one’s territory)',
    roles: [...CUSTOMER_SERVICE, 'product-manager', 'city-manager', 'finance'],
  },
  {
    permission: 'returns:write',
    description: 'Open return and exchange requests for customers',
    roles: CUSTOMER_SERVICE,
  },
  {
    permission: 'returns:approve',
    description: 'Approve or reject return and exchange requests',
    roles: ['customer-service-lead'],
  },
  {
    permission: 'returns:inspect',
    description: 'Receive returned goods, inspect them (restock or scrap) and send exchanges',
    roles: ['product-manager', 'city-manager'],
  },
  {
    permission: 'refunds:issue',
    description: 'Refund inspected returns to the original payment, or in cash for COD',
    roles: ['finance'],
  },
  {
    permission: 'after-sales-settings:write',
    description: 'Set the return window and the rebate expiry',
    roles: ['customer-service-lead'],
  },
];
