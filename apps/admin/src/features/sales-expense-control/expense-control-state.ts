import dayjs from 'dayjs';
import { matchingParam, type UrlStateSpec } from '../../shared/url-state/url-state';

export const MONTH_PATTERN = /^\d{4}-(0[1-9]|1[0-2])$/;

export interface ExpenseControlState {
  /** `2026-11`; absent means this month. */
  period: string | undefined;
}

export const expenseControlSpec: UrlStateSpec<ExpenseControlState> = {
  period: matchingParam(MONTH_PATTERN),
};

export function shownMonth(state: ExpenseControlState, today = dayjs()): string {
  return state.period ?? today.format('YYYY-MM');
}
