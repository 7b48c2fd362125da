import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';

export type HiringRequest = ApiSchemas['HiringRequestResponse'];
export type NewHiringRequest = ApiSchemas['CreateHiringRequestDto'];
export type Candidate = ApiSchemas['CandidateResponse'];
export type NewCandidate = ApiSchemas['CreateCandidateDto'];
export type MoveCandidate = ApiSchemas['MoveCandidateDto'];
export type MoveStage = MoveCandidate['stage'];
export type HireCandidate = ApiSchemas['HireCandidateDto'];
export type HiringRequestQuery = NonNullable<operations['Recruitment_list']['parameters']['query']>;
export type HiringRequestStatus = NonNullable<HiringRequestQuery['status']>;
export type CandidateStage = NonNullable<
  NonNullable<operations['Recruitment_candidates']['parameters']['query']>['stage']
>;

export const HIRING_REQUEST_STATUSES = [
  'pending_approval',
  'approved',
  'rejected',
  'cancelled',
  'filled',
] as const satisfies readonly HiringRequestStatus[];

export const recruitmentKeys = {
  all: ['hr-recruitment'] as const,
  requests: (query: HiringRequestQuery) => [...recruitmentKeys.all, 'requests', query] as const,
  request: (id: string) => [...recruitmentKeys.all, 'request', id] as const,
  requestHistory: (id: string) => [...recruitmentKeys.all, 'request-history', id] as const,
  candidates: (hiringRequestId: string) => [...recruitmentKeys.all, 'candidates', hiringRequestId] as const,
  candidate: (id: string) => [...recruitmentKeys.all, 'candidate', id] as const,
  candidateHistory: (id: string) => [...recruitmentKeys.all, 'candidate-history', id] as const,
};

export function hiringRequestListQuery(query: HiringRequestQuery) {
  return queryOptions({
    queryKey: recruitmentKeys.requests(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/hiring-requests', { params: { query }, signal })),
  });
}

export function hiringRequestQuery(id: string) {
  return queryOptions({
    queryKey: recruitmentKeys.request(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/hiring-requests/{id}', { params: { path: { id } }, signal })),
  });
}

export function hiringRequestHistoryQuery(id: string) {
  return queryOptions({
    queryKey: recruitmentKeys.requestHistory(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/hiring-requests/{id}/history', { params: { path: { id } }, signal })),
  });
}

/** The request's candidates for the board: a request draws tens, not thousands, so one page of 200. */
export function requestCandidatesQuery(hiringRequestId: string) {
  return queryOptions({
    queryKey: recruitmentKeys.candidates(hiringRequestId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/candidates', { params: { query: { hiringRequestId, limit: 200 } }, signal })),
  });
}

export function candidateQuery(id: string) {
  return queryOptions({
    queryKey: recruitmentKeys.candidate(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/candidates/{id}', { params: { path: { id } }, signal })),
  });
}

export function candidateHistoryQuery(id: string) {
  return queryOptions({
    queryKey: recruitmentKeys.candidateHistory(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/candidates/{id}/history', { params: { path: { id } }, signal })),
  });
}

export function createHiringRequest(input: NewHiringRequest): Promise<HiringRequest> {
  return unwrap(api.POST('/api/v1/hiring-requests', { body: input }));
}

export function addCandidate(input: NewCandidate): Promise<Candidate> {
  return unwrap(api.POST('/api/v1/candidates', { body: input }));
}

export function moveCandidate(id: string, move: MoveCandidate): Promise<Candidate> {
  return unwrap(api.POST('/api/v1/candidates/{id}/stage', { params: { path: { id } }, body: move }));
}

/** Hires: the API creates the employee on probation; the answer carries the new employeeId. */
export function hireCandidate(id: string, input: HireCandidate): Promise<Candidate> {
  return unwrap(api.POST('/api/v1/candidates/{id}/hire', { params: { path: { id } }, body: input }));
}
