import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../../api/client';

export type EmployeeSummary = ApiSchemas['EmployeeSummaryResponse'];

export function employeeSearchQuery(q: string) {
  return queryOptions({
    queryKey: ['hr-time', 'employees', 'search', q] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/employees', { params: { query: { q: q || undefined, limit: 20 } }, signal })),
    staleTime: 60_000,
  });
}

export function employeeQuery(id: string) {
  return queryOptions({
    queryKey: ['hr-time', 'employees', 'one', id] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/employees/{id}', { params: { path: { id } }, signal })),
    staleTime: 5 * 60_000,
  });
}
