import { PermissionGrant, ROLE_CODES } from '@zhanggui/api-identity';

export const APPROVALS_PERMISSIONS: PermissionGrant[] = [
  {
    permission: 'approvals:use',
    description: 'Ask for approvals, decide the ones waiting for you, see your inbox',
    roles: ROLE_CODES,
  },
  {
    permission: 'approval-requests:read',
    description: 'See every approval request in the company',
    roles: [],
  },
];
