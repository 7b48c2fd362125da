import {
  intParam,
  matchingParam,
  optionalEnumParam,
  UUID_PATTERN,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import {
  RETURN_KINDS,
  RETURN_STATUSES,
  type ReturnKind,
  type ReturnQuery,
  type ReturnStatus,
} from './returns.api';

export interface ReturnListState {
  status: ReturnStatus | undefined;
  kind: ReturnKind | undefined;
  /** The returns of one order (the order page links here). */
  orderId: string | undefined;
  limit: number;
}

export const returnListSpec: UrlStateSpec<ReturnListState> = {
  status: optionalEnumParam(RETURN_STATUSES),
  kind: optionalEnumParam(RETURN_KINDS),
  orderId: matchingParam(UUID_PATTERN),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

export const NO_RETURN_FILTERS: Partial<ReturnListState> = {
  status: undefined,
  kind: undefined,
  orderId: undefined,
};

export function isReturnListFiltered(state: ReturnListState): boolean {
  return !!(state.status || state.kind || state.orderId);
}

export function toReturnQuery(state: ReturnListState, cursor: string | undefined): ReturnQuery {
  return {
    status: state.status,
    kind: state.kind,
    orderId: state.orderId,
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}
