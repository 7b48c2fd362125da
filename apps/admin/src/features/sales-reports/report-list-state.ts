import {
  intParam,
  matchingParam,
  optionalEnumParam,
  UUID_PATTERN,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import { REPORT_LEVELS, type ReportLevel, type ReportQuery } from './reports.api';

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface ReportListState {
  period: string | undefined;
  level: ReportLevel | undefined;
  unit: string | undefined;
  limit: number;
}

export const reportListSpec: UrlStateSpec<ReportListState> = {
  period: matchingParam(MONTH_PATTERN),
  level: optionalEnumParam(REPORT_LEVELS),
  unit: matchingParam(UUID_PATTERN),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

export const NO_REPORT_FILTERS: Partial<ReportListState> = {
  period: undefined,
  level: undefined,
  unit: undefined,
};

export function isReportListFiltered(state: ReportListState): boolean {
  return !!(state.period || state.level || state.unit);
}

export function toReportQuery(state: ReportListState, cursor: string | undefined): ReportQuery {
  return {
    period: state.period,
    level: state.level,
    orgUnitId: state.unit,
    sort: '-period',
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}
