import { CategoryPaths } from './category-paths';
import { ExistingProduct, ExistingSku, ImportContext, planImport } from './import-plan';
import type { ImportRow } from './import-row';

const PRODUCT_ID = '0190a1b2-0000-7000-8000-000000000001';

const product: ExistingProduct = {
  id: PRODUCT_ID,
  name: '苹果手机壳',
  categoryId: 'case',
  brandId: 'ugreen',
  status: 'listed',
};
const sku: ExistingSku = {
  id: 'sku-1',
  productId: PRODUCT_ID,
  code: 'IP15-BLK',
  name: '黑色',
  barcode: '6901234567890',
  unit: '件',
  weightGrams: 45,
  attributes: { 颜色: '黑色', 尺码: 'XL' },
  status: 'active',
};

function context(overrides: Partial<ImportContext> = {}): ImportContext {
  return {
    categories: new CategoryPaths([
      { id: 'phone', name: '手机配件', parentId: null, status: 'active' },
      { id: 'case', name: '手机壳', parentId: 'phone', status: 'active' },
      { id: 'old', name: '旧款', parentId: 'phone', status: 'archived' },
    ]),
    brandsByName: new Map([
      ['绿联', { id: 'ugreen', name: '绿联', status: 'active' as const }],
      ['anker', { id: 'anker', name: 'Anker', status: 'active' as const }],
    ]),
    skusByCode: new Map([[sku.code, sku]]),
    products: new Map([[product.id, product]]),
    barcodeOwners: new Map([[sku.barcode!, sku.code]]),
    currentPrices: new Map([[sku.id, { website: 3990, offline: 4590 }]]),
    costs: new Map([[sku.id, 2000]]),
    policy: { targetMarginBp: 3000, minimumMarginBp: 1000 },
    ...overrides,
  };
}

/** The existing SKU's row exactly as the export writes it. */
function existingRow(line = 2, changes: Partial<ImportRow> = {}, skuChanges: Partial<ImportRow['sku']> = {}) {
  return {
    line,
    productId: PRODUCT_ID,
    productName: '苹果手机壳',
    categoryPath: '手机配件 / 手机壳',
    brand: '绿联',
    productStatus: 'listed',
    sku: { ...sku, attributes: { 尺码: 'XL', 颜色: '黑色' }, ...skuChanges },
    prices: { website: 3990, offline: 4590 },
    ...changes,
  } as ImportRow;
}

function newRow(line: number, code: string, changes: Partial<ImportRow> = {}): ImportRow {
  return {
    line,
    productId: null,
    productName: '小米充电器',
    categoryPath: null,
    brand: null,
    productStatus: null,
    sku: { code, name: null, barcode: null, unit: '件', weightGrams: null, attributes: {}, status: 'active' },
    prices: {},
    ...changes,
  };
}

describe('planning an import', () => {
  it('plans nothing for a row that matches the catalog (the round trip)', () => {
    const plan = planImport([existingRow()], context());
    expect(plan).toEqual({
      newProducts: [],
      productChanges: [],
      newSkus: [],
      skuChanges: [],
      priceChanges: [],
      unchanged: 1,
      errors: [],
    });
  });

  it('updates only what differs: product fields, SKU fields and each changed price', () => {
    const plan = planImport(
      [
        existingRow(
          2,
          {
            productName: '苹果手机壳 新款',
            brand: 'ANKER',
            prices: { website: 3590, offline: 4590, wholesale: 2500 },
          },
          { barcode: null, weightGrams: 50 },
        ),
      ],
      context(),
    );
    expect(plan.errors).toEqual([]);
    expect(plan.productChanges).toEqual([
      { productId: PRODUCT_ID, changes: { name: '苹果手机壳 新款', brandId: 'anker' } },
    ]);
    expect(plan.skuChanges).toEqual([{ skuId: 'sku-1', changes: { barcode: null, weightGrams: 50 } }]);
    expect(plan.priceChanges).toEqual([
      { skuId: 'sku-1', channel: 'website', amount: 3590 },
      { skuId: 'sku-1', channel: 'wholesale', amount: 2500 },
    ]);
    expect(plan.unchanged).toBe(0);
  });

  it('makes one product of the new rows with the same name, and adds new codes to a named product', () => {
    const plan = planImport(
      [
        newRow(2, 'MI-1', { prices: { website: 5900 } }),
        newRow(3, 'MI-2'),
        newRow(4, 'OTHER-1', { productName: '数据线' }),
        newRow(5, 'IP15-WHT', {
          productId: PRODUCT_ID,
          productName: '苹果手机壳',
          categoryPath: '手机配件/手机壳',
          brand: '绿联',
        }),
      ],
      context(),
    );
    expect(plan.errors).toEqual([]);
    expect(plan.newProducts.map((p) => [p.name, p.skus.map((s) => s.code)])).toEqual([
      ['小米充电器', ['MI-1', 'MI-2']],
      ['数据线', ['OTHER-1']],
    ]);
    expect(plan.newProducts[0].skus[0].prices).toEqual({ website: 5900 });
    expect(plan.newSkus).toEqual([
      { productId: PRODUCT_ID, sku: expect.objectContaining({ code: 'IP15-WHT' }) },
    ]);
    expect(plan.productChanges).toEqual([]);
  });

  it('refuses a price under the minimum margin, and one left empty that exists', () => {
    const plan = planImport([existingRow(2, { prices: { website: 2100 } })], context());
    expect(plan.errors).toEqual([
      {
        line: 2,
        column: 'price_website',
        message: expect.stringMatching(/21\.00 is below the minimum margin .*22\.00.*general manager/),
      },
      { line: 2, column: 'price_offline', message: expect.stringContaining('cannot remove a price') },
    ]);
    expect(plan.priceChanges).toEqual([]);
  });

  it('refuses the same SKU code or barcode twice, and a barcode another SKU has', () => {
    const plan = planImport(
      [
        newRow(2, 'MI-1', { sku: { ...newRow(0, 'MI-1').sku, barcode: '6900000000001' } }),
        newRow(3, 'MI-1'),
        newRow(4, 'MI-2', { sku: { ...newRow(0, 'MI-2').sku, barcode: '6900000000001' } }),
        newRow(5, 'MI-3', { sku: { ...newRow(0, 'MI-3').sku, barcode: sku.barcode } }),
      ],
      context(),
    );
    expect(plan.errors).toEqual([
      { line: 3, column: 'sku_code', message: 'SKU code MI-1 is also on line 2' },
      { line: 4, column: 'barcode', message: 'barcode 6900000000001 is also on line 2' },
      { line: 5, column: 'barcode', message: `barcode ${sku.barcode} is already on SKU IP15-BLK` },
    ]);
    expect(plan.newProducts[0].skus.map((s) => s.code)).toEqual(['MI-1']);
  });

  it('refuses unknown and archived references, moving a SKU, and changing the listing status', () => {
    const plan = planImport(
      [
        existingRow(2, { productId: '0190a1b2-0000-7000-8000-000000000009' }),
        existingRow(
          3,
          { categoryPath: '手机配件 / 旧款', productStatus: 'delisted' },
          { code: 'X', barcode: null },
        ),
        newRow(4, 'MI-1', { categoryPath: '家电', brand: '小米' }),
        newRow(5, 'MI-2', { productId: '0190a1b2-0000-7000-8000-000000000009', productName: 'x' }),
        newRow(6, 'MI-3', { productName: '新品', productStatus: 'listed' }),
      ],
      context({ products: new Map([[product.id, product]]) }),
    );
    expect(plan.errors.map((e) => [e.line, e.column, e.message])).toEqual([
      [2, 'product_id', expect.stringContaining('cannot move to another product')],
      [3, 'category_path', 'category "手机配件 / 旧款" is archived'],
      [3, 'product_status', expect.stringContaining('cannot be changed by import (it is listed)')],
      [4, 'category_path', expect.stringContaining('there is no category "家电"')],
      [4, 'brand', expect.stringContaining('there is no brand "小米"')],
      [5, 'product_id', 'there is no product 0190a1b2-0000-7000-8000-000000000009'],
      [6, 'product_status', 'product_status of a new product must be draft or empty'],
    ]);
  });

  it('requires the rows of one product to agree on its name, category and brand', () => {
    const plan = planImport(
      [
        newRow(2, 'MI-1', { brand: '绿联' }),
        newRow(3, 'MI-2', { brand: 'Anker' }),
        existingRow(4),
        newRow(5, 'IP15-WHT', {
          productId: PRODUCT_ID,
          productName: '另一个名字',
          categoryPath: '手机配件 / 手机壳',
          brand: '绿联',
        }),
      ],
      context(),
    );
    expect(plan.errors).toEqual([
      { line: 3, column: 'brand', message: 'brand differs from line 2, a row of the same product' },
      {
        line: 5,
        column: 'product_name',
        message: 'product_name differs from line 4, a row of the same product',
      },
    ]);
    expect(plan.unchanged).toBe(1);
  });
});
