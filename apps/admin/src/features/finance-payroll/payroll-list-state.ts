import {
  enumParam,
  intParam,
  matchingParam,
  optionalEnumParam,
  textParam,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import { RUN_STATUSES, type PayrollRunStatus, type RunQuery } from './payroll.api';

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface RunListState {
  month: string | undefined;
  status: PayrollRunStatus | undefined;
  limit: number;
}

export const runListSpec: UrlStateSpec<RunListState> = {
  month: matchingParam(MONTH_PATTERN),
  status: optionalEnumParam(RUN_STATUSES),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

export const NO_RUN_FILTERS: Partial<RunListState> = { month: undefined, status: undefined };

export function isRunListFiltered(state: RunListState): boolean {
  return !!(state.month || state.status);
}

export function toRunQuery(state: RunListState, cursor: string | undefined): RunQuery {
  return {
    month: state.month,
    status: state.status,
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}

export const SETUP_TABS = ['structures', 'inputs', 'insurance'] as const;

/** The setup page: which tab, and each tab's own filter (employee search, input month, rules' year). */
export interface SetupState {
  tab: (typeof SETUP_TABS)[number];
  q: string;
  month: string | undefined;
  year: number;
}

export const setupSpec: UrlStateSpec<SetupState> = {
  tab: enumParam(SETUP_TABS, 'structures'),
  q: textParam(50),
  month: matchingParam(MONTH_PATTERN),
  year: intParam({ min: 2000, max: 2100, fallback: new Date().getFullYear() }),
};

/** The review table's own filter and sort ("-net": largest first), kept in the run page's URL too. */
export const REVIEW_COLUMNS = ['number', 'gross', 'deductions', 'insurance', 'tax', 'net'] as const;
export type ReviewColumn = (typeof REVIEW_COLUMNS)[number];
export const REVIEW_SORTS = REVIEW_COLUMNS.flatMap((c) => [c, `-${c}`] as const);
export interface ReviewState {
  q: string;
  sort: (typeof REVIEW_SORTS)[number];
}
export const reviewSpec: UrlStateSpec<ReviewState> = {
  q: textParam(50),
  sort: enumParam(REVIEW_SORTS, 'number'),
};

/** The month before `today` (YYYY-MM-DD): the one normally being paid. */
export function previousMonth(today: string): string {
  const [y, m] = today.split('-').map(Number) as [number, number];
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}
