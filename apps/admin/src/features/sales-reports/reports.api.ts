import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';

export type OperatingReport = ApiSchemas['OperatingReportResponse'];
export type ReportPreview = ApiSchemas['OperatingReportPreviewResponse'];
export type NewOperatingReport = ApiSchemas['SubmitOperatingReportDto'];
export type ReportLevel = OperatingReport['level'];
export type ReportQuery = NonNullable<operations['OperatingReports_list']['parameters']['query']>;
export type Territory = ApiSchemas['TerritoryResponse'];

export const REPORT_LEVELS = ['city', 'region'] as const satisfies readonly ReportLevel[];

export const reportKeys = {
  all: ['operating-reports'] as const,
  lists: () => [...reportKeys.all, 'list'] as const,
  list: (query: ReportQuery) => [...reportKeys.lists(), query] as const,
  detail: (id: string) => [...reportKeys.all, 'detail', id] as const,
  preview: (orgUnitId: string, period: string) => [...reportKeys.all, 'preview', orgUnitId, period] as const,
};

export function reportListQuery(query: ReportQuery) {
  return queryOptions({
    queryKey: reportKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/operating-reports', { params: { query }, signal })),
  });
}

export function reportQuery(id: string) {
  return queryOptions({
    queryKey: reportKeys.detail(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/operating-reports/{id}', { params: { path: { id } }, signal })),
  });
}

/** What submitting now would record; always fresh, since orders keep arriving while the manager writes. */
export function reportPreviewQuery(orgUnitId: string, period: string) {
  return queryOptions({
    queryKey: reportKeys.preview(orgUnitId, period),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/operating-reports/preview', { params: { query: { orgUnitId, period } }, signal }),
      ),
    staleTime: 0,
  });
}

/** The cities and regions of one's territory, named; a few hundred at most. */
export function salesTerritoriesQuery() {
  return queryOptions({
    queryKey: ['sales-territories'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sales-territories', { signal })),
    staleTime: 5 * 60_000,
  });
}

export function submitReport(input: NewOperatingReport): Promise<OperatingReport> {
  return unwrap(api.POST('/api/v1/operating-reports', { body: input }));
}

/** This month in Beijing time, as the API keys periods (`2026-11`). */
export function beijingMonth(now = new Date()): string {
  return new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 7);
}
