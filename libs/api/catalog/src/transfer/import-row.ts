import { PRODUCT_STATUSES, ProductStatus } from '../products/product-listing';
import type { SkuStatus } from '../products/sku.entity';
import { SALES_CHANNELS, SalesChannel } from '../prices/sku-price.entity';
import type { CatalogCsvColumn } from './catalog-csv.columns';
import { PRICE_COLUMNS } from './catalog-csv.columns';
import type { CsvRow } from './catalog-csv.reader';
import { parseAttributes, parseYuan, Parsed } from './catalog-csv.values';
import type { ImportError } from './import-report';

// The API's rules (SkuInput, CreateProductDto, UpdateSkuDto), applied to text cells.
const SKU_CODE = /^[A-Za-z0-9][A-Za-z0-9._-]{0,63}$/;
const BARCODE = /^\d{8,14}$/;
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const MAX_WEIGHT_GRAMS = 10_000_000;
const SKU_STATUSES: readonly SkuStatus[] = ['active', 'discontinued'];
const DEFAULT_UNIT = '件';

export interface ImportSkuFields {
  code: string;
  name: string | null;
  barcode: string | null;
  unit: string;
  weightGrams: number | null;
  attributes: Record<string, string>;
  status: SkuStatus;
}

/** A row whose cells are each valid on their own; whether they fit the catalog is the plan's business. */
export interface ImportRow {
  line: number;
  productId: string | null;
  productName: string;
  categoryPath: string | null;
  brand: string | null;
  productStatus: ProductStatus | null;
  sku: ImportSkuFields;
  /** A channel is absent when its cell is empty. */
  prices: Partial<Record<SalesChannel, number>>;
}

/**
 * Reads one row strictly. An empty cell means the field's default, as when the API is not given it: no
 * name, barcode, weight or category, unit 件, no attributes, status active.
 */
export function validateRow({ line, record }: CsvRow): { row?: ImportRow; errors: ImportError[] } {
  const errors: ImportError[] = [];
  const cell = (column: CatalogCsvColumn) => record[column].trim();
  function check<T>(column: CatalogCsvColumn, parsed: Parsed<T>): T | undefined {
    if ('error' in parsed) {
      errors.push({ line, column, message: `${column} ${parsed.error}` });
      return undefined;
    }
    return parsed.value;
  }

  const fields = {
    productId: check(
      'product_id',
      optional(cell('product_id'), (id) =>
        UUID.test(id) ? { value: id.toLowerCase() } : { error: 'must be a product id (a UUID) or empty' },
      ),
    ),
    productName: check('product_name', text(cell('product_name'), 1, 200)),
    categoryPath: check(
      'category_path',
      optional(cell('category_path'), (path) => text(path, 1, 500)),
    ),
    brand: check(
      'brand',
      optional(cell('brand'), (name) => text(name, 1, 100)),
    ),
    productStatus: check(
      'product_status',
      optional(cell('product_status'), (status) => oneOf(status, PRODUCT_STATUSES)),
    ),
    code: check(
      'sku_code',
      SKU_CODE.test(cell('sku_code'))
        ? { value: cell('sku_code') }
        : { error: 'must be 1–64 letters, digits, . _ or -, starting with a letter or digit' },
    ),
    name: check(
      'sku_name',
      optional(cell('sku_name'), (name) => text(name, 1, 200)),
    ),
    barcode: check('barcode', optional(cell('barcode'), barcodeOf)),
    unit: check('unit', text(cell('unit') || DEFAULT_UNIT, 1, 16)),
    weightGrams: check('weight_grams', optional(cell('weight_grams'), weightOf)),
    attributes: check('attributes', parseAttributes(record.attributes)),
    status: check('sku_status', oneOf(cell('sku_status') || 'active', SKU_STATUSES)),
  };
  const prices: ImportRow['prices'] = {};
  for (const channel of SALES_CHANNELS) {
    const column = PRICE_COLUMNS[channel];
    const amount = check(column, optional(cell(column), parseYuan));
    if (typeof amount === 'number') prices[channel] = amount;
  }
  if (errors.length > 0) return { errors };
  // Without errors, every check returned its value.
  const { productId, productName, categoryPath, brand, productStatus, ...sku } = fields as Checked<
    typeof fields
  >;
  return { errors, row: { line, productId, productName, categoryPath, brand, productStatus, sku, prices } };
}

type Checked<T> = { [K in keyof T]: Exclude<T[K], undefined> };

function optional<T>(value: string, parse: (value: string) => Parsed<T>): Parsed<T | null> {
  return value === '' ? { value: null } : parse(value);
}

function text(value: string, min: number, max: number): Parsed<string> {
  if (value.length < min) return { error: 'is required' };
  if (value.length > max) return { error: `must be at most ${max} characters` };
  return { value };
}

function oneOf<T extends string>(value: string, allowed: readonly T[]): Parsed<T> {
  return (allowed as readonly string[]).includes(value)
    ? { value: value as T }
    : { error: `must be one of ${allowed.join(', ')}` };
}

function barcodeOf(value: string): Parsed<string> {
  if (BARCODE.test(value)) return { value };
  // Excel shows long numbers as 6.90123E+12 and drops leading zeros unless the column is text.
  const hint = /^[\d.]+e\+?\d+$/i.test(value)
    ? ' (format the column as text in Excel to keep every digit)'
    : '';
  return { error: `must be 8–14 digits${hint}` };
}

function weightOf(value: string): Parsed<number> {
  if (!/^\d+$/.test(value)) return { error: 'must be a whole number of grams' };
  const grams = Number(value);
  return grams <= MAX_WEIGHT_GRAMS ? { value: grams } : { error: `must be at most ${MAX_WEIGHT_GRAMS}` };
}
