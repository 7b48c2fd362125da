import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';

export type ExpenseControl = ApiSchemas['SalesExpenseControlResponse'];
export type TerritoryExpenses = ApiSchemas['SalesExpenseTerritoryResponse'];
export type ExpenseStatus = TerritoryExpenses['status'];

export const expenseControlKeys = {
  all: ['sales-expense-control'] as const,
  month: (period: string) => [...expenseControlKeys.all, period] as const,
};

/** Every territory in one's reach for a month: a few hundred at most, computed by the API in one answer. */
export function expenseControlQuery(period: string) {
  return queryOptions({
    queryKey: expenseControlKeys.month(period),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/sales-expense-control', { params: { query: { period } }, signal })),
  });
}
