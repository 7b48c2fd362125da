import type { PermissionGrant } from './permission-catalog';
import { ROLE_CODES } from './roles';

const MANAGERS_OF_PEOPLE = [
  'sales-manager',
  'provincial-manager',
  'regional-manager',
  'city-manager',
  'customer-service-lead',
] as const;

export const IDENTITY_PERMISSIONS: PermissionGrant[] = [
  { permission: 'org-units:read', description: 'See the org-unit tree', roles: ROLE_CODES },
  {
    permission: 'org-units:write',
    description: 'Add, rename, move and archive org units',
    roles: ['system-administrator', 'hr'],
  },
  {
    permission: 'users:read',
    description: 'See user accounts (managers: those of their own units)',
    roles: ['system-administrator', 'hr', ...MANAGERS_OF_PEOPLE],
  },
  {
    permission: 'users:write',
    description: 'Create users, assign roles, disable, reset passwords',
    roles: ['system-administrator'],
  },
  {
    permission: 'roles:read',
    description: 'See the roles and what each may do',
    roles: ['system-administrator', 'hr'],
  },
  { permission: 'api-keys:read', description: 'See partner API keys', roles: ['system-administrator'] },
  {
    permission: 'api-keys:write',
    description: 'Create and revoke partner API keys',
    roles: ['system-administrator'],
  },
  {
    permission: 'webhooks:read',
    description: 'See webhook subscriptions and their delivery log',
    roles: ['system-administrator'],
  },
  {
    permission: 'webhooks:write',
    description: 'Subscribe partners to events, replay deliveries',
    roles: ['system-administrator'],
  },
  { permission: 'audit-events:read', description: 'Read the audit trail', roles: ['system-administrator'] },
];
