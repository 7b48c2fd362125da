import type { PermissionGrant } from '@zhanggui/api-identity';
import { ROLE_CODES } from '@zhanggui/api-identity';

/**
 * The archive by level: public and internal documents for everyone with a role, confidential for managers of
 * the company (GM, HR), secret for the general manager and HR only. The level permissions are deliberately not
 * `:read`, so the auditor does not inherit them.
 */
export const COMPANY_DOCUMENTS_PERMISSIONS: PermissionGrant[] = [
  {
    permission: 'company-documents:read',
    description: 'Open public and internal company documents',
    roles: ROLE_CODES,
  },
  {
    permission: 'company-documents:confidential-read',
    description: 'Open confidential company documents',
    roles: ['hr', 'general-manager', 'finance'],
  },
  {
    permission: 'company-documents:secret-read',
    description: 'Open secret company documents',
    roles: ['hr', 'general-manager'],
  },
  {
    permission: 'company-documents:write',
    description: 'File documents in the company archive',
    roles: ['hr'],
  },
];
