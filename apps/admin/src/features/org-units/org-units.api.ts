import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';

export type OrgUnit = ApiSchemas['OrgUnitResponse'];
export type OrgUnitKind = OrgUnit['kind'];
export type OrgUnitStatus = OrgUnit['status'];
export type NewOrgUnit = ApiSchemas['CreateOrgUnitDto'];
export type OrgUnitChanges = ApiSchemas['UpdateOrgUnitDto'];
export type OrgUnitListQuery = NonNullable<operations['OrgUnits_list']['parameters']['query']>;
export type OrgUnitSort = NonNullable<OrgUnitListQuery['sort']>;

export const orgUnitKeys = {
  all: ['org-units'] as const,
  lists: () => [...orgUnitKeys.all, 'list'] as const,
  list: (query: OrgUnitListQuery) => [...orgUnitKeys.lists(), query] as const,
  detail: (id: string) => [...orgUnitKeys.all, 'detail', id] as const,
};

export function orgUnitListQuery(query: OrgUnitListQuery) {
  return queryOptions({
    queryKey: orgUnitKeys.list(query),
    queryFn: async ({ signal, client }) => {
      const page = await unwrap(api.GET('/api/v1/org-units', { params: { query }, signal }));
      // Every row is a whole record: seeding the detail cache saves a request per parent name shown.
      for (const unit of page.data) client.setQueryData(orgUnitKeys.detail(unit.id), unit);
      return page;
    },
  });
}

const MOST_UNITS_PER_PAGE = 200;
// A safety stop: a company has tens or hundreds of units, not tens of thousands.
const MOST_UNITS_LOADED = 5_000;

/**
 * Every unit the user may see, following the cursors: org charts are small, and a tree or a picker needs all of
 * it. Kept under `lists()` so that every write refreshes it with the lists.
 */
export function allOrgUnitsQuery() {
  return queryOptions({
    queryKey: [...orgUnitKeys.lists(), 'all'] as const,
    queryFn: async ({ signal, client }) => {
      const units: OrgUnit[] = [];
      let cursor: string | undefined;
      do {
        const page = await unwrap(
          api.GET('/api/v1/org-units', {
            params: { query: { limit: MOST_UNITS_PER_PAGE, sort: 'code', cursor } },
            signal,
          }),
        );
        units.push(...page.data);
        cursor = page.nextCursor ?? undefined;
      } while (cursor && units.length < MOST_UNITS_LOADED);
      for (const unit of units) client.setQueryData(orgUnitKeys.detail(unit.id), unit);
      return units;
    },
    staleTime: 60_000,
  });
}

export function orgUnitQuery(id: string) {
  return queryOptions({
    queryKey: orgUnitKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/org-units/{id}', { params: { path: { id } }, signal })),
  });
}

export function createOrgUnit(input: NewOrgUnit): Promise<OrgUnit> {
  return unwrap(api.POST('/api/v1/org-units', { body: input }));
}

/** Sends the version the user saw as If-Match: if someone changed the unit since, the API answers 412. */
export function updateOrgUnit(
  unit: Pick<OrgUnit, 'id' | 'version'>,
  changes: OrgUnitChanges,
): Promise<OrgUnit> {
  return unwrap(
    api.PATCH('/api/v1/org-units/{id}', {
      params: { path: { id: unit.id }, header: { 'If-Match': `"${unit.version}"` } },
      body: changes,
    }),
  );
}
