import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../../api/client';
import type { operations } from '../../../api/schema';

export type CalendarDay = ApiSchemas['CalendarDayResponse'];
export type CalendarDayKind = 'holiday' | 'make-up-workday';
export type AttendanceMonth = ApiSchemas['AttendanceMonthResponse'];
export type AttendanceSummary = ApiSchemas['AttendanceSummaryResponse'];
export type ClockImportResult = ApiSchemas['ClockImportResponse'];
export type Shift = ApiSchemas['ShiftResponse'];
export type NewShift = ApiSchemas['CreateShiftDto'];
export type LeaveType = ApiSchemas['LeaveTypeResponse'];
export type LeaveRequest = ApiSchemas['LeaveRequestResponse'];
export type NewLeaveRequest = ApiSchemas['CreateLeaveRequestDto'];
export type OvertimeRequest = ApiSchemas['OvertimeRequestResponse'];
export type NewOvertimeRequest = ApiSchemas['CreateOvertimeRequestDto'];
export type LeaveBalance = ApiSchemas['LeaveBalanceResponse'];
export type SummaryQuery = operations['AttendanceSummaries_list']['parameters']['query'];
export type LeaveQuery = NonNullable<operations['Leave_list']['parameters']['query']>;
export type OvertimeQuery = NonNullable<operations['Leave_listOvertime']['parameters']['query']>;
export type BalanceQuery = NonNullable<operations['LeaveBalances_list']['parameters']['query']>;
export type RequestStatus = LeaveRequest['status'];

export const REQUEST_STATUSES = [
  'pending_approval',
  'approved',
  'rejected',
  'cancelled',
] as const satisfies readonly RequestStatus[];

export const attendanceKeys = {
  all: ['hr-time', 'attendance'] as const,
  calendar: (year: number) => [...attendanceKeys.all, 'calendar', year] as const,
  month: (month: string) => [...attendanceKeys.all, 'month', month] as const,
  summaries: (query: SummaryQuery) => [...attendanceKeys.all, 'summaries', query] as const,
  shifts: () => [...attendanceKeys.all, 'shifts'] as const,
  leaveTypes: () => [...attendanceKeys.all, 'leave-types'] as const,
  leave: (query: LeaveQuery) => [...attendanceKeys.all, 'leave', query] as const,
  overtime: (query: OvertimeQuery) => [...attendanceKeys.all, 'overtime', query] as const,
  balances: (query: BalanceQuery) => [...attendanceKeys.all, 'balances', query] as const,
};

export function calendarDaysQuery(year: number) {
  return queryOptions({
    queryKey: attendanceKeys.calendar(year),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/work-calendar/days', { params: { query: { year } }, signal })),
  });
}

export const setCalendarDay = (date: string, body: { kind: CalendarDayKind; name: string }) =>
  unwrap(api.PUT('/api/v1/work-calendar/days/{date}', { params: { path: { date } }, body }));

export const removeCalendarDay = (date: string) =>
  unwrap(api.DELETE('/api/v1/work-calendar/days/{date}', { params: { path: { date } } }));

export function attendanceMonthQuery(month: string) {
  return queryOptions({
    queryKey: attendanceKeys.month(month),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/attendance-months/{month}', { params: { path: { month } }, signal })),
  });
}

export const lockAttendanceMonth = (month: string) =>
  unwrap(api.POST('/api/v1/attendance-months/{month}/lock', { params: { path: { month } } }));

export function summariesQuery(query: SummaryQuery) {
  return queryOptions({
    queryKey: attendanceKeys.summaries(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/attendance-summaries', { params: { query }, signal })),
  });
}

export const importClockRecords = (csv: string) =>
  unwrap(api.POST('/api/v1/clock-records/imports', { body: { csv } }));

export function shiftsQuery() {
  return queryOptions({
    queryKey: attendanceKeys.shifts(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/shifts', { params: { query: { limit: 200 } }, signal })),
  });
}

export const createShift = (body: NewShift) => unwrap(api.POST('/api/v1/shifts', { body }));

export function leaveTypesQuery() {
  return queryOptions({
    queryKey: attendanceKeys.leaveTypes(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/leave-types', { signal })),
    staleTime: 10 * 60_000,
  });
}

export function leaveRequestsQuery(query: LeaveQuery) {
  return queryOptions({
    queryKey: attendanceKeys.leave(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/leave-requests', { params: { query }, signal })),
  });
}

export const createLeaveRequest = (body: NewLeaveRequest) =>
  unwrap(api.POST('/api/v1/leave-requests', { body }));

export const cancelLeaveRequest = (id: string) =>
  unwrap(api.POST('/api/v1/leave-requests/{id}/cancel', { params: { path: { id } } }));

export function overtimeRequestsQuery(query: OvertimeQuery) {
  return queryOptions({
    queryKey: attendanceKeys.overtime(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/overtime-requests', { params: { query }, signal })),
  });
}

export const createOvertimeRequest = (body: NewOvertimeRequest) =>
  unwrap(api.POST('/api/v1/overtime-requests', { body }));

export const cancelOvertimeRequest = (id: string) =>
  unwrap(api.POST('/api/v1/overtime-requests/{id}/cancel', { params: { path: { id } } }));

export function balancesQuery(query: BalanceQuery) {
  return queryOptions({
    queryKey: attendanceKeys.balances(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/leave-balances', { params: { query }, signal })),
  });
}
