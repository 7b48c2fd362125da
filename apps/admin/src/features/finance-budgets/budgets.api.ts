import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';

export type Budget = ApiSchemas['BudgetResponse'];
export type NewBudget = ApiSchemas['CreateBudgetDto'];
export type BudgetChanges = ApiSchemas['UpdateBudgetDto'];
export type BudgetPeriodKind = Budget['periodKind'];
export type BudgetQuery = NonNullable<operations['Budgets_list']['parameters']['query']>;

export const BUDGET_PERIOD_KINDS = [
  'month',
  'quarter',
  'year',
] as const satisfies readonly BudgetPeriodKind[];
/** The expense accounts claims post to: 销售费用 (sales territories, marketing) and 管理费用 (departments). */
export const BUDGET_ACCOUNTS = ['6601', '6602'] as const;

export const budgetKeys = {
  all: ['budgets'] as const,
  lists: () => [...budgetKeys.all, 'list'] as const,
  list: (query: BudgetQuery) => [...budgetKeys.lists(), query] as const,
  alerts: () => [...budgetKeys.all, 'alerts'] as const,
};

export function budgetListQuery(query: BudgetQuery) {
  return queryOptions({
    queryKey: budgetKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/budgets', { params: { query }, signal })),
  });
}

/** This period's budgets at or above 80% used (the API's lower alert level). */
export function budgetAlertsQuery() {
  return queryOptions({
    queryKey: budgetKeys.alerts(),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/budgets/alerts', { params: { query: { threshold: 80 } }, signal })),
  });
}

export function createBudget(input: NewBudget): Promise<Budget> {
  return unwrap(api.POST('/api/v1/budgets', { body: input }));
}

export function updateBudget(budget: Budget, changes: BudgetChanges): Promise<Budget> {
  return unwrap(
    api.PATCH('/api/v1/budgets/{id}', {
      params: { path: { id: budget.id }, header: { 'If-Match': `"${budget.version}"` } },
      body: changes,
    }),
  );
}
