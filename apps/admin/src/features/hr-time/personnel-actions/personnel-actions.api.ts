import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../../api/client';
import type { operations } from '../../../api/schema';

export type PersonnelAction = ApiSchemas['PersonnelActionResponse'];
export type NewPersonnelAction = ApiSchemas['CreatePersonnelActionDto'];
export type HistoryEntry = ApiSchemas['HrHistoryEntryResponse'];
export type ActionType = PersonnelAction['type'];
export type ActionStatus = PersonnelAction['status'];
export type ActionQuery = NonNullable<operations['PersonnelActions_list']['parameters']['query']>;

export const ACTION_TYPES = [
  'grading',
  'promotion',
  'raise',
  'reward',
  'discipline',
  'internal_transfer',
  'transfer_in',
  'transfer_out',
  'dismissal',
  'resignation',
] as const satisfies readonly ActionType[];

export const ACTION_STATUSES = [
  'pending_approval',
  'approved',
  'rejected',
  'cancelled',
  'effective',
] as const satisfies readonly ActionStatus[];

export const actionKeys = {
  all: ['hr-time', 'personnel-actions'] as const,
  list: (query: ActionQuery) => [...actionKeys.all, 'list', query] as const,
  one: (id: string) => [...actionKeys.all, 'one', id] as const,
  history: (id: string) => [...actionKeys.all, 'history', id] as const,
};

export function actionListQuery(query: ActionQuery) {
  return queryOptions({
    queryKey: actionKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/personnel-actions', { params: { query }, signal })),
  });
}

export function actionQuery(id: string) {
  return queryOptions({
    queryKey: actionKeys.one(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/personnel-actions/{id}', { params: { path: { id } }, signal })),
  });
}

export function actionHistoryQuery(id: string) {
  return queryOptions({
    queryKey: actionKeys.history(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/personnel-actions/{id}/history', { params: { path: { id } }, signal })),
  });
}

export const proposeAction = (body: NewPersonnelAction) =>
  unwrap(api.POST('/api/v1/personnel-actions', { body }));

export const cancelAction = (id: string) =>
  unwrap(api.POST('/api/v1/personnel-actions/{id}/cancellation', { params: { path: { id } } }));

export function positionsQuery() {
  return queryOptions({
    queryKey: ['hr-time', 'positions'] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/positions', { params: { query: { limit: 200 } }, signal })),
    staleTime: 5 * 60_000,
  });
}
