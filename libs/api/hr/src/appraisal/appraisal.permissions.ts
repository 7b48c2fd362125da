import type { PermissionGrant, RoleCode } from '@zhanggui/api-identity';
import { UNIT_MANAGERS } from '../hr.permissions';

const HR: RoleCode[] = ['hr'];

/**
 * Appraisal: HR runs cycles and calibrates; a manager scores the people of their unit (data scope); an
 * employee scores only their own self-review (by their linked user account, no permission needed).
 */
export const APPRAISAL_PERMISSIONS: PermissionGrant[] = [
  {
    permission: 'appraisals:read',
    description: 'See appraisal cycles, KPI templates and appraisals',
    roles: [...HR, ...UNIT_MANAGERS],
  },
  {
    permission: 'appraisals:review',
    description: 'Score the appraisals of one’s unit (manager review)',
    roles: [...HR, ...UNIT_MANAGERS],
  },
  {
    permission: 'appraisals:write',
    description: 'Run appraisal cycles, keep KPI templates and the grade table, calibrate grades',
    roles: HR,
  },
  {
    permission: 'appraisal-results:read',
    description: 'Read final grades and bonus coefficients (payroll)',
    roles: [...HR, 'finance'],
  },
];
