import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';
import { uploadFile, type UploadOptions } from '../../shared/transfer/authorized-transfer';

export type ReconciliationDay = ApiSchemas['ReconciliationDayResponse'];
export type StatementLine = ApiSchemas['ProviderStatementLineResponse'];
export type StatementLineStatus = 'matched' | 'amount_difference' | 'unmatched';
export type StatementLineQuery = NonNullable<
  operations['WebsiteReconciliation_lines']['parameters']['query']
>;
export type UnsettledPayment = ApiSchemas['UnsettledPaymentResponse'];
export type StatementImport = ApiSchemas['StatementImportResponse'];
export type CodDay = ApiSchemas['CodDayResponse'];
export type DepositImport = ApiSchemas['DepositImportResponse'];

export const STATEMENT_LINE_STATUSES = [
  'matched',
  'amount_difference',
  'unmatched',
] as const satisfies readonly StatementLineStatus[];

export const reconciliationKeys = {
  all: ['reconciliation'] as const,
  website: (day: string) => [...reconciliationKeys.all, 'website', day] as const,
  websiteDay: (day: string) => [...reconciliationKeys.website(day), 'summary'] as const,
  lines: (day: string, query: StatementLineQuery) =>
    [...reconciliationKeys.website(day), 'lines', query] as const,
  unsettled: (day: string, query: { limit: number; cursor?: string }) =>
    [...reconciliationKeys.website(day), 'unsettled', query] as const,
  cod: (day: string) => [...reconciliationKeys.all, 'cod', day] as const,
};

export function websiteDayQuery(day: string) {
  return queryOptions({
    queryKey: reconciliationKeys.websiteDay(day),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/website-reconciliation/days/{day}', { params: { path: { day } }, signal })),
  });
}

export function statementLinesQuery(day: string, query: StatementLineQuery) {
  return queryOptions({
    queryKey: reconciliationKeys.lines(day, query),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/website-reconciliation/days/{day}/lines', {
          params: { path: { day }, query },
          signal,
        }),
      ),
  });
}

export function unsettledPaymentsQuery(day: string, query: { limit: number; cursor?: string }) {
  return queryOptions({
    queryKey: reconciliationKeys.unsettled(day, query),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/website-reconciliation/days/{day}/unsettled-payments', {
          params: { path: { day }, query },
          signal,
        }),
      ),
  });
}

export function codDayQuery(day: string) {
  return queryOptions({
    queryKey: reconciliationKeys.cod(day),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/cod-reconciliation/days/{day}', { params: { path: { day } }, signal })),
  });
}

/** The provider's statement goes up as a file (with progress): a day's can run to tens of megabytes. */
export function uploadStatement(file: Blob, options?: UploadOptions): Promise<StatementImport> {
  return uploadFile<StatementImport>('/api/v1/website-reconciliation/statements', file, options);
}

export function uploadBankDeposits(file: Blob, options?: UploadOptions): Promise<DepositImport> {
  return uploadFile<DepositImport>('/api/v1/cod-reconciliation/bank-deposits', file, options);
}

export function explainLine(id: string, reason: string): Promise<StatementLine> {
  return unwrap(
    api.POST('/api/v1/website-reconciliation/lines/{id}/explain', {
      params: { path: { id } },
      body: { reason },
    }),
  );
}

export function closeWebsiteDay(day: string): Promise<ReconciliationDay> {
  return unwrap(api.POST('/api/v1/website-reconciliation/days/{day}/close', { params: { path: { day } } }));
}
