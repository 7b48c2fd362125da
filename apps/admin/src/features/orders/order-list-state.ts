import { startOfLocalDay, startOfNextLocalDay } from '../../shared/format/local-day';
import {
  DATE_PATTERN,
  intParam,
  matchingParam,
  optionalEnumParam,
  textParam,
  UUID_PATTERN,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import {
  ORDER_STATUSES,
  PAYMENT_METHODS,
  type OrderQuery,
  type OrderStatus,
  type PaymentMethod,
} from './orders.api';

export interface OrderListState {
  status: OrderStatus | undefined;
  paymentMethod: PaymentMethod | undefined;
  regionId: string | undefined;
  /** Placed on or after this day (YYYY-MM-DD, the user's time zone). */
  from: string | undefined;
  /** Placed on or before this day. */
  to: string | undefined;
  /** An order number (or its start), or the recipient's phone. */
  q: string;
  limit: number;
}

export const orderListSpec: UrlStateSpec<OrderListState> = {
  status: optionalEnumParam(ORDER_STATUSES),
  paymentMethod: optionalEnumParam(PAYMENT_METHODS),
  regionId: matchingParam(UUID_PATTERN),
  from: matchingParam(DATE_PATTERN),
  to: matchingParam(DATE_PATTERN),
  q: textParam(40),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

export const NO_FILTERS: Partial<OrderListState> = {
  status: undefined,
  paymentMethod: undefined,
  regionId: undefined,
  from: undefined,
  to: undefined,
  q: '',
};

export function isFiltered(state: OrderListState): boolean {
  return !!(state.status || state.paymentMethod || state.regionId || state.from || state.to || state.q);
}

/** The API query for one page: the days become instants (the whole of the last day included). */
export function toOrderQuery(state: OrderListState, cursor: string | undefined): OrderQuery {
  return {
    status: state.status,
    paymentMethod: state.paymentMethod,
    regionId: state.regionId,
    placedFrom: state.from ? startOfLocalDay(state.from).toISOString() : undefined,
    placedTo: state.to ? startOfNextLocalDay(state.to).toISOString() : undefined,
    q: state.q || undefined,
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}
