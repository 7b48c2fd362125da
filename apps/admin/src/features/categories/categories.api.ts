import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';

export type Category = ApiSchemas['CategoryResponse'];
export type NewCategory = ApiSchemas['CreateCategoryDto'];
export type CategoryChanges = ApiSchemas['UpdateCategoryDto'];
export type Brand = ApiSchemas['BrandResponse'];
export type NewBrand = ApiSchemas['CreateBrandDto'];
export type BrandChanges = ApiSchemas['UpdateBrandDto'];
export type CatalogNodeStatus = Category['status'];

export const categoryKeys = {
  all: ['categories'] as const,
  everything: () => [...categoryKeys.all, 'all'] as const,
};

export const brandKeys = {
  all: ['brands'] as const,
  everything: () => [...brandKeys.all, 'all'] as const,
};

const PAGE = 200;
// A safety stop: a shop has tens or hundreds of categories and brands, not tens of thousands.
const MOST_LOADED = 5_000;

/** Follows the cursors to the end: pickers and the tree need every row. */
async function everyPage<T>(
  load: (cursor: string | undefined) => Promise<{ data: T[]; nextCursor: string | null }>,
): Promise<T[]> {
  const rows: T[] = [];
  let cursor: string | undefined;
  do {
    const page = await load(cursor);
    rows.push(...page.data);
    cursor = page.nextCursor ?? undefined;
  } while (cursor && rows.length < MOST_LOADED);
  return rows;
}

/** Every category, active and archived (the tree comes from parentId). */
export function allCategoriesQuery() {
  return queryOptions({
    queryKey: categoryKeys.everything(),
    queryFn: ({ signal }) =>
      everyPage((cursor) =>
        unwrap(api.GET('/api/v1/categories', { params: { query: { limit: PAGE, cursor } }, signal })),
      ),
  });
}

/** Every brand, active and archived, by name. */
export function allBrandsQuery() {
  return queryOptions({
    queryKey: brandKeys.everything(),
    queryFn: ({ signal }) =>
      everyPage((cursor) =>
        unwrap(api.GET('/api/v1/brands', { params: { query: { limit: PAGE, cursor } }, signal })),
      ),
  });
}

const ifMatch = (record: { version: number }) => ({ 'If-Match': `"${record.version}"` });

export function createCategory(input: NewCategory): Promise<Category> {
  return unwrap(api.POST('/api/v1/categories', { body: input }));
}

export function updateCategory(category: Pick<Category, 'id' | 'version'>, changes: CategoryChanges) {
  return unwrap(
    api.PATCH('/api/v1/categories/{id}', {
      params: { path: { id: category.id }, header: ifMatch(category) },
      body: changes as ApiSchemas['UpdateCategoryDto'],
    }),
  );
}

export function createBrand(input: NewBrand): Promise<Brand> {
  return unwrap(api.POST('/api/v1/brands', { body: input }));
}

export function updateBrand(brand: Pick<Brand, 'id' | 'version'>, changes: BrandChanges) {
  return unwrap(
    api.PATCH('/api/v1/brands/{id}', {
      params: { path: { id: brand.id }, header: ifMatch(brand) },
      body: changes,
    }),
  );
}
