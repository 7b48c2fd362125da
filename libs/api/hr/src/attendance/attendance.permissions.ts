import type { PermissionGrant, RoleCode } from '@zhanggui/api-identity';
import { UNIT_MANAGERS } from '../hr.permissions';

const HR: RoleCode[] = ['hr'];

/** Attendance: HR keeps it, a manager sees and files for their unit, payroll (finance) reads and locks. */
export const ATTENDANCE_PERMISSIONS: PermissionGrant[] = [
  {
    permission: 'shifts:read',
    description: 'See shifts and who works them',
    roles: [...HR, ...UNIT_MANAGERS],
  },
  {
    permission: 'shifts:write',
    description: 'Define shifts and assign them to employees or units',
    roles: HR,
  },
  {
    permission: 'clock-records:read',
    description: 'See clock records (打卡记录)',
    roles: [...HR, ...UNIT_MANAGERS],
  },
  {
    permission: 'clock-records:write',
    description: 'Import clock records from CSV, correct punches',
    roles: HR,
  },
  {
    // Meant for the API keys of clock devices; the administrator who issues those keys holds it to test a device.
    permission: 'clock-records:submit',
    description: 'Send punches from a clock device',
    roles: ['system-administrator'],
  },
  {
    permission: 'leave-requests:read',
    description: 'See leave and overtime requests and leave balances',
    roles: [...HR, ...UNIT_MANAGERS],
  },
  {
    permission: 'leave-requests:write',
    description: 'Request leave and overtime for employees of one’s unit, cancel them',
    roles: [...HR, ...UNIT_MANAGERS],
  },
  { permission: 'leave-balances:write', description: 'Grant yearly leave balances, adjust them', roles: HR },
  {
    permission: 'attendance-summaries:read',
    description: 'See monthly attendance summaries',
    roles: [...HR, ...UNIT_MANAGERS, 'finance'],
  },
  {
    permission: 'attendance-summaries:lock',
    description: 'Lock a month for payroll (its attendance no longer changes)',
    roles: [...HR, 'finance'],
  },
];
