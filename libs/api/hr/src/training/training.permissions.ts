import type { PermissionGrant } from '@zhanggui/api-identity';
import { UNIT_MANAGERS } from '../hr.permissions';

export const TRAINING_PERMISSIONS: PermissionGrant[] = [
  { permission: 'training:read', description: 'See training records', roles: ['hr', ...UNIT_MANAGERS] },
  { permission: 'training:write', description: 'Record trainings employees took', roles: ['hr'] },
];
