import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../../api/client';
import type { operations } from '../../../api/schema';

export type Cycle = ApiSchemas['CycleResponse'];
export type CycleDetail = ApiSchemas['CycleDetailResponse'];
export type CycleStatus = Cycle['status'];
export type NewCycle = ApiSchemas['CreateCycleDto'];
export type Appraisal = ApiSchemas['AppraisalResponse'];
export type Grade = ApiSchemas['GradeDto'];
export type KpiTemplate = ApiSchemas['KpiTemplateResponse'];
export type CycleResults = ApiSchemas['CycleResultsResponse'];
export type CycleQuery = NonNullable<operations['AppraisalCycles_list']['parameters']['query']>;

export const CYCLE_STATUSES = [
  'draft',
  'self_review',
  'manager_review',
  'calibration',
  'closed',
] as const satisfies readonly CycleStatus[];

export const appraisalKeys = {
  all: ['hr-time', 'appraisal'] as const,
  cycles: (query: CycleQuery) => [...appraisalKeys.all, 'cycles', query] as const,
  cycle: (id: string) => [...appraisalKeys.all, 'cycle', id] as const,
  appraisals: (cycleId: string, cursor: string | undefined) =>
    [...appraisalKeys.cycle(cycleId), 'appraisals', cursor] as const,
  results: (cycleId: string) => [...appraisalKeys.cycle(cycleId), 'results'] as const,
  grades: () => [...appraisalKeys.all, 'grades'] as const,
  templates: () => [...appraisalKeys.all, 'templates'] as const,
};

export function cyclesQuery(query: CycleQuery) {
  return queryOptions({
    queryKey: appraisalKeys.cycles(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/appraisal-cycles', { params: { query }, signal })),
  });
}

export function cycleQuery(id: string) {
  return queryOptions({
    queryKey: appraisalKeys.cycle(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/appraisal-cycles/{id}', { params: { path: { id } }, signal })),
  });
}

export const createCycle = (body: NewCycle) => unwrap(api.POST('/api/v1/appraisal-cycles', { body }));

export const advanceCycle = (id: string) =>
  unwrap(api.POST('/api/v1/appraisal-cycles/{id}/advance', { params: { path: { id } } }));

export function cycleAppraisalsQuery(cycleId: string, cursor: string | undefined) {
  return queryOptions({
    queryKey: appraisalKeys.appraisals(cycleId, cursor),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/appraisals', {
          params: { query: { cycleId, limit: 100, cursor, count: !cursor || undefined } },
          signal,
        }),
      ),
  });
}

export function cycleResultsQuery(cycleId: string) {
  return queryOptions({
    queryKey: appraisalKeys.results(cycleId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/appraisal-cycles/{id}/results', { params: { path: { id: cycleId } }, signal })),
  });
}

export function gradesQuery() {
  return queryOptions({
    queryKey: appraisalKeys.grades(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/appraisal-grades', { signal })),
    staleTime: 5 * 60_000,
  });
}

export function templatesQuery() {
  return queryOptions({
    queryKey: appraisalKeys.templates(),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/kpi-templates', { params: { query: { limit: 200 } }, signal })),
  });
}

export const calibrate = (id: string, body: { finalGrade: string; reason?: string }) =>
  unwrap(api.PUT('/api/v1/appraisals/{id}/calibration', { params: { path: { id } }, body }));
