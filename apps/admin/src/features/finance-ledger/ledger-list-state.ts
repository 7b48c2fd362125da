import {
  enumParam,
  intParam,
  matchingParam,
  optionalEnumParam,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import {
  ENTRY_STATUSES,
  LEDGER_REPORTS,
  type JournalEntry,
  type JournalEntryQuery,
  type LedgerReport,
} from './ledger.api';

export const PERIOD_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;
const ACCOUNT_CODE_PATTERN = /^\d{4}(\d{2}){0,5}$/;
const SOURCE_PATTERN = /^[a-z_]{1,40}$/;

export interface EntryListState {
  period: string | undefined;
  /** An account: entries with a line on it or on its sub-accounts. */
  account: string | undefined;
  source: string | undefined;
  status: JournalEntry['status'] | undefined;
  limit: number;
}

export const entryListSpec: UrlStateSpec<EntryListState> = {
  period: matchingParam(PERIOD_PATTERN),
  account: matchingParam(ACCOUNT_CODE_PATTERN),
  source: matchingParam(SOURCE_PATTERN),
  status: optionalEnumParam(ENTRY_STATUSES),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

export const NO_ENTRY_FILTERS: Partial<EntryListState> = {
  period: undefined,
  account: undefined,
  source: undefined,
  status: undefined,
};

export function isEntryListFiltered(state: EntryListState): boolean {
  return !!(state.period || state.account || state.source || state.status);
}

export function toEntryQuery(state: EntryListState, cursor: string | undefined): JournalEntryQuery {
  return {
    period: state.period,
    accountCode: state.account,
    sourceType: state.source,
    status: state.status,
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}

export interface AccountLedgerState {
  account: string | undefined;
  from: string | undefined;
  to: string | undefined;
  limit: number;
}

export const accountLedgerSpec: UrlStateSpec<AccountLedgerState> = {
  account: matchingParam(ACCOUNT_CODE_PATTERN),
  from: matchingParam(PERIOD_PATTERN),
  to: matchingParam(PERIOD_PATTERN),
  limit: intParam({ min: 1, max: 200, fallback: 100 }),
};

export interface ReportState {
  report: LedgerReport;
  /** Undefined: this month (China time). */
  period: string | undefined;
}

export const reportSpec: UrlStateSpec<ReportState> = {
  report: enumParam(LEDGER_REPORTS, 'trial-balance'),
  period: matchingParam(PERIOD_PATTERN),
};
