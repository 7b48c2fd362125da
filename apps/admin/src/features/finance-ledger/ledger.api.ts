import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';
import { downloadFile } from '../../shared/transfer/authorized-transfer';

export type LedgerAccount = ApiSchemas['AccountResponse'];
export type AccountType = LedgerAccount['type'];
export type NewAccount = ApiSchemas['CreateAccountDto'];
export type AccountChange = ApiSchemas['UpdateAccountDto'];
export type JournalEntrySummary = ApiSchemas['JournalEntrySummary'];
export type JournalEntry = ApiSchemas['JournalEntryResponse'];
export type JournalLine = ApiSchemas['JournalLineResponse'];
export type JournalEntryInput = ApiSchemas['JournalEntryInput'];
export type JournalEntryQuery = NonNullable<operations['JournalEntries_list']['parameters']['query']>;
export type AccountLedgerQuery = operations['JournalEntries_accountLedger']['parameters']['query'];
export type AccountLedgerRow = ApiSchemas['AccountLedgerRow'];
export type AccountingPeriod = ApiSchemas['PeriodResponse'];
export type TrialBalance = ApiSchemas['TrialBalanceResponse'];
export type TrialBalanceRow = ApiSchemas['TrialBalanceRowResponse'];
export type IncomeStatement = ApiSchemas['IncomeStatementResponse'];
export type BalanceSheet = ApiSchemas['BalanceSheetResponse'];
export type StatementLine = ApiSchemas['StatementLineResponse'];

export const ACCOUNT_TYPES = [
  'asset',
  'liability',
  'equity',
  'cost',
  'revenue',
  'expense',
] as const satisfies readonly AccountType[];
export const ENTRY_STATUSES = ['draft', 'posted'] as const satisfies readonly JournalEntry['status'][];
export const LEDGER_REPORTS = ['trial-balance', 'income-statement', 'balance-sheet'] as const;
export type LedgerReport = (typeof LEDGER_REPORTS)[number];

export const ledgerKeys = {
  all: ['ledger'] as const,
  accounts: () => [...ledgerKeys.all, 'accounts'] as const,
  entries: () => [...ledgerKeys.all, 'entries'] as const,
  entryList: (query: JournalEntryQuery) => [...ledgerKeys.entries(), 'list', query] as const,
  entry: (id: string) => [...ledgerKeys.entries(), 'detail', id] as const,
  accountLedger: (query: AccountLedgerQuery) => [...ledgerKeys.all, 'account-ledger', query] as const,
  periods: () => [...ledgerKeys.all, 'periods'] as const,
  report: (report: LedgerReport, period: string) => [...ledgerKeys.all, 'report', report, period] as const,
};

const ifMatch = (record: { version: number }) => ({ 'If-Match': `"${record.version}"` });

/** Today in China (YYYY-MM-DD): the API's periods are China months, whatever the clerk's time zone. */
export function chinaToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

export const chinaMonth = (now = new Date()): string => chinaToday(now).slice(0, 7);

/** The whole chart at once: a few hundred accounts at most, and the tree needs every one of them. */
export function accountsQuery() {
  return queryOptions({
    queryKey: ledgerKeys.accounts(),
    queryFn: async ({ signal }) => {
      const accounts: LedgerAccount[] = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(
          api.GET('/api/v1/ledger-accounts', { params: { query: { limit: 200, cursor } }, signal }),
        );
        accounts.push(...page.data);
        cursor = page.nextCursor ?? undefined;
      } while (cursor);
      return accounts;
    },
    staleTime: 60_000,
  });
}

export function createAccount(input: NewAccount): Promise<LedgerAccount> {
  return unwrap(api.POST('/api/v1/ledger-accounts', { body: input }));
}

export function updateAccount(account: LedgerAccount, change: AccountChange): Promise<LedgerAccount> {
  return unwrap(
    api.PATCH('/api/v1/ledger-accounts/{id}', {
      params: { path: { id: account.id }, header: ifMatch(account) },
      body: change,
    }),
  );
}

export function entryListQuery(query: JournalEntryQuery) {
  return queryOptions({
    queryKey: ledgerKeys.entryList(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/journal-entries', { params: { query }, signal })),
  });
}

export function entryQuery(id: string) {
  return queryOptions({
    queryKey: ledgerKeys.entry(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/journal-entries/{id}', { params: { path: { id } }, signal })),
  });
}

export function accountLedgerQuery(query: AccountLedgerQuery) {
  return queryOptions({
    queryKey: ledgerKeys.accountLedger(query),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/journal-entries/account-ledger', { params: { query }, signal })),
  });
}

export function createEntry(input: JournalEntryInput): Promise<JournalEntry> {
  return unwrap(api.POST('/api/v1/journal-entries', { body: input }));
}

export function postEntry(entry: JournalEntry): Promise<JournalEntry> {
  return unwrap(
    api.POST('/api/v1/journal-entries/{id}/post', {
      params: { path: { id: entry.id }, header: ifMatch(entry) },
    }),
  );
}

export function reverseEntry(entry: JournalEntry, reason: string): Promise<JournalEntry> {
  return unwrap(
    api.POST('/api/v1/journal-entries/{id}/reverse', {
      params: { path: { id: entry.id } },
      body: { reason },
    }),
  );
}

export async function deleteEntry(entry: JournalEntry): Promise<void> {
  await unwrap(
    api.DELETE('/api/v1/journal-entries/{id}', {
      params: { path: { id: entry.id }, header: ifMatch(entry) },
    }),
  );
}

export function periodsQuery() {
  return queryOptions({
    queryKey: ledgerKeys.periods(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/accounting-periods', { signal })),
  });
}

export function closePeriod(code: string): Promise<AccountingPeriod> {
  return unwrap(api.POST('/api/v1/accounting-periods/{code}/close', { params: { path: { code } } }));
}

export function reopenPeriod(code: string, reason: string): Promise<AccountingPeriod> {
  return unwrap(
    api.POST('/api/v1/accounting-periods/{code}/reopen', { params: { path: { code } }, body: { reason } }),
  );
}

export function trialBalanceQuery(period: string) {
  return queryOptions({
    queryKey: ledgerKeys.report('trial-balance', period),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/ledger-reports/trial-balance', { params: { query: { period } }, signal })),
  });
}

export function incomeStatementQuery(period: string) {
  return queryOptions({
    queryKey: ledgerKeys.report('income-statement', period),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/ledger-reports/income-statement', { params: { query: { period } }, signal })),
  });
}

export function balanceSheetQuery(period: string) {
  return queryOptions({
    queryKey: ledgerKeys.report('balance-sheet', period),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/ledger-reports/balance-sheet', { params: { query: { period } }, signal })),
  });
}

/** The report as the workbook the API builds (Chinese headers, amounts in yuan). */
export function downloadReport(report: LedgerReport, period: string): Promise<string> {
  return downloadFile(
    `/api/v1/ledger-reports/${report}/xlsx?period=${encodeURIComponent(period)}`,
    `${report}-${period}.xlsx`,
  );
}
