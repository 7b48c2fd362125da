import {
  intParam,
  matchingParam,
  optionalEnumParam,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import {
  HIRING_REQUEST_STATUSES,
  type HiringRequestQuery,
  type HiringRequestStatus,
} from './recruitment.api';

export interface HiringRequestListState {
  status: HiringRequestStatus | undefined;
  /** The plan year the requests count against. */
  period: string | undefined;
  limit: number;
}

export const hiringRequestListSpec: UrlStateSpec<HiringRequestListState> = {
  status: optionalEnumParam(HIRING_REQUEST_STATUSES),
  period: matchingParam(/^20\d{2}$/),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

export const NO_FILTERS: Partial<HiringRequestListState> = { status: undefined, period: undefined };

export const isFiltered = (state: HiringRequestListState) => !!(state.status || state.period);

export function toHiringRequestQuery(
  state: HiringRequestListState,
  cursor: string | undefined,
): HiringRequestQuery {
  return {
    status: state.status,
    period: state.period,
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}
