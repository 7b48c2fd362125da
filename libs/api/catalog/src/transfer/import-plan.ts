import { Money } from '@zhanggui/api-platform';
import type { CatalogStatus } from '../categories/category.entity';
import { isBelowMargin, marginFloor, PricingPolicy } from '../prices/pricing-rules';
import { SALES_CHANNELS, SalesChannel } from '../prices/sku-price.entity';
import type { ProductStatus } from '../products/product-listing';
import { PRICE_COLUMNS } from './catalog-csv.columns';
import { formatYuan, sameAttributes } from './catalog-csv.values';
import type { CategoryPaths } from './category-paths';
import { groupBy } from './group-by';
import type { ImportRow, ImportSkuFields } from './import-row';
import type { ImportError } from './import-report';

/** What the database says about everything the file mentions. */
export interface ImportContext {
  categories: CategoryPaths;
  /** By lower-case name: brand names are unique regardless of case. */
  brandsByName: Map<string, { id: string; name: string; status: CatalogStatus }>;
  skusByCode: Map<string, ExistingSku>;
  products: Map<string, ExistingProduct>;
  /** SKU code holding each barcode the file mentions. */
  barcodeOwners: Map<string, string>;
  /** Current active price per channel, in 分, by SKU id. */
  currentPrices: Map<string, Partial<Record<SalesChannel, number>>>;
  costs: Map<string, number>;
  policy: PricingPolicy;
}

export interface ExistingProduct extends ProductFields {
  id: string;
  status: ProductStatus;
}

export interface ExistingSku extends ImportSkuFields {
  id: string;
  productId: string;
}

export interface ProductFields {
  name: string;
  categoryId: string | null;
  brandId: string | null;
}

export interface NewSku extends ImportSkuFields {
  prices: Partial<Record<SalesChannel, number>>;
}

export type SkuChanges = Partial<Omit<ImportSkuFields, 'code'>>;

/** The writes an import makes, and the problems that stop it. */
export interface ImportPlan {
  newProducts: Array<ProductFields & { skus: NewSku[] }>;
  productChanges: Array<{ productId: string; changes: Partial<ProductFields> }>;
  newSkus: Array<{ productId: string; sku: NewSku }>;
  skuChanges: Array<{ skuId: string; changes: SkuChanges }>;
  priceChanges: Array<{ skuId: string; channel: SalesChannel; amount: number }>;
  unchanged: number;
  errors: ImportError[];
}

/** As CreateProductDto allows. */
const MAX_SKUS_PER_NEW_PRODUCT = 200;

interface ResolvedRow {
  row: ImportRow;
  /** Existing product id, or the name that gathers a new product's rows. */
  productKey: string;
  product?: ExistingProduct;
  fields: ProductFields;
  sku?: ExistingSku;
}

/**
 * Matches each row to the catalog by SKU code and works out what would change: a known code updates its SKU
 * (and its product), a new code joins the product named by product_id, or, without one, a new product made
 * of the rows with the same product_name. Only values that differ are written, so an unedited export plans
 * nothing at all.
 */
export function planImport(rows: ImportRow[], context: ImportContext): ImportPlan {
  const errors: ImportError[] = [];
  const resolved = resolveRows(rows, context, errors);
  const groups = groupBy(resolved, (entry) => entry.productKey);

  const plan: ImportPlan = {
    newProducts: [],
    productChanges: [],
    newSkus: [],
    skuChanges: [],
    priceChanges: [],
    unchanged: 0,
    errors,
  };
  for (const group of groups.values()) {
    const consistent = consistentRows(group, errors);
    if (consistent.length === 0) continue;
    const [first] = consistent;
    if (!first.product) {
      plan.newProducts.push({ ...first.fields, skus: consistent.map(({ row }) => newSku(row)) });
      continue;
    }
    const productChanges = changedFields(first.product, first.fields);
    if (productChanges) plan.productChanges.push({ productId: first.product.id, changes: productChanges });
    for (const { row, sku } of consistent) {
      if (!sku) {
        plan.newSkus.push({ productId: first.product.id, sku: newSku(row) });
        continue;
      }
      const skuChanges = changedSkuFields(sku, row.sku);
      if (skuChanges) plan.skuChanges.push({ skuId: sku.id, changes: skuChanges });
      const current = context.currentPrices.get(sku.id) ?? {};
      const prices = SALES_CHANNELS.filter((channel) => row.prices[channel] !== current[channel]);
      for (const channel of prices)
        plan.priceChanges.push({ skuId: sku.id, channel, amount: row.prices[channel]! });
      if (!productChanges && !skuChanges && prices.length === 0) plan.unchanged++;
    }
  }
  return plan;
}

function resolveRows(rows: ImportRow[], context: ImportContext, errors: ImportError[]): ResolvedRow[] {
  const codeLines = new Map<string, number>();
  const barcodeLines = new Map<string, number>();
  const resolved: ResolvedRow[] = [];
  for (const row of rows) {
    const rowErrors: ImportError[] = [];
    const fail = (column: string, message: string) => rowErrors.push({ line: row.line, column, message });
    const { code, barcode } = row.sku;

    const firstLine = codeLines.get(code);
    if (firstLine) fail('sku_code', `SKU code ${code} is also on line ${firstLine}`);
    else codeLines.set(code, row.line);
    if (barcode) {
      const barcodeLine = barcodeLines.get(barcode);
      if (barcodeLine) fail('barcode', `barcode ${barcode} is also on line ${barcodeLine}`);
      else barcodeLines.set(barcode, row.line);
      const owner = context.barcodeOwners.get(barcode);
      if (owner && owner !== code) fail('barcode', `barcode ${barcode} is already on SKU ${owner}`);
    }

    const sku = context.skusByCode.get(code);
    const productId = sku?.productId ?? row.productId;
    const product = productId ? context.products.get(productId) : undefined;
    if (sku && row.productId && row.productId !== sku.productId)
      fail(
        'product_id',
        `SKU ${code} belongs to product ${sku.productId}; a SKU cannot move to another product`,
      );
    else if (productId && !product) fail('product_id', `there is no product ${productId}`);

    const fields: ProductFields = {
      name: row.productName,
      categoryId: categoryOf(row, context, product, fail),
      brandId: brandOf(row, context, product, fail),
    };
    if (row.productStatus && row.productStatus !== (product?.status ?? 'draft')) {
      fail(
        'product_status',
        product
          ? `product_status cannot be changed by import (it is ${product.status}): submit, list or delist the product in the console`
          : 'product_status of a new product must be draft or empty',
      );
    }
    if (sku) checkPrices(row, sku, context, fail);

    errors.push(...rowErrors);
    if (rowErrors.length === 0)
      resolved.push({
        row,
        productKey: product ? product.id : `new:${row.productName}`,
        product,
        fields,
        sku,
      });
  }
  return resolved;
}

type Fail = (column: string, message: string) => void;

function categoryOf(
  row: ImportRow,
  context: ImportContext,
  product: ExistingProduct | undefined,
  fail: Fail,
) {
  if (!row.categoryPath) return null;
  const lookup = context.categories.find(row.categoryPath);
  if ('error' in lookup) {
    fail(
      'category_path',
      lookup.error === 'ambiguous'
        ? `"${row.categoryPath}" could be any of: ${lookup.paths.join('; ')}`
        : `there is no category "${row.categoryPath}" (import does not create categories: add it in the console first)`,
    );
    return null;
  }
  const category = lookup.found;
  if (category.status !== 'active' && category.id !== product?.categoryId)
    fail('category_path', `category "${row.categoryPath}" is archived`);
  return category.id;
}

function brandOf(row: ImportRow, context: ImportContext, product: ExistingProduct | undefined, fail: Fail) {
  if (!row.brand) return null;
  const brand = context.brandsByName.get(row.brand.toLowerCase());
  if (!brand) {
    fail(
      'brand',
      `there is no brand "${row.brand}" (import does not create brands: add it in the console first)`,
    );
    return null;
  }
  if (brand.status !== 'active' && brand.id !== product?.brandId)
    fail('brand', `brand "${brand.name}" is archived`);
  return brand.id;
}

function checkPrices(row: ImportRow, sku: ExistingSku, context: ImportContext, fail: Fail): void {
  const current = context.currentPrices.get(sku.id) ?? {};
  const cost = context.costs.get(sku.id);
  for (const channel of SALES_CHANNELS) {
    const column = PRICE_COLUMNS[channel];
    const wanted = row.prices[channel];
    const now = current[channel];
    if (wanted === undefined && now !== undefined) {
      fail(
        column,
        `${column} is empty, but the ${channel} price is ${formatYuan(now)}: import cannot remove a price`,
      );
    } else if (wanted !== undefined && wanted !== now && cost !== undefined) {
      const price = Money.of(wanted, 'CNY');
      const costMoney = Money.of(cost, 'CNY');
      if (isBelowMargin(price, costMoney, context.policy)) {
        fail(
          column,
          `${column} ${formatYuan(wanted)} is below the minimum margin (lowest price without approval: ${formatYuan(marginFloor(costMoney, context.policy).amount)}). Set it in the console, where it can go to the general manager for approval`,
        );
      }
    }
  }
}

/** The rows of one product must agree on its name, category and brand; later rows that differ are errors. */
function consistentRows(group: ResolvedRow[], errors: ImportError[]): ResolvedRow[] {
  const [first] = group;
  const consistent: ResolvedRow[] = [];
  for (const entry of group) {
    const differing = (['name', 'categoryId', 'brandId'] as const).filter(
      (field) => entry.fields[field] !== first.fields[field],
    );
    const column = { name: 'product_name', categoryId: 'category_path', brandId: 'brand' } as const;
    for (const field of differing) {
      errors.push({
        line: entry.row.line,
        column: column[field],
        message: `${column[field]} differs from line ${first.row.line}, a row of the same product`,
      });
    }
    if (differing.length > 0) continue;
    if (!first.product && consistent.length >= MAX_SKUS_PER_NEW_PRODUCT) {
      errors.push({
        line: entry.row.line,
        column: 'product_name',
        message: `a new product takes at most ${MAX_SKUS_PER_NEW_PRODUCT} SKUs in one import`,
      });
      continue;
    }
    consistent.push(entry);
  }
  return consistent;
}

function newSku(row: ImportRow): NewSku {
  return { ...row.sku, prices: row.prices };
}

function changedFields(product: ExistingProduct, wanted: ProductFields): Partial<ProductFields> | undefined {
  const changes: Partial<ProductFields> = {};
  if (product.name !== wanted.name) changes.name = wanted.name;
  if (product.categoryId !== wanted.categoryId) changes.categoryId = wanted.categoryId;
  if (product.brandId !== wanted.brandId) changes.brandId = wanted.brandId;
  return Object.keys(changes).length > 0 ? changes : undefined;
}

function changedSkuFields(sku: ExistingSku, wanted: ImportSkuFields): SkuChanges | undefined {
  const changes: SkuChanges = {};
  if (sku.name !== wanted.name) changes.name = wanted.name;
  if (sku.barcode !== wanted.barcode) changes.barcode = wanted.barcode;
  if (sku.unit !== wanted.unit) changes.unit = wanted.unit;
  if (sku.weightGrams !== wanted.weightGrams) changes.weightGrams = wanted.weightGrams;
  if (!sameAttributes(sku.attributes, wanted.attributes)) changes.attributes = wanted.attributes;
  if (sku.status !== wanted.status) changes.status = wanted.status;
  return Object.keys(changes).length > 0 ? changes : undefined;
}
