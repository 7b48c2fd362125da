import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';

export type ReturnSummary = ApiSchemas['ReturnSummary'];
export type ReturnRequest = ApiSchemas['ReturnResponse'];
export type ReturnLine = ApiSchemas['ReturnLineView'];
export type ReturnStatus = ReturnRequest['status'];
export type ReturnKind = ReturnRequest['kind'];
export type NewReturn = ApiSchemas['CreateReturnDto'];
export type Disposition = 'restock' | 'scrap';
export type ReturnQuery = NonNullable<operations['Returns_list']['parameters']['query']>;

export const RETURN_STATUSES = [
  'requested',
  'approved',
  'received',
  'inspected',
  'refunded',
  'exchanged',
  'rejected',
] as const satisfies readonly ReturnStatus[];
export const RETURN_KINDS = ['return', 'exchange'] as const satisfies readonly ReturnKind[];

export const returnKeys = {
  all: ['returns'] as const,
  lists: () => [...returnKeys.all, 'list'] as const,
  list: (query: ReturnQuery) => [...returnKeys.lists(), query] as const,
  return: (id: string) => [...returnKeys.all, 'detail', id] as const,
};

const ifMatch = (record: { version: number }) => ({ 'If-Match': `"${record.version}"` });

export function returnListQuery(query: ReturnQuery) {
  return queryOptions({
    queryKey: returnKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/returns', { params: { query }, signal })),
  });
}

export function returnQuery(id: string) {
  return queryOptions({
    queryKey: returnKeys.return(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/returns/{id}', { params: { path: { id } }, signal })),
  });
}

export function createReturn(input: NewReturn): Promise<ReturnRequest> {
  return unwrap(api.POST('/api/v1/returns', { body: input }));
}

export type ReturnStep =
  | { step: 'approve' | 'receive' | 'refund'; note?: string }
  | { step: 'reject'; reason: string }
  | { step: 'inspect'; lines: Array<{ returnLineId: string; disposition: Disposition }>; note?: string }
  | { step: 'exchange'; carrier: string; trackingNumber: string; note?: string };

/** One step of a return, sent with the version read (If-Match). */
export function changeReturn(request: ReturnRequest, change: ReturnStep): Promise<ReturnRequest> {
  const params = { path: { id: request.id }, header: ifMatch(request) };
  switch (change.step) {
    case 'approve':
      return unwrap(api.POST('/api/v1/returns/{id}/approve', { params, body: { note: change.note } }));
    case 'receive':
      return unwrap(api.POST('/api/v1/returns/{id}/receive', { params, body: { note: change.note } }));
    case 'refund':
      return unwrap(api.POST('/api/v1/returns/{id}/refund', { params, body: { note: change.note } }));
    case 'reject':
      return unwrap(api.POST('/api/v1/returns/{id}/reject', { params, body: { reason: change.reason } }));
    case 'inspect':
      return unwrap(
        api.POST('/api/v1/returns/{id}/inspect', {
          params,
          body: { lines: change.lines, note: change.note },
        }),
      );
    case 'exchange':
      return unwrap(
        api.POST('/api/v1/returns/{id}/exchange', {
          params,
          body: { carrier: change.carrier, trackingNumber: change.trackingNumber, note: change.note },
        }),
      );
  }
}
