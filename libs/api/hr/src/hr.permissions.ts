import type { PermissionGrant, RoleCode } from '@zhanggui/api-identity';

/**
 * People who head a unit. Their role assignments carry the unit, so what they read of HR is that unit and
 * everything under it (data scope); an assignment without a unit reads the whole company.
 */
export const UNIT_MANAGERS: RoleCode[] = [
  'sales-manager',
  'provincial-manager',
  'regional-manager',
  'city-manager',
  'customer-service-lead',
];
const HR: RoleCode[] = ['hr'];

/** Every `*:read` is also the general manager's and the auditor's (without personal data: see employees:pii-read). */
export const HR_PERMISSIONS: PermissionGrant[] = [
  {
    permission: 'positions:read',
    description: 'See positions, their duties, headcount plans and the org chart',
    roles: [...HR, ...UNIT_MANAGERS],
  },
  {
    permission: 'positions:write',
    description: 'Create and change positions and headcount plans (编制)',
    roles: HR,
  },
  {
    permission: 'employees:read',
    description: 'See personnel files (personal data masked) and their history',
    roles: [...HR, ...UNIT_MANAGERS],
  },
  {
    permission: 'employees:write',
    description: 'Create and change personnel files, positions held, documents',
    roles: HR,
  },
  {
    // Not a `:read` on purpose: the general manager and the auditor do not get it with "read everything".
    permission: 'employees:pii-read',
    description: 'See ID numbers, bank accounts and salaries in full',
    roles: HR,
  },
  {
    permission: 'employee-documents:confidential-read',
    description: 'Open employee documents marked confidential',
    roles: [...HR, 'general-manager'],
  },
  {
    permission: 'employee-documents:secret-read',
    description: 'Open employee documents marked secret',
    roles: HR,
  },
  { permission: 'labour-contracts:read', description: 'See labour contracts and those expiring', roles: HR },
  { permission: 'labour-contracts:write', description: 'Record, renew and end labour contracts', roles: HR },
  {
    permission: 'hiring-requests:read',
    description: 'See hiring requests and the recruitment plan (招聘计划)',
    roles: [...HR, ...UNIT_MANAGERS],
  },
  {
    permission: 'hiring-requests:write',
    description: 'Ask to hire against the headcount plan',
    roles: [...HR, ...UNIT_MANAGERS],
  },
  {
    permission: 'candidates:read',
    description: 'See candidates and their pipeline',
    roles: [...HR, ...UNIT_MANAGERS],
  },
  {
    permission: 'candidates:write',
    description: 'Add candidates, move them through the pipeline, hire them',
    roles: HR,
  },
  {
    permission: 'probation:read',
    description: 'See probation training, assessments and reviews',
    roles: [...HR, ...UNIT_MANAGERS],
  },
  {
    permission: 'probation:write',
    description: 'Assign training, score assessments, recommend an outcome',
    roles: [...HR, ...UNIT_MANAGERS],
  },
  {
    permission: 'personnel-actions:read',
    description: 'See personnel actions (人事异动) and approval chains',
    roles: [...HR, ...UNIT_MANAGERS],
  },
  { permission: 'personnel-actions:write', description: 'Propose personnel actions for approval', roles: HR },
  {
    permission: 'hr-approval-chains:write',
    description: 'Set which roles approve each HR request type',
    roles: HR,
  },
  {
    permission: 'work-calendar:read',
    description: 'See the company work calendar (holidays, make-up days)',
    roles: [...HR, 'customer-service-lead'],
  },
  { permission: 'work-calendar:write', description: 'Maintain the company work calendar', roles: HR },
];
