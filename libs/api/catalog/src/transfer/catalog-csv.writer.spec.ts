import { readCatalogCsv } from './catalog-csv.reader';
import { catalogCsvHeader, catalogCsvLines, ExportRow } from './catalog-csv.writer';
import { validateRow } from './import-row';

const row: ExportRow = {
  product: {
    id: '0190a1b2-0000-7000-8000-000000000001',
    name: '=HYPERLINK("x"), "超薄" 手机壳',
    categoryPath: '手机配件 / 手机壳',
    brand: '绿联',
    status: 'draft',
  },
  sku: {
    code: 'IP15-BLK',
    name: null,
    barcode: '0690123456789',
    unit: '件',
    weightGrams: 45,
    attributes: { 颜色: '黑色', 'a;b': 'c=d' },
    status: 'active',
  },
  prices: { website: 3990, wholesale: 7 },
};

describe('writing the catalog CSV', () => {
  it('starts with a BOM and the header, and ends lines with CRLF', () => {
    const text = catalogCsvHeader() + catalogCsvLines([row]);
    expect(
      text.startsWith('\uFEFFproduct_id,product_name,category_path,brand,product_status,sku_code,'),
    ).toBe(true);
    expect(text.split('\r\n')).toHaveLength(3);
    expect(text).toContain(',39.90,,0.07\r\n');
  });

  it('writes what the import reads back as the same values', () => {
    const csv = readCatalogCsv(Buffer.from(catalogCsvHeader() + catalogCsvLines([row]), 'utf8'));
    expect(csv.errors).toEqual([]);
    const { row: read, errors } = validateRow(csv.rows[0]);
    expect(errors).toEqual([]);
    expect(read).toEqual({
      line: 2,
      productId: row.product.id,
      productName: row.product.name,
      categoryPath: row.product.categoryPath,
      brand: row.product.brand,
      productStatus: 'draft',
      sku: row.sku,
      prices: row.prices,
    });
  });

  it('writes nothing for no rows', () => {
    expect(catalogCsvLines([])).toBe('');
  });
});
