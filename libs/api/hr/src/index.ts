export { HrModule } from './hr.module';
export { EmployeesService } from './employees/employees.service';
export { PositionsService } from './organisation/positions.service';
export { HeadcountFiguresService } from './organisation/headcount-figures.service';
export { HrDashboardFiguresService } from './organisation/hr-dashboard-figures.service';
export type { UnitHeadcount } from './organisation/hr-dashboard-figures.service';
export {
  EMPLOYEE_HIRED,
  PERSONNEL_ACTION_EFFECTIVE,
  CONTRACT_EXPIRING,
  EMPLOYEE_STATUS_CHANGED,
} from './hr.events';
export type {
  EmployeeHiredPayload,
  PersonnelActionEffectivePayload,
  ContractExpiringPayload,
  EmployeeStatusChangedPayload,
} from './hr.events';
export { ATTENDANCE_LOCKED } from './attendance/attendance.events';
export { AttendanceSummaryService } from './attendance/attendance-summary.service';
export { ShiftsService } from './attendance/shifts.service';
export type { AttendanceLockedPayload } from './attendance/attendance.events';
export { APPRAISAL_CYCLE_CLOSED } from './appraisal/appraisal.events';
export type { AppraisalCycleClosedPayload } from './appraisal/appraisal.events';
export { hrMigrations } from './migrations';
