import {
  enumParam,
  intParam,
  matchingParam,
  optionalEnumParam,
  textParam,
  UUID_PATTERN,
  type UrlStateSpec,
} from '../../shared/url-state/url-state';
import {
  PRODUCT_STATUSES,
  type ProductListQuery,
  type ProductSort,
  type ProductStatus,
} from './products.api';

/** What the product list shows, as kept in the URL (`?q=手机&status=listed&categoryId=…&brandId=…`). */
export interface ProductListState {
  q: string;
  status: ProductStatus | undefined;
  categoryId: string | undefined;
  brandId: string | undefined;
  sort: ProductSort;
  limit: number;
}

const SORTS: Record<ProductSort, true> = { name: true, '-name': true, createdAt: true, '-createdAt': true };

export const productListSpec: UrlStateSpec<ProductListState> = {
  q: textParam(100),
  status: optionalEnumParam(PRODUCT_STATUSES),
  categoryId: matchingParam(UUID_PATTERN),
  brandId: matchingParam(UUID_PATTERN),
  sort: enumParam(Object.keys(SORTS) as ProductSort[], '-createdAt'),
  // Each row loads its prices: a short page by default keeps that quick.
  limit: intParam({ min: 1, max: 200, fallback: 20 }),
};

export const PRODUCT_FILTERS = ['q', 'status', 'categoryId', 'brandId'] as const satisfies ReadonlyArray<
  keyof ProductListState
>;

export const NO_PRODUCT_FILTERS: Pick<ProductListState, (typeof PRODUCT_FILTERS)[number]> = {
  q: '',
  status: undefined,
  categoryId: undefined,
  brandId: undefined,
};

/** The API query for one page; only the first page asks for the total. */
export function toProductListQuery(state: ProductListState, cursor: string | undefined): ProductListQuery {
  return {
    q: state.q || undefined,
    status: state.status,
    categoryId: state.categoryId,
    brandId: state.brandId,
    sort: state.sort,
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}
