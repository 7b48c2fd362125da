import { stringify } from 'csv-stringify/sync';
import type { ProductStatus } from '../products/product-listing';
import type { SkuStatus } from '../products/sku.entity';
import type { SalesChannel } from '../prices/sku-price.entity';
import { CATALOG_CSV_COLUMNS, CatalogCsvRecord } from './catalog-csv.columns';
import { formatAttributes, formatYuan, protectFromFormulas } from './catalog-csv.values';

/** Without it Excel reads the file as the system's code page (GBK in China) and garbles every Chinese name. */
export const UTF8_BOM = '\uFEFF';

/** CRLF, as RFC 4180 and Excel write CSV. */
const OPTIONS = { record_delimiter: 'windows' } as const;

export interface ExportRow {
  product: { id: string; name: string; categoryPath: string; brand: string; status: ProductStatus };
  sku: {
    code: string;
    name: string | null;
    barcode: string | null;
    unit: string;
    weightGrams: number | null;
    attributes: Record<string, string>;
    status: SkuStatus;
  };
  /** Current active price per channel, in 分. */
  prices: Partial<Record<SalesChannel, number>>;
}

/** The BOM and the header line: the start of every export. */
export function catalogCsvHeader(): string {
  return UTF8_BOM + stringify([[...CATALOG_CSV_COLUMNS]], OPTIONS);
}

export function catalogCsvLines(rows: ExportRow[]): string {
  return stringify(
    rows.map((row) => {
      const record = recordOf(row);
      return CATALOG_CSV_COLUMNS.map((column) => protectFromFormulas(record[column]));
    }),
    OPTIONS,
  );
}

function recordOf({ product, sku, prices }: ExportRow): CatalogCsvRecord {
  const price = (channel: SalesChannel) => {
    const amount = prices[channel];
    return amount === undefined ? '' : formatYuan(amount);
  };
  return {
    product_id: product.id,
    product_name: product.name,
    category_path: product.categoryPath,
    brand: product.brand,
    product_status: product.status,
    sku_code: sku.code,
    sku_name: sku.name ?? '',
    barcode: sku.barcode ?? '',
    unit: sku.unit,
    weight_grams: sku.weightGrams === null ? '' : String(sku.weightGrams),
    attributes: formatAttributes(sku.attributes),
    sku_status: sku.status,
    price_website: price('website'),
    price_offline: price('offline'),
    price_wholesale: price('wholesale'),
  };
}
