import { infiniteQueryOptions, queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';

export type AuditEvent = ApiSchemas['AuditEventResponse'];
export type AuditEventQuery = NonNullable<operations['AuditEvents_list']['parameters']['query']>;

export const auditKeys = {
  all: ['audit-events'] as const,
  list: (query: AuditEventQuery) => [...auditKeys.all, 'list', query] as const,
  record: (entityType: string, entityId: string) =>
    [...auditKeys.all, 'record', entityType, entityId] as const,
};

export function auditEventsQuery(query: AuditEventQuery) {
  return queryOptions({
    queryKey: auditKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/audit-events', { params: { query }, signal })),
  });
}

const HISTORY_PAGE_SIZE = 20;

/** One record's history, newest first, a page at a time ("load more"). */
export function recordHistoryQuery(entityType: string, entityId: string) {
  return infiniteQueryOptions({
    queryKey: auditKeys.record(entityType, entityId),
    queryFn: ({ signal, pageParam }) =>
      unwrap(
        api.GET('/api/v1/audit-events', {
          params: { query: { entityType, entityId, limit: HISTORY_PAGE_SIZE, cursor: pageParam } },
          signal,
        }),
      ),
    initialPageParam: undefined as string | undefined,
    getNextPageParam: (page) => page.nextCursor ?? undefined,
  });
}
