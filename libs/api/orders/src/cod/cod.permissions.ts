import type { PermissionGrant } from '@zhanggui/api-identity';

export const COD_PERMISSIONS: PermissionGrant[] = [
  {
    permission: 'cod:collect',
    description: 'Record the cash collected for delivered cash-on-delivery orders of one’s city',
    roles: ['city-manager'],
  },
  {
    permission: 'cod-remittances:read',
    description: 'See daily COD remittances (within one’s territory)',
    roles: ['city-manager', 'regional-manager', 'finance'],
  },
  {
    permission: 'cod-remittances:write',
    description: 'Build a day’s COD remittance for a courier or city and record the cash handed in',
    roles: ['city-manager', 'finance'],
  },
  {
    permission: 'cod-remittances:confirm',
    description: 'Confirm COD cash received, follow up and resolve discrepancies',
    roles: ['finance'],
  },
];
