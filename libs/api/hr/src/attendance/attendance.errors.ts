import { BusinessRuleError, ConflictError, NotFoundError } from '@zhanggui/api-platform';

export class ShiftNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('SHIFT_NOT_FOUND', `No shift ${id}.`);
  }
}
export class ShiftCodeTakenError extends ConflictError {
  constructor(code: string) {
    super('SHIFT_CODE_TAKEN', `Shift code ${code} is taken.`, [{ field: 'code', message: 'is taken' }]);
  }
}
export class ShiftTimesInvalidError extends BusinessRuleError {
  constructor(field: string, message: string) {
    super('SHIFT_TIMES_INVALID', `The shift's times do not fit: ${field} ${message}.`, [{ field, message }]);
  }
}
export class AttendanceMonthLockedError extends ConflictError {
  constructor(month: string, field = 'month') {
    super(
      'ATTENDANCE_MONTH_LOCKED',
      `Attendance for ${month} is locked: payroll has used it, so its clock records, leave and overtime no longer change.`,
      [{ field, message: `${month} is locked` }],
    );
  }
}
export class CalendarNotMaintainedError extends BusinessRuleError {
  constructor(year: number) {
    super(
      'WORK_CALENDAR_NOT_MAINTAINED',
      `The work calendar has no holidays for ${year}; enter them before closing a month of ${year}.`,
      [{ field: 'month', message: `${year} is not maintained in the work calendar` }],
    );
  }
}
export class LeaveTypeUnknownError extends BusinessRuleError {
  constructor(code: string) {
    super('LEAVE_TYPE_UNKNOWN', `No active leave type ${code}.`, [
      { field: 'leaveType', message: 'unknown' },
    ]);
  }
}
export class LeaveRequestNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('LEAVE_REQUEST_NOT_FOUND', `No leave request ${id}.`);
  }
}
export class OvertimeRequestNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('OVERTIME_REQUEST_NOT_FOUND', `No overtime request ${id}.`);
  }
}
export class LeaveInvalidError extends BusinessRuleError {
  constructor(field: string, message: string) {
    super('LEAVE_REQUEST_INVALID', `The leave cannot be requested: ${field} ${message}.`, [
      { field, message },
    ]);
  }
}
export class LeaveOverlapError extends ConflictError {
  constructor(number: string) {
    super('LEAVE_OVERLAPS', `The dates overlap leave request ${number}.`, [
      { field: 'startsOn', message: `overlaps ${number}` },
    ]);
  }
}
export class RequestStateError extends BusinessRuleError {
  constructor(what: string, status: string) {
    super('REQUEST_NOT_CANCELLABLE', `The ${what} is ${status}.`, [
      { field: 'status', message: `is ${status}` },
    ]);
  }
}
export class MonthNotOverError extends BusinessRuleError {
  constructor(month: string) {
    super('ATTENDANCE_MONTH_NOT_OVER', `${month} has not ended; only a past month can be locked.`, [
      { field: 'month', message: 'has not ended' },
    ]);
  }
}
export class LeaveBalanceNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('LEAVE_BALANCE_NOT_FOUND', `No leave balance ${id}.`);
  }
}
