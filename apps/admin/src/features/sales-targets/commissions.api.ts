import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';

export type CommissionPlan = ApiSchemas['CommissionPlanResponse'];
export type CommissionTier = ApiSchemas['CommissionTierDto'];
export type NewCommissionPlan = ApiSchemas['CreateCommissionPlanDto'];
export type CommissionPlanChanges = ApiSchemas['UpdateCommissionPlanDto'];
export type CommissionRun = ApiSchemas['CommissionRunResponse'];
export type CommissionLine = ApiSchemas['CommissionLineResponse'];
export type CommissionPlanQuery = NonNullable<operations['CommissionPlans_list']['parameters']['query']>;
export type CommissionRunQuery = NonNullable<operations['CommissionRuns_list']['parameters']['query']>;

export const commissionKeys = {
  plans: ['commission-plans'] as const,
  planList: (query: CommissionPlanQuery) => [...commissionKeys.plans, 'list', query] as const,
  runs: ['commission-runs'] as const,
  runList: (query: CommissionRunQuery) => [...commissionKeys.runs, 'list', query] as const,
  run: (id: string) => [...commissionKeys.runs, 'detail', id] as const,
};

export function commissionPlansQuery(query: CommissionPlanQuery) {
  return queryOptions({
    queryKey: commissionKeys.planList(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/commission-plans', { params: { query }, signal })),
  });
}

export function commissionRunsQuery(query: CommissionRunQuery) {
  return queryOptions({
    queryKey: commissionKeys.runList(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/commission-runs', { params: { query }, signal })),
  });
}

/** A run with its lines per person (only those within one's territory). */
export function commissionRunQuery(id: string) {
  return queryOptions({
    queryKey: commissionKeys.run(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/commission-runs/{id}', { params: { path: { id } }, signal })),
  });
}

export function createCommissionPlan(input: NewCommissionPlan): Promise<CommissionPlan> {
  return unwrap(api.POST('/api/v1/commission-plans', { body: input }));
}

export function updateCommissionPlan(
  plan: CommissionPlan,
  changes: CommissionPlanChanges,
): Promise<CommissionPlan> {
  return unwrap(
    api.PATCH('/api/v1/commission-plans/{id}', {
      params: { path: { id: plan.id }, header: { 'If-Match': `"${plan.version}"` } },
      body: changes,
    }),
  );
}

/** Calculates a month's commissions and sends them to payroll: once per month, so it asks first. */
export function calculateCommissions(period: string, planId: string): Promise<CommissionRun> {
  return unwrap(api.POST('/api/v1/commission-runs', { body: { period, planId } }));
}
