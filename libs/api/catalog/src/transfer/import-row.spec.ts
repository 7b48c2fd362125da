import { CATALOG_CSV_COLUMNS, CatalogCsvRecord } from './catalog-csv.columns';
import { validateRow } from './import-row';

const record = (values: Partial<CatalogCsvRecord>): CatalogCsvRecord => ({
  ...(Object.fromEntries(CATALOG_CSV_COLUMNS.map((column) => [column, ''])) as CatalogCsvRecord),
  ...values,
});

describe('one import row', () => {
  it('reads every field, trimmed, with prices in 分', () => {
    const { row, errors } = validateRow({
      line: 5,
      record: record({
        product_id: '0190A1B2-0000-7000-8000-000000000001',
        product_name: ' 苹果手机壳 ',
        category_path: '手机配件 / 手机壳',
        brand: '绿联',
        product_status: 'listed',
        sku_code: ' IP15-CASE-BLK ',
        sku_name: '黑色',
        barcode: '6901234567890',
        unit: '个',
        weight_grams: '45',
        attributes: '颜色=黑色; 尺码=XL',
        sku_status: 'discontinued',
        price_website: '39.9',
        price_wholesale: '25',
      }),
    });
    expect(errors).toEqual([]);
    expect(row).toEqual({
      line: 5,
      productId: '0190a1b2-0000-7000-8000-000000000001',
      productName: '苹果手机壳',
      categoryPath: '手机配件 / 手机壳',
      brand: '绿联',
      productStatus: 'listed',
      sku: {
        code: 'IP15-CASE-BLK',
        name: '黑色',
        barcode: '6901234567890',
        unit: '个',
        weightGrams: 45,
        attributes: { 颜色: '黑色', 尺码: 'XL' },
        status: 'discontinued',
      },
      prices: { website: 3990, wholesale: 2500 },
    });
  });

  it('reads empty cells as the defaults the API uses', () => {
    const { row } = validateRow({ line: 2, record: record({ product_name: '手机壳', sku_code: 'A-1' }) });
    expect(row).toMatchObject({
      productId: null,
      categoryPath: null,
      brand: null,
      productStatus: null,
      sku: { name: null, barcode: null, unit: '件', weightGrams: null, attributes: {}, status: 'active' },
      prices: {},
    });
  });

  it('reports every bad cell of the row, each with its column', () => {
    const { row, errors } = validateRow({
      line: 7,
      record: record({
        product_id: '42',
        sku_code: 'bad code!',
        barcode: '6.90123E+12',
        weight_grams: '4.5',
        attributes: '颜色',
        sku_status: 'sold-out',
        product_status: 'published',
        price_website: '39.999',
        price_offline: '-1',
        unit: '件'.repeat(17),
      }),
    });
    expect(row).toBeUndefined();
    expect(errors.map((e) => [e.line, e.column])).toEqual([
      [7, 'product_id'],
      [7, 'product_name'],
      [7, 'product_status'],
      [7, 'sku_code'],
      [7, 'barcode'],
      [7, 'unit'],
      [7, 'weight_grams'],
      [7, 'attributes'],
      [7, 'sku_status'],
      [7, 'price_website'],
      [7, 'price_offline'],
    ]);
    expect(errors.find((e) => e.column === 'barcode')!.message).toContain('format the column as text');
    expect(errors.find((e) => e.column === 'product_name')!.message).toBe('product_name is required');
    expect(errors.find((e) => e.column === 'price_website')!.message).toBe(
      'price_website must have at most two decimals (whole 分)',
    );
  });
});
