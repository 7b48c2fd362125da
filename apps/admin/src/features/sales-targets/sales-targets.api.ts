import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';

export type SalesTarget = ApiSchemas['SalesTargetResponse'];
export type SalesTargetSummary = ApiSchemas['SalesTargetSummaryResponse'];
export type TargetNode = ApiSchemas['TargetNodeResponse'];
export type NewSalesTarget = ApiSchemas['CreateSalesTargetDto'];
export type SalesTargetChanges = ApiSchemas['UpdateSalesTargetDto'];
export type AllocationChild = ApiSchemas['AllocationChildDto'];
export type Territory = ApiSchemas['TerritoryResponse'];
export type CityPerson = ApiSchemas['CityPersonResponse'];

export const salesTargetKeys = {
  all: ['sales-targets'] as const,
  period: (period: string) => [...salesTargetKeys.all, 'period', period] as const,
  detail: (id: string) => [...salesTargetKeys.all, 'detail', id] as const,
  territories: () => ['sales-territories'] as const,
  cityPeople: (cityId: string) => ['sales-territories', cityId, 'people'] as const,
};

/**
 * The period's targets reaching one's territory: one per province, so a page of 100 holds a whole country
 * (34 provincial units) and no paging is needed here.
 */
export function periodTargetsQuery(period: string) {
  return queryOptions({
    queryKey: salesTargetKeys.period(period),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/sales-targets', { params: { query: { period, limit: 100 } }, signal })),
  });
}

/** A target's tree with actuals and attainment, only the nodes within one's territory. */
export function salesTargetQuery(id: string) {
  return queryOptions({
    queryKey: salesTargetKeys.detail(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/sales-targets/{id}', { params: { path: { id } }, signal })),
  });
}

/** Provinces, regions and cities within one's territory, with their managers: the allocation's choices. */
export function territoriesQuery() {
  return queryOptions({
    queryKey: salesTargetKeys.territories(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sales-territories', { signal })),
    staleTime: 5 * 60_000,
  });
}

/** The active people of a city: whom the city's target can be allocated to. */
export function cityPeopleQuery(cityId: string) {
  return queryOptions({
    queryKey: salesTargetKeys.cityPeople(cityId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/sales-territories/{id}/people', { params: { path: { id: cityId } }, signal })),
  });
}

export function createSalesTarget(input: NewSalesTarget): Promise<SalesTarget> {
  return unwrap(api.POST('/api/v1/sales-targets', { body: input }));
}

export function updateSalesTarget(
  target: SalesTargetSummary,
  changes: SalesTargetChanges,
): Promise<SalesTarget> {
  return unwrap(
    api.PATCH('/api/v1/sales-targets/{id}', {
      params: { path: { id: target.id }, header: { 'If-Match': `"${target.version}"` } },
      body: changes,
    }),
  );
}

export function allocateSalesTarget(
  target: SalesTargetSummary,
  unitId: string,
  children: AllocationChild[],
): Promise<SalesTarget> {
  return unwrap(
    api.PUT('/api/v1/sales-targets/{id}/allocations/{unitId}', {
      params: { path: { id: target.id, unitId }, header: { 'If-Match': `"${target.version}"` } },
      body: { children },
    }),
  );
}
