import {
  intParam,
  matchingParam,
  optionalEnumParam,
  UUID_PATTERN,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import {
  ASSET_CATEGORIES,
  ASSET_STATUSES,
  type AssetCategory,
  type AssetQuery,
  type AssetStatus,
} from './assets.api';

export interface AssetListState {
  status: AssetStatus | undefined;
  category: AssetCategory | undefined;
  custodianId: string | undefined;
  limit: number;
}

export const assetListSpec: UrlStateSpec<AssetListState> = {
  status: optionalEnumParam(ASSET_STATUSES),
  category: optionalEnumParam(ASSET_CATEGORIES),
  custodianId: matchingParam(UUID_PATTERN),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

export const NO_ASSET_FILTERS: Partial<AssetListState> = {
  status: undefined,
  category: undefined,
  custodianId: undefined,
};

export function isAssetListFiltered(state: AssetListState): boolean {
  return !!(state.status || state.category || state.custodianId);
}

export function toAssetQuery(state: AssetListState, cursor: string | undefined): AssetQuery {
  return {
    status: state.status,
    category: state.category,
    custodianEmployeeId: state.custodianId,
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}
