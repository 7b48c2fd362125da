import type { PermissionGrant } from '@zhanggui/api-identity';
import { UNIT_MANAGERS } from '../hr.permissions';

/** A manager holds their unit's meetings; HR (the administration office) any unit's. */
export const MEETINGS_PERMISSIONS: PermissionGrant[] = [
  {
    permission: 'meetings:read',
    description: 'See meetings, minutes and action items',
    roles: ['hr', ...UNIT_MANAGERS],
  },
  {
    permission: 'meetings:write',
    description: 'Schedule meetings, record minutes, assign and close action items',
    roles: ['hr', ...UNIT_MANAGERS],
  },
];
