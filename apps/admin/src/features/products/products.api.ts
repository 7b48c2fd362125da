import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';
import { uploadFile, type UploadOptions } from '../../shared/transfer/authorized-transfer';

export type ProductSummary = ApiSchemas['ProductSummary'];
export type Product = ApiSchemas['ProductResponse'];
export type ProductStatus = Product['status'];
export type Sku = ApiSchemas['SkuView'];
export type SkuInput = ApiSchemas['SkuInput'];
export type SkuChanges = ApiSchemas['UpdateSkuDto'];
export type NewProduct = ApiSchemas['CreateProductDto'];
export type ProductChanges = ApiSchemas['UpdateProductDto'];
export type ProductContent = ApiSchemas['ContentView'];
export type ProductContentInput = ApiSchemas['ProductContentDto'];
export type ProductImage = ApiSchemas['ImageView'];
export type ListingReadiness = ApiSchemas['ListingReadinessResponse'];
export type ProductListQuery = NonNullable<operations['Products_list']['parameters']['query']>;
export type ProductSort = NonNullable<ProductListQuery['sort']>;

export const PRODUCT_STATUSES = [
  'draft',
  'in_review',
  'listed',
  'delisted',
] as const satisfies readonly ProductStatus[];
export const CONTENT_LOCALES = ['zh-CN', 'en'] as const;
export type ContentLocale = (typeof CONTENT_LOCALES)[number];
export type ListingAction = 'submit' | 'list' | 'reject' | 'delist';

export const productKeys = {
  all: ['products'] as const,
  lists: () => [...productKeys.all, 'list'] as const,
  list: (query: ProductListQuery) => [...productKeys.lists(), query] as const,
  detail: (id: string) => [...productKeys.all, 'detail', id] as const,
  readiness: (id: string) => [...productKeys.detail(id), 'readiness'] as const,
};

const ifMatch = (record: { version: number }) => ({ 'If-Match': `"${record.version}"` });

export function productListQuery(query: ProductListQuery) {
  return queryOptions({
    queryKey: productKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/products', { params: { query }, signal })),
  });
}

export function productQuery(id: string) {
  return queryOptions({
    queryKey: productKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/products/{id}', { params: { path: { id } }, signal })),
  });
}

export function listingReadinessQuery(id: string) {
  return queryOptions({
    queryKey: productKeys.readiness(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/products/{id}/listing-readiness', { params: { path: { id } }, signal })),
  });
}

export function createProduct(input: NewProduct): Promise<Product> {
  return unwrap(api.POST('/api/v1/products', { body: input }));
}

export function updateProduct(product: Pick<Product, 'id' | 'version'>, changes: ProductChanges) {
  return unwrap(
    api.PATCH('/api/v1/products/{id}', {
      params: { path: { id: product.id }, header: ifMatch(product) },
      body: changes,
    }),
  );
}

export function addSku(productId: string, input: SkuInput): Promise<Sku> {
  return unwrap(api.POST('/api/v1/products/{id}/skus', { params: { path: { id: productId } }, body: input }));
}

export function updateSku(sku: Pick<Sku, 'id' | 'version'>, changes: SkuChanges): Promise<Sku> {
  return unwrap(
    api.PATCH('/api/v1/skus/{id}', { params: { path: { id: sku.id }, header: ifMatch(sku) }, body: changes }),
  );
}

export function setContent(productId: string, locale: ContentLocale, input: ProductContentInput) {
  return unwrap(
    api.PUT('/api/v1/products/{id}/content/{locale}', {
      params: { path: { id: productId, locale } },
      body: input,
    }),
  );
}

const LISTING_PATHS = {
  submit: '/api/v1/products/{id}/submit-for-review',
  list: '/api/v1/products/{id}/list',
  reject: '/api/v1/products/{id}/reject',
  delist: '/api/v1/products/{id}/delist',
} as const;

export function changeListing(productId: string, action: ListingAction, comment?: string): Promise<Product> {
  return unwrap(
    api.POST(LISTING_PATHS[action], {
      params: { path: { id: productId } },
      body: { comment: comment || undefined },
    }),
  );
}

export function uploadImage(productId: string, file: Blob, options?: UploadOptions): Promise<ProductImage> {
  return uploadFile(`/api/v1/products/${encodeURIComponent(productId)}/images`, file, options);
}

export function reorderImages(productId: string, imageIds: string[]): Promise<ProductImage[]> {
  return unwrap(
    api.PUT('/api/v1/products/{id}/images/order', {
      params: { path: { id: productId } },
      body: { imageIds },
    }),
  );
}

export function makeMainImage(imageId: string): Promise<ProductImage[]> {
  return unwrap(api.POST('/api/v1/product-images/{id}/main', { params: { path: { id: imageId } } }));
}

export async function removeImage(imageId: string): Promise<void> {
  await unwrap(api.DELETE('/api/v1/product-images/{id}', { params: { path: { id: imageId } } }));
}
