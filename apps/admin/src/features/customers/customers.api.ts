import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';

export type CustomerSummary = ApiSchemas['CustomerSummary'];
export type Customer = ApiSchemas['CustomerResponse'];
export type CustomerAddress = ApiSchemas['AddressResponse'];
export type CustomerQuery = NonNullable<operations['Customers_listCustomers']['parameters']['query']>;
export type Division = ApiSchemas['DivisionResponse'];

export const customerKeys = {
  all: ['customers'] as const,
  list: (query: CustomerQuery) => [...customerKeys.all, 'list', query] as const,
  customer: (id: string) => [...customerKeys.all, 'detail', id] as const,
  divisions: (parent: string | undefined) => ['china-divisions', parent ?? ''] as const,
  territoryCities: () => ['territory-cities'] as const,
};

export function customerListQuery(query: CustomerQuery) {
  return queryOptions({
    queryKey: customerKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/customers', { params: { query }, signal })),
  });
}

export function customerQuery(id: string) {
  return queryOptions({
    queryKey: customerKeys.customer(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/customers/{id}', { params: { path: { id } }, signal })),
  });
}

/** The provinces (no parent), or the cities of a province, or the districts of a city (GB/T 2260). */
export function divisionsQuery(parent: string | undefined) {
  return queryOptions({
    queryKey: customerKeys.divisions(parent),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/china-divisions', { params: { query: { parent } }, signal })),
    staleTime: Infinity,
  });
}

/** Which sales territory serves which city: the quote's region and the warehouse that ships. */
export function territoryCitiesQuery() {
  return queryOptions({
    queryKey: customerKeys.territoryCities(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/territory-cities', { signal })),
    staleTime: 5 * 60_000,
  });
}

/** One line for a customer in a picker: name, phone (masked for some roles), number, default city. */
export function customerLabel(customer: CustomerSummary): string {
  const city = customer.defaultAddress?.cityName;
  return [customer.name, customer.phone, customer.number, city].filter(Boolean).join(' · ');
}

/** An address on one line: province city district detail, then the recipient. */
export function addressLabel(address: CustomerAddress): string {
  const place = [address.provinceName, address.cityName, address.districtName, address.detail]
    .filter(Boolean)
    .join(' ');
  return `${place}（${address.recipientName} ${address.recipientPhone}）`;
}

export function rebateLedgerQuery(customerId: string) {
  return queryOptions({
    queryKey: [...customerKeys.customer(customerId), 'rebates'] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/customers/{id}/rebates', {
          params: { path: { id: customerId }, query: { limit: 20 } },
          signal,
        }),
      ),
  });
}
