import type { Permission } from '../../../auth/permissions';
import type { AttendanceMonth, AttendanceSummary } from '../attendance/attendance.api';
import type { EmployeeSummary } from './hr-time.api';

export const EMPLOYEE_ID = '0190a0b0-0000-7000-8000-00000000e001';
export const UNIT_ID = '0190a0b0-0000-7000-8000-00000000a001';

export const HR_PERMISSIONS: Permission[] = [
  'employees:read',
  'probation:read',
  'probation:write',
  'personnel-actions:read',
  'personnel-actions:write',
  'work-calendar:read',
  'work-calendar:write',
  'shifts:read',
  'shifts:write',
  'clock-records:read',
  'clock-records:write',
  'leave-requests:read',
  'leave-requests:write',
  'leave-balances:write',
  'attendance-summaries:read',
  'attendance-summaries:lock',
  'appraisals:read',
  'appraisals:review',
  'appraisals:write',
  'appraisal-results:read',
  'approvals:use',
];

/** What a unit manager holds: reads and files for their unit, locks and keeps nothing. */
export const MANAGER_PERMISSIONS: Permission[] = [
  'employees:read',
  'probation:read',
  'personnel-actions:read',
  'work-calendar:read',
  'shifts:read',
  'clock-records:read',
  'leave-requests:read',
  'leave-requests:write',
  'attendance-summaries:read',
  'appraisals:read',
  'appraisals:review',
];

export const page = <T>(data: T[]) => ({ data, nextCursor: null, total: data.length });

export function fakeEmployee(overrides: Partial<EmployeeSummary> = {}): EmployeeSummary {
  return {
    id: EMPLOYEE_ID,
    number: 'E00042',
    name: '王小明',
    status: 'probation',
    orgUnitId: UNIT_ID,
    positionId: null,
    positionTitle: '销售代表',
    hireDate: '2025-09-01',
    probationEndDate: '2025-12-01',
    phone: null,
    version: 1,
    ...overrides,
  };
}

export function fakeMonth(overrides: Partial<AttendanceMonth> = {}): AttendanceMonth {
  return {
    month: '2025-10',
    locked: false,
    lockedAt: null,
    lockedBy: null,
    calendarMaintained: true,
    expectedDays: 17,
    ...overrides,
  };
}

export function fakeSummary(overrides: Partial<AttendanceSummary> = {}): AttendanceSummary {
  return {
    employeeId: EMPLOYEE_ID,
    employeeNumber: 'E00042',
    employeeName: '王小明',
    orgUnitId: UNIT_ID,
    month: '2025-10',
    locked: false,
    expectedDays: 17,
    daysWorked: 15,
    lateCount: 2,
    earlyLeaveCount: 0,
    missingPunchCount: 1,
    absenceDays: 0,
    leaveDays: { personal: 2 },
    overtimeHours: { weekday: 0, rest_day: 4, public_holiday: 8 },
    days: [],
    ...overrides,
  };
}
