import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';

export type FixedAsset = ApiSchemas['FixedAssetResponse'];
export type FixedAssetTransfer = ApiSchemas['FixedAssetTransferResponse'];
export type AssetCategory = FixedAsset['category'];
export type AssetStatus = FixedAsset['status'];
export type NewFixedAsset = ApiSchemas['RegisterFixedAssetDto'];
export type AssetTransfer = ApiSchemas['TransferFixedAssetDto'];
export type AssetDisposal = ApiSchemas['DisposeFixedAssetDto'];
export type DepreciationRun = ApiSchemas['DepreciationRunResponse'];
export type AssetQuery = NonNullable<operations['FixedAssets_list']['parameters']['query']>;

export const ASSET_CATEGORIES = [
  'buildings',
  'machinery',
  'vehicles',
  'electronics',
  'furniture',
  'other',
] as const satisfies readonly AssetCategory[];
export const ASSET_STATUSES = ['in_service', 'disposed'] as const satisfies readonly AssetStatus[];

export const assetKeys = {
  all: ['fixed-assets'] as const,
  lists: () => [...assetKeys.all, 'list'] as const,
  list: (query: AssetQuery) => [...assetKeys.lists(), query] as const,
  asset: (id: string) => [...assetKeys.all, 'detail', id] as const,
  transfers: (id: string) => [...assetKeys.all, 'transfers', id] as const,
};

const ifMatch = (asset: FixedAsset) => ({ 'If-Match': `"${asset.version}"` });

export function assetListQuery(query: AssetQuery) {
  return queryOptions({
    queryKey: assetKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/fixed-assets', { params: { query }, signal })),
  });
}

export function assetQuery(id: string) {
  return queryOptions({
    queryKey: assetKeys.asset(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/fixed-assets/{id}', { params: { path: { id } }, signal })),
  });
}

export function assetTransfersQuery(id: string) {
  return queryOptions({
    queryKey: assetKeys.transfers(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/fixed-assets/{id}/transfers', { params: { path: { id } }, signal })),
  });
}

export function registerAsset(input: NewFixedAsset): Promise<FixedAsset> {
  return unwrap(api.POST('/api/v1/fixed-assets', { body: input }));
}

export function transferAsset(asset: FixedAsset, input: AssetTransfer): Promise<FixedAsset> {
  return unwrap(
    api.POST('/api/v1/fixed-assets/{id}/transfer', {
      params: { path: { id: asset.id }, header: ifMatch(asset) },
      body: input,
    }),
  );
}

export function disposeAsset(asset: FixedAsset, input: AssetDisposal): Promise<FixedAsset> {
  return unwrap(
    api.POST('/api/v1/fixed-assets/{id}/dispose', {
      params: { path: { id: asset.id }, header: ifMatch(asset) },
      body: input,
    }),
  );
}

export function runDepreciation(period: string): Promise<DepreciationRun> {
  return unwrap(api.POST('/api/v1/depreciation-runs', { body: { period } }));
}

export type AssetCustodian = ApiSchemas['AssetCustodianResponse'];

/** Employees to hand an asset to, by name or 工号 (finance reads no personnel files: the register answers). */
export function custodianSearchQuery(q: string) {
  return queryOptions({
    queryKey: [...assetKeys.all, 'custodians', 'search', q] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/fixed-assets/custodians', { params: { query: { q: q || undefined } }, signal }),
      ),
    staleTime: 60_000,
  });
}

/** The names of the custodians a page shows, in one request. */
export function custodianNamesQuery(ids: readonly string[]) {
  const unique = [...new Set(ids)].sort();
  return queryOptions({
    queryKey: [...assetKeys.all, 'custodians', 'names', unique] as const,
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/fixed-assets/custodians', {
          params: { query: { ids: unique.join(',') } },
          signal,
        }),
      ),
    enabled: unique.length > 0,
    staleTime: 5 * 60_000,
  });
}
