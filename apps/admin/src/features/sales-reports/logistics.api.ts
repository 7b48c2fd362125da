import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';

export type LogisticsPartner = ApiSchemas['LogisticsPartnerResponse'];
export type NewLogisticsPartner = ApiSchemas['CreateLogisticsPartnerDto'];
export type LogisticsPartnerStatus = LogisticsPartner['status'];
export type LogisticsPartnerQuery = NonNullable<operations['LogisticsPartners_list']['parameters']['query']>;

export const LOGISTICS_PARTNER_STATUSES = [
  'active',
  'suspended',
  'ended',
] as const satisfies readonly LogisticsPartnerStatus[];

export const logisticsKeys = {
  all: ['logistics-partners'] as const,
  list: (query: LogisticsPartnerQuery) => [...logisticsKeys.all, 'list', query] as const,
};

export function logisticsPartnerListQuery(query: LogisticsPartnerQuery) {
  return queryOptions({
    queryKey: logisticsKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/logistics-partners', { params: { query }, signal })),
  });
}

export function createLogisticsPartner(input: NewLogisticsPartner): Promise<LogisticsPartner> {
  return unwrap(api.POST('/api/v1/logistics-partners', { body: input }));
}

export function updateLogisticsPartner(
  partner: LogisticsPartner,
  changes: NewLogisticsPartner,
): Promise<LogisticsPartner> {
  return unwrap(
    api.PATCH('/api/v1/logistics-partners/{id}', {
      params: { path: { id: partner.id }, header: { 'If-Match': `"${partner.version}"` } },
      body: changes,
    }),
  );
}
