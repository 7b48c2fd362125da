import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';

export type FranchisePartner = ApiSchemas['FranchisePartnerResponse'];
export type FranchiseContact = ApiSchemas['FranchiseContactDto'];
export type NewFranchisePartner = ApiSchemas['CreateFranchisePartnerDto'];
export type FranchisePartnerChanges = ApiSchemas['UpdateFranchisePartnerDto'];
export type MoveFranchiseStage = ApiSchemas['MoveFranchiseStageDto'];
export type FranchiseStage = FranchisePartner['stage'];
export type FranchiseKind = FranchisePartner['kind'];
export type SalesTerritory = ApiSchemas['TerritoryResponse'];

export const FRANCHISE_KINDS = ['enterprise', 'local_brand'] as const satisfies readonly FranchiseKind[];

export const franchiseKeys = {
  all: ['franchise-partners'] as const,
  board: () => [...franchiseKeys.all, 'board'] as const,
  partner: (id: string) => [...franchiseKeys.all, 'partner', id] as const,
  territories: () => ['sales-territories'] as const,
  contract: (number: string) => ['contracts', 'by-number', number] as const,
};

/** The pipeline for the board: a territory has tens of partners, not thousands, so one page of 200. */
export function franchiseBoardQuery() {
  return queryOptions({
    queryKey: franchiseKeys.board(),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/franchise-partners', { params: { query: { limit: 200, sort: 'name' } }, signal }),
      ),
  });
}

export function franchisePartnerQuery(id: string) {
  return queryOptions({
    queryKey: franchiseKeys.partner(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/franchise-partners/{id}', { params: { path: { id } }, signal })),
  });
}

/** Provinces, regions and cities within one's territory: where a partner may be placed. */
export function salesTerritoriesQuery() {
  return queryOptions({
    queryKey: franchiseKeys.territories(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sales-territories', { signal })),
    staleTime: 5 * 60_000,
  });
}

/** Finance's contract carrying the partner's contract number, found by search (the number is unique). */
export function contractByNumberQuery(number: string) {
  return queryOptions({
    queryKey: franchiseKeys.contract(number),
    queryFn: async ({ signal }) => {
      const page = await unwrap(
        api.GET('/api/v1/contracts', { params: { query: { q: number, limit: 5 } }, signal }),
      );
      return page.data.find((contract) => contract.number === number) ?? null;
    },
  });
}

export function createFranchisePartner(input: NewFranchisePartner): Promise<FranchisePartner> {
  return unwrap(api.POST('/api/v1/franchise-partners', { body: input }));
}

export function updateFranchisePartner(
  partner: FranchisePartner,
  changes: FranchisePartnerChanges,
): Promise<FranchisePartner> {
  return unwrap(
    api.PATCH('/api/v1/franchise-partners/{id}', {
      params: { path: { id: partner.id }, header: { 'If-Match': `"${partner.version}"` } },
      body: changes,
    }),
  );
}

export function moveFranchisePartner(
  partner: FranchisePartner,
  move: MoveFranchiseStage,
): Promise<FranchisePartner> {
  return unwrap(
    api.POST('/api/v1/franchise-partners/{id}/stage', {
      params: { path: { id: partner.id }, header: { 'If-Match': `"${partner.version}"` } },
      body: move,
    }),
  );
}
