import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';

export type OrgChart = ApiSchemas['OrgChartResponse'];
export type OrgChartUnit = ApiSchemas['OrgChartUnit'];
export type Position = ApiSchemas['PositionResponse'];
export type Headcount = ApiSchemas['HeadcountResponse'];
export type NewPosition = ApiSchemas['CreatePositionDto'];
export type PositionChanges = ApiSchemas['UpdatePositionDto'];

export const organisationKeys = {
  all: ['hr-organisation'] as const,
  chart: (period: string) => [...organisationKeys.all, 'chart', period] as const,
  positions: (orgUnitId: string) => [...organisationKeys.all, 'positions', orgUnitId] as const,
  headcount: (orgUnitId: string, period: string) =>
    [...organisationKeys.all, 'headcount', orgUnitId, period] as const,
};

/** The plan year in Beijing, the company's calendar (the API defaults to the same). */
export function thisPlanYear(now = new Date()): string {
  return String(new Date(now.getTime() + 8 * 3600_000).getUTCFullYear());
}

export function orgChartQuery(period: string) {
  return queryOptions({
    queryKey: organisationKeys.chart(period),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/org-chart', { params: { query: { period } }, signal })),
    staleTime: 30_000,
  });
}

/** A unit's positions, archived ones included: a unit has a handful, never more than one page. */
export function unitPositionsQuery(orgUnitId: string) {
  return queryOptions({
    queryKey: organisationKeys.positions(orgUnitId),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/positions', { params: { query: { orgUnitId, limit: 200 } }, signal })),
  });
}

export function unitHeadcountQuery(orgUnitId: string, period: string) {
  return queryOptions({
    queryKey: organisationKeys.headcount(orgUnitId, period),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/headcount-plans', { params: { query: { orgUnitId, period } }, signal })),
  });
}

export function createPosition(input: NewPosition): Promise<Position> {
  return unwrap(api.POST('/api/v1/positions', { body: input }));
}

export function updatePosition(position: Position, changes: PositionChanges): Promise<Position> {
  return unwrap(
    api.PATCH('/api/v1/positions/{id}', {
      params: { path: { id: position.id }, header: { 'If-Match': `"${position.version}"` } },
      body: changes,
    }),
  );
}

export function setHeadcount(positionId: string, period: string, planned: number, note?: string) {
  return unwrap(
    api.PUT('/api/v1/positions/{id}/headcount/{period}', {
      params: { path: { id: positionId, period } },
      body: { planned, note: note || undefined },
    }),
  );
}
