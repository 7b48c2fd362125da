import {
  DATE_PATTERN,
  intParam,
  matchingParam,
  optionalEnumParam,
  UUID_PATTERN,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import {
  PAYABLE_STATUSES,
  PAYMENT_RUN_STATUSES,
  type PayableQuery,
  type PayableStatus,
  type PaymentRunQuery,
  type PaymentRunStatus,
} from './payables.api';
import { STATEMENT_LINE_STATUSES, type StatementLineStatus } from './reconciliation.api';

export interface PayableListState {
  supplierId: string | undefined;
  /** Only payables due on or before this day (YYYY-MM-DD). */
  dueBefore: string | undefined;
  status: PayableStatus | undefined;
  limit: number;
}

export const payableListSpec: UrlStateSpec<PayableListState> = {
  supplierId: matchingParam(UUID_PATTERN),
  dueBefore: matchingParam(DATE_PATTERN),
  status: optionalEnumParam(PAYABLE_STATUSES),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

export const NO_PAYABLE_FILTERS: Partial<PayableListState> = {
  supplierId: undefined,
  dueBefore: undefined,
  status: undefined,
};

export const isPayableListFiltered = (state: PayableListState) =>
  !!(state.supplierId || state.dueBefore || state.status);

export function toPayableQuery(state: PayableListState, cursor: string | undefined): PayableQuery {
  return {
    supplierId: state.supplierId,
    dueBefore: state.dueBefore,
    status: state.status,
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}

export interface PaymentRunListState {
  status: PaymentRunStatus | undefined;
  limit: number;
}

export const paymentRunListSpec: UrlStateSpec<PaymentRunListState> = {
  status: optionalEnumParam(PAYMENT_RUN_STATUSES),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

export function toPaymentRunQuery(state: PaymentRunListState, cursor: string | undefined): PaymentRunQuery {
  return { status: state.status, limit: state.limit, cursor, count: cursor === undefined ? true : undefined };
}

export interface SupplierStatementState {
  from: string | undefined;
  to: string | undefined;
}

export const supplierStatementSpec: UrlStateSpec<SupplierStatementState> = {
  from: matchingParam(DATE_PATTERN),
  to: matchingParam(DATE_PATTERN),
};

/** One reconciliation day in the URL (a China business day), and which statement lines to show. */
export interface ReconciliationDayState {
  day: string | undefined;
  lines: StatementLineStatus | 'open' | undefined;
}

export const reconciliationDaySpec: UrlStateSpec<ReconciliationDayState> = {
  day: matchingParam(DATE_PATTERN),
  lines: optionalEnumParam([...STATEMENT_LINE_STATUSES, 'open'] as const),
};
