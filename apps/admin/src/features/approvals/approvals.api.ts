import { queryOptions, type QueryClient } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';

export type ApprovalRequest = ApiSchemas['ApprovalRequestResponse'];
export type ApprovalStep = ApiSchemas['ApprovalStepView'];
export type ApprovalStatus = ApprovalRequest['status'];
export type Decision = ApiSchemas['DecisionDto']['decision'];
export type ApprovalListQuery = NonNullable<operations['Approvals_list']['parameters']['query']>;

export const APPROVAL_STATUSES = [
  'pending',
  'approved',
  'rejected',
  'cancelled',
] as const satisfies readonly ApprovalStatus[];

/** Where a page of requests comes from: the user's inbox, or every request they may see (filtered). */
export type ApprovalSource = 'inbox' | 'visible';

export const approvalKeys = {
  all: ['approval-requests'] as const,
  page: (source: ApprovalSource, query: ApprovalListQuery) =>
    [...approvalKeys.all, 'page', source, query] as const,
  inboxCount: () => [...approvalKeys.all, 'inbox-count'] as const,
  inboxIds: () => [...approvalKeys.all, 'inbox-ids'] as const,
  detail: (id: string) => [...approvalKeys.all, 'detail', id] as const,
};

/** Each row is the whole request, steps included: opening one from a list needs no second request. */
function withDetailsCached<P extends { data: ApprovalRequest[] }>(client: QueryClient, page: P): P {
  for (const request of page.data) client.setQueryData(approvalKeys.detail(request.id), request);
  return page;
}

/**
 * A page of requests: from the inbox (pending requests whose current step the user may decide now, never their
 * own), or from those the user asked for, may decide or decided (every request for the GM and auditors).
 */
export function approvalPageQuery(source: ApprovalSource, query: ApprovalListQuery) {
  return queryOptions({
    queryKey: approvalKeys.page(source, query),
    queryFn: async ({ signal, client }) => {
      const page = await unwrap(
        source === 'inbox'
          ? api.GET('/api/v1/approval-requests/inbox', { params: { query }, signal })
          : api.GET('/api/v1/approval-requests', { params: { query }, signal }),
      );
      return withDetailsCached(client, page);
    },
  });
}

/** How many requests wait for the user: the header's badge. Checked every minute, and on returning to the tab. */
export function approvalInboxCountQuery() {
  return queryOptions({
    queryKey: approvalKeys.inboxCount(),
    queryFn: async ({ signal }) => {
      const page = await unwrap(
        api.GET('/api/v1/approval-requests/inbox', { params: { query: { limit: 1, count: true } }, signal }),
      );
      return page.total ?? page.data.length;
    },
    refetchInterval: 60_000,
    staleTime: 15_000,
  });
}

const INBOX_PAGE = 200;
/** An inbox is a person's to-do list: this many is already far more than anyone works through. */
export const MOST_INBOX_IDS = 1000;

/**
 * The ids of every request in the user's inbox: the API's own answer to "may I decide this one now?", which
 * depends on roles and scopes the console does not compute itself.
 */
export function approvalInboxIdsQuery() {
  return queryOptions({
    queryKey: approvalKeys.inboxIds(),
    queryFn: async ({ signal }) => {
      const ids = new Set<string>();
      let cursor: string | undefined;
      do {
        const page = await unwrap(
          api.GET('/api/v1/approval-requests/inbox', {
            params: { query: { limit: INBOX_PAGE, cursor } },
            signal,
          }),
        );
        for (const request of page.data) ids.add(request.id);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && ids.size < MOST_INBOX_IDS);
      return ids;
    },
  });
}

export function approvalQuery(id: string) {
  return queryOptions({
    queryKey: approvalKeys.detail(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/approval-requests/{id}', { params: { path: { id } }, signal })),
  });
}

export function decideApproval(id: string, decision: Decision, comment: string | undefined) {
  return unwrap(
    api.POST('/api/v1/approval-requests/{id}/decisions', {
      params: { path: { id } },
      body: { decision, comment },
    }),
  );
}

export function cancelApproval(id: string) {
  return unwrap(api.POST('/api/v1/approval-requests/{id}/cancel', { params: { path: { id } } }));
}
