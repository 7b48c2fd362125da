import type { Product, ProductSummary, Sku } from './products.api';

/** Test data: 苹果手机壳 with one SKU, in 手机壳, listed at ¥39.90 on the website. */
export const PRODUCT_ID = '0190a0b0-0000-7000-8000-0000000000a1';
export const SKU_ID = '0190a0b0-0000-7000-8000-0000000000b1';
export const CATEGORY_ID = '0190a0b0-0000-7000-8000-0000000000c1';

export const CATALOG_MANAGER_PERMISSIONS = [
  'catalog:read',
  'catalog:write',
  'product-content:write',
  'products:review',
  'prices:read',
  'prices:write',
  'competitor-prices:write',
  'promotions:read',
  'catalog:import',
];

export function fakeSku(overrides: Partial<Sku> = {}): Sku {
  return {
    id: SKU_ID,
    code: 'IP15-CASE-BLK',
    name: '黑色',
    attributes: { 颜色: '黑色' },
    barcode: '6901234567890',
    unit: '件',
    weightGrams: 45,
    status: 'active',
    prices: {
      website: { id: 'price-1', amount: 3990, currency: 'CNY', effectiveFrom: '2026-01-01T00:00:00.000Z' },
    },
    version: 1,
    ...overrides,
  };
}

export function fakeProduct(overrides: Partial<Product> = {}): Product {
  return {
    id: PRODUCT_ID,
    name: '苹果 iPhone 15 超薄手机壳',
    categoryId: CATEGORY_ID,
    brandId: null,
    status: 'listed',
    listedAt: '2026-01-02T00:00:00.000Z',
    skus: [fakeSku()],
    content: [],
    images: [],
    version: 3,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-02T00:00:00.000Z',
    ...overrides,
  };
}

export function fakeSummary(overrides: Partial<ProductSummary> = {}): ProductSummary {
  return {
    id: PRODUCT_ID,
    name: '苹果 iPhone 15 超薄手机壳',
    categoryId: CATEGORY_ID,
    brandId: null,
    status: 'listed',
    skuCount: 1,
    thumbnailUrl: null,
    websitePriceLow: 3990,
    websitePriceHigh: 3990,
    version: 3,
    createdAt: '2026-01-01T00:00:00.000Z',
    ...overrides,
  };
}

export const category = {
  id: CATEGORY_ID,
  name: '手机壳',
  parentId: null,
  sortOrder: 0,
  status: 'active',
  version: 1,
};
