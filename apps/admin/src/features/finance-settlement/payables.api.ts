import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';

export type Payable = ApiSchemas['PayableResponse'];
export type PayableStatus = Payable['status'];
export type PayableQuery = NonNullable<operations['Payables_list']['parameters']['query']>;
export type PaymentRun = ApiSchemas['PaymentRunResponse'];
export type PaymentRunLine = ApiSchemas['PaymentRunLineResponse'];
export type PaymentRunStatus = PaymentRun['status'];
export type PaymentRunQuery = NonNullable<operations['PaymentRuns_list']['parameters']['query']>;
export type NewPaymentRun = ApiSchemas['CreatePaymentRunDto'];
export type SupplierStatement = ApiSchemas['SupplierStatementResponse'];
export type SupplierStatementLine = ApiSchemas['SupplierStatementLineResponse'];

export const PAYABLE_STATUSES = [
  'open',
  'partially_paid',
  'paid',
] as const satisfies readonly PayableStatus[];
export const PAYMENT_RUN_STATUSES = [
  'draft',
  'approved',
  'paid',
  'cancelled',
] as const satisfies readonly PaymentRunStatus[];

export const payableKeys = {
  all: ['payables'] as const,
  list: (query: PayableQuery) => [...payableKeys.all, 'list', query] as const,
  statement: (supplierId: string, from: string, to: string) =>
    [...payableKeys.all, 'statement', supplierId, from, to] as const,
};

export const paymentRunKeys = {
  all: ['payment-runs'] as const,
  lists: () => [...paymentRunKeys.all, 'list'] as const,
  list: (query: PaymentRunQuery) => [...paymentRunKeys.lists(), query] as const,
  run: (id: string) => [...paymentRunKeys.all, 'detail', id] as const,
};

export function payableListQuery(query: PayableQuery) {
  return queryOptions({
    queryKey: payableKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/payables', { params: { query }, signal })),
  });
}

export function supplierStatementQuery(supplierId: string, from: string, to: string) {
  return queryOptions({
    queryKey: payableKeys.statement(supplierId, from, to),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/supplier-statements/{supplierId}', {
          params: { path: { supplierId }, query: { from, to } },
          signal,
        }),
      ),
  });
}

export function paymentRunListQuery(query: PaymentRunQuery) {
  return queryOptions({
    queryKey: paymentRunKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/payment-runs', { params: { query }, signal })),
  });
}

export function paymentRunQuery(id: string) {
  return queryOptions({
    queryKey: paymentRunKeys.run(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/payment-runs/{id}', { params: { path: { id } }, signal })),
  });
}

export function createPaymentRun(input: NewPaymentRun): Promise<PaymentRun> {
  return unwrap(api.POST('/api/v1/payment-runs', { body: input }));
}

export type PaymentRunStep = 'approve' | 'pay' | 'cancel';

/** One step of a run, sent with the version read (If-Match) so two clerks cannot step over each other. */
export function stepPaymentRun(run: PaymentRun, step: PaymentRunStep): Promise<PaymentRun> {
  const params = { path: { id: run.id }, header: { 'If-Match': `"${run.version}"` } };
  switch (step) {
    case 'approve':
      return unwrap(api.POST('/api/v1/payment-runs/{id}/approve', { params }));
    case 'pay':
      return unwrap(api.POST('/api/v1/payment-runs/{id}/pay', { params }));
    case 'cancel':
      return unwrap(api.POST('/api/v1/payment-runs/{id}/cancel', { params }));
  }
}
