import type { SalesChannel } from '../prices/sku-price.entity';

/**
 * The columns of the catalog CSV, in the order the export writes them. For the admin console team: the header
 * is English snake_case and stable (imports match columns by these names, in any order); one row per SKU;
 * money is yuan with two decimals ("39.90"); attributes read "颜色=黑色; 尺码=XL"; category_path names the
 * categories from the root, joined with " / ".
 */
export const CATALOG_CSV_COLUMNS = [
  'product_id',
  'product_name',
  'category_path',
  'brand',
  'product_status',
  'sku_code',
  'sku_name',
  'barcode',
  'unit',
  'weight_grams',
  'attributes',
  'sku_status',
  'price_website',
  'price_offline',
  'price_wholesale',
] as const;

export type CatalogCsvColumn = (typeof CATALOG_CSV_COLUMNS)[number];

/** One data row as text, keyed by column. */
export type CatalogCsvRecord = Record<CatalogCsvColumn, string>;

/** Which column holds each channel's price. */
export const PRICE_COLUMNS = {
  website: 'price_website',
  offline: 'price_offline',
  wholesale: 'price_wholesale',
} as const satisfies Record<SalesChannel, CatalogCsvColumn>;
