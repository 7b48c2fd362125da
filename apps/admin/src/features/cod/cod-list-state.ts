import {
  DATE_PATTERN,
  intParam,
  matchingParam,
  optionalEnumParam,
  UUID_PATTERN,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import { REMITTANCE_STATUSES, type RemittanceQuery, type RemittanceStatus } from './cod.api';

export interface RemittanceListState {
  status: RemittanceStatus | undefined;
  /** A city (or any territory: the ones under it count). */
  cityId: string | undefined;
  courierId: string | undefined;
  /** The business day (YYYY-MM-DD, China time, as the API keeps it). */
  day: string | undefined;
  limit: number;
}

export const remittanceListSpec: UrlStateSpec<RemittanceListState> = {
  status: optionalEnumParam(REMITTANCE_STATUSES),
  cityId: matchingParam(UUID_PATTERN),
  courierId: matchingParam(UUID_PATTERN),
  day: matchingParam(DATE_PATTERN),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

export const NO_REMITTANCE_FILTERS: Partial<RemittanceListState> = {
  status: undefined,
  cityId: undefined,
  courierId: undefined,
  day: undefined,
};

export function isRemittanceListFiltered(state: RemittanceListState): boolean {
  return !!(state.status || state.cityId || state.courierId || state.day);
}

export function toRemittanceQuery(state: RemittanceListState, cursor: string | undefined): RemittanceQuery {
  return {
    status: state.status,
    cityId: state.cityId,
    courierId: state.courierId,
    businessDay: state.day,
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}
