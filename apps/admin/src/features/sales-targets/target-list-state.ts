import dayjs from 'dayjs';
import { matchingParam, type UrlStateSpec } from '../../shared/url-state/url-state';
import { PERIOD_PATTERN, periodOf } from './target-period';

export interface TargetPageState {
  /** A month, quarter or year key; absent means this quarter. */
  period: string | undefined;
}

export const targetPageSpec: UrlStateSpec<TargetPageState> = {
  period: matchingParam(PERIOD_PATTERN),
};

export function shownPeriod(state: TargetPageState): string {
  return state.period ?? periodOf('quarter', dayjs());
}
