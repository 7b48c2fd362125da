import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';

export type RemittanceSummary = ApiSchemas['CodRemittanceSummary'];
export type Remittance = ApiSchemas['CodRemittanceResponse'];
export type RemittanceLine = ApiSchemas['CodRemittanceLineView'];
export type RemittanceHistoryEntry = ApiSchemas['CodRemittanceHistoryView'];
export type RemittanceStatus = Remittance['status'];
export type NewRemittance = ApiSchemas['CreateCodRemittanceDto'];
export type DiscrepancyResolution = NonNullable<Remittance['resolution']>;
export type RemittanceQuery = NonNullable<operations['CodRemittances_list']['parameters']['query']>;
export type CodCollection = ApiSchemas['CodCollectionView'];

export const REMITTANCE_STATUSES = [
  'awaiting_cash',
  'handed_in',
  'confirmed',
  'discrepancy',
  'resolved',
] as const satisfies readonly RemittanceStatus[];
export const DISCREPANCY_RESOLUTIONS = [
  'recovered',
  'written_off',
  'counting_error',
] as const satisfies readonly DiscrepancyResolution[];

export const codKeys = {
  all: ['cod-remittances'] as const,
  lists: () => [...codKeys.all, 'list'] as const,
  list: (query: RemittanceQuery) => [...codKeys.lists(), query] as const,
  remittance: (id: string) => [...codKeys.all, 'detail', id] as const,
};

const ifMatch = (record: { version: number }) => ({ 'If-Match': `"${record.version}"` });

/** Today in China: the API's business days are China days, whatever the clerk's own time zone. */
export function chinaToday(now = new Date()): string {
  return new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(now);
}

export function remittanceListQuery(query: RemittanceQuery) {
  return queryOptions({
    queryKey: codKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/cod-remittances', { params: { query }, signal })),
  });
}

export function remittanceQuery(id: string) {
  return queryOptions({
    queryKey: codKeys.remittance(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/cod-remittances/{id}', { params: { path: { id } }, signal })),
  });
}

export function createRemittance(input: NewRemittance): Promise<Remittance> {
  return unwrap(api.POST('/api/v1/cod-remittances', { body: input }));
}

export type RemittanceStep =
  | { step: 'hand-in'; amount: number; note?: string }
  | { step: 'confirm'; reason?: string; note?: string }
  | { step: 'note'; note: string }
  | { step: 'resolve'; resolution: DiscrepancyResolution; note: string };

/** One step of a batch, sent with the version read (If-Match) where the API asks for it. */
export function changeRemittance(remittance: Remittance, change: RemittanceStep): Promise<Remittance> {
  const path = { id: remittance.id };
  const params = { path, header: ifMatch(remittance) };
  switch (change.step) {
    case 'hand-in':
      return unwrap(
        api.POST('/api/v1/cod-remittances/{id}/hand-in', {
          params,
          body: { amount: change.amount, note: change.note },
        }),
      );
    case 'confirm':
      return unwrap(
        api.POST('/api/v1/cod-remittances/{id}/confirm', {
          params,
          body: { reason: change.reason, note: change.note },
        }),
      );
    case 'note':
      return unwrap(
        api.POST('/api/v1/cod-remittances/{id}/discrepancy/notes', {
          params: { path },
          body: { note: change.note },
        }),
      );
    case 'resolve':
      return unwrap(
        api.POST('/api/v1/cod-remittances/{id}/discrepancy/resolve', {
          params,
          body: { resolution: change.resolution, note: change.note },
        }),
      );
  }
}

/** The courier records the cash taken at the door for a delivered COD order. */
export function recordCodCollection(orderId: string, amount: number, note?: string): Promise<CodCollection> {
  return unwrap(
    api.POST('/api/v1/orders/{id}/cod-collection', {
      params: { path: { id: orderId } },
      body: { amount, note },
    }),
  );
}
