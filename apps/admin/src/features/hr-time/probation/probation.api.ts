import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../../api/client';

export type ProbationFile = ApiSchemas['ProbationFileResponse'];
export type ProbationItem = ApiSchemas['ProbationItemResponse'];
export type ProbationReview = ApiSchemas['ProbationReviewResponse'];
export type NewProbationItem = ApiSchemas['CreateProbationItemDto'];
export type CompleteProbationItem = ApiSchemas['CompleteProbationItemDto'];
export type NewProbationReview = ApiSchemas['CreateProbationReviewDto'];
export type Recommendation = NewProbationReview['recommendation'];

export const RECOMMENDATIONS = ['confirm', 'extend', 'end'] as const satisfies readonly Recommendation[];

export const probationKeys = {
  all: ['hr-time', 'probation'] as const,
  probationers: (cursor: string | undefined) => [...probationKeys.all, 'probationers', cursor] as const,
  file: (employeeId: string) => [...probationKeys.all, 'file', employeeId] as const,
};

/** Employees still on probation, soonest end first is what HR works through; the API sorts by number. */
export function probationersQuery(cursor: string | undefined) {
  return queryOptions({
    queryKey: probationKeys.probationers(cursor),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/employees', {
          params: { query: { status: 'probation', limit: 50, cursor, count: !cursor || undefined } },
          signal,
        }),
      ),
  });
}

export function probationFileQuery(employeeId: string) {
  return queryOptions({
    queryKey: probationKeys.file(employeeId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/employees/{id}/probation', { params: { path: { id: employeeId } }, signal })),
  });
}

export const addProbationItem = (body: NewProbationItem) =>
  unwrap(api.POST('/api/v1/probation-items', { body }));

export const completeProbationItem = (id: string, body: CompleteProbationItem) =>
  unwrap(api.POST('/api/v1/probation-items/{id}/completion', { params: { path: { id } }, body }));

export const recommendProbation = (body: NewProbationReview) =>
  unwrap(api.POST('/api/v1/probation-reviews', { body }));
