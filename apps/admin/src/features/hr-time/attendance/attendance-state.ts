import {
  enumParam,
  matchingParam,
  optionalEnumParam,
  UUID_PATTERN,
  type UrlParam,
  type UrlStateSpec,
} from '../../../shared/url-state/url-state';
import { beijingToday, MONTH_PATTERN, monthOf } from './attendance-rules';
import { REQUEST_STATUSES, type RequestStatus } from './attendance.api';

export const ATTENDANCE_TABS = ['calendar', 'summary', 'clock', 'leave', 'overtime', 'shifts'] as const;

export interface AttendanceState {
  tab: (typeof ATTENDANCE_TABS)[number];
  /** YYYY-MM; this month unless the URL says otherwise. */
  month: string;
  unit: string | undefined;
  employee: string | undefined;
  status: RequestStatus | undefined;
}

/** The month in the URL, or the current one (so a bookmark keeps its month and a bare link opens today's). */
const monthParam: UrlParam<string> = {
  // A getter: a console left open over midnight at month end moves on to the new month.
  get fallback() {
    return monthOf(beijingToday());
  },
  parse: (raw) => (MONTH_PATTERN.test(raw) ? raw : undefined),
  serialize: (value) => value,
};

export const attendanceSpec: UrlStateSpec<AttendanceState> = {
  tab: enumParam(ATTENDANCE_TABS, 'calendar'),
  month: monthParam,
  unit: matchingParam(UUID_PATTERN),
  employee: matchingParam(UUID_PATTERN),
  status: optionalEnumParam(REQUEST_STATUSES),
};
