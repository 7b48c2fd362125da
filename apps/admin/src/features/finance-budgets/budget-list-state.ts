import {
  DATE_PATTERN,
  intParam,
  matchingParam,
  optionalEnumParam,
  UUID_PATTERN,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import { BUDGET_PERIOD_KINDS, type BudgetPeriodKind, type BudgetQuery } from './budgets.api';

export interface BudgetListState {
  orgUnitId: string | undefined;
  periodKind: BudgetPeriodKind | undefined;
  /** Budgets whose period contains this day (YYYY-MM-DD). */
  date: string | undefined;
  limit: number;
}

export const budgetListSpec: UrlStateSpec<BudgetListState> = {
  orgUnitId: matchingParam(UUID_PATTERN),
  periodKind: optionalEnumParam(BUDGET_PERIOD_KINDS),
  date: matchingParam(DATE_PATTERN),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

export const NO_BUDGET_FILTERS: Partial<BudgetListState> = {
  orgUnitId: undefined,
  periodKind: undefined,
  date: undefined,
};

export function isBudgetListFiltered(state: BudgetListState): boolean {
  return !!(state.orgUnitId || state.periodKind || state.date);
}

export function toBudgetQuery(state: BudgetListState, cursor: string | undefined): BudgetQuery {
  return {
    orgUnitId: state.orgUnitId,
    periodKind: state.periodKind,
    date: state.date,
    sort: '-periodStart',
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}
