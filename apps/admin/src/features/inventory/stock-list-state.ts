import { intParam, matchingParam, UUID_PATTERN, type UrlStateSpec } from '../../shared/url-state/url-state';
import type { StockLevelQuery } from './inventory.api';

/** What the stock list shows, as kept in the URL (`?warehouseId=…&regionId=…&skuId=…&low=1`). */
export interface StockListState {
  warehouseId: string | undefined;
  regionId: string | undefined;
  skuId: string | undefined;
  low: boolean;
  limit: number;
}

const flagParam = {
  fallback: false,
  parse: (raw: string) =>
    raw === '1' || raw === 'true' ? true : raw === '0' || raw === 'false' ? false : undefined,
  serialize: (value: boolean) => (value ? '1' : undefined),
};

export const stockListSpec: UrlStateSpec<StockListState> = {
  warehouseId: matchingParam(UUID_PATTERN),
  regionId: matchingParam(UUID_PATTERN),
  skuId: matchingParam(UUID_PATTERN),
  low: flagParam,
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

export const STOCK_FILTERS = ['warehouseId', 'regionId', 'skuId', 'low'] as const satisfies ReadonlyArray<
  keyof StockListState
>;

export const NO_STOCK_FILTERS: Pick<StockListState, (typeof STOCK_FILTERS)[number]> = {
  warehouseId: undefined,
  regionId: undefined,
  skuId: undefined,
  low: false,
};

/** The API query for one page; only the first page asks for the total. */
export function toStockLevelQuery(state: StockListState, cursor: string | undefined): StockLevelQuery {
  return {
    warehouseId: state.warehouseId,
    regionId: state.regionId,
    skuId: state.skuId,
    lowOnly: state.low || undefined,
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}
