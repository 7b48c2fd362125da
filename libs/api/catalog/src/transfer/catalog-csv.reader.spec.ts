import { CATALOG_CSV_COLUMNS } from './catalog-csv.columns';
import { readCatalogCsv } from './catalog-csv.reader';
import { ImportFileEmptyError, ImportFileNotUtf8Error, ImportTooManyRowsError } from './transfer.errors';

const HEADER = CATALOG_CSV_COLUMNS.join(',');
const file = (text: string) => Buffer.from(text, 'utf8');
const row = (
  values: Partial<Record<(typeof CATALOG_CSV_COLUMNS)[number], string>>,
  columns: readonly (typeof CATALOG_CSV_COLUMNS)[number][] = CATALOG_CSV_COLUMNS,
) => columns.map((column) => values[column] ?? '').join(',');

describe('reading the catalog CSV', () => {
  it('takes a BOM and Windows line endings, and numbers rows as a spreadsheet does', () => {
    const csv = readCatalogCsv(
      file(`\uFEFF${HEADER}\r\n${row({ sku_code: 'A-1' })}\r\n\r\n${row({ sku_code: 'A-2' })}\r\n`),
    );
    expect(csv.errors).toEqual([]);
    expect(csv.rowCount).toBe(2);
    expect(csv.rows.map((r) => [r.line, r.record.sku_code])).toEqual([
      [2, 'A-1'],
      [4, 'A-2'], // the blank line 3 still counts
    ]);
    expect(csv.rows[0].record.product_id).toBe(''); // the BOM is not part of the first column's name
  });

  it('takes the columns in any order', () => {
    const reversed = [...CATALOG_CSV_COLUMNS].reverse();
    const csv = readCatalogCsv(
      file(`${reversed.join(',')}\n${row({ sku_code: 'A-1', brand: '绿联' }, reversed)}\n`),
    );
    expect(csv.rows[0].record).toMatchObject({ sku_code: 'A-1', brand: '绿联' });
  });

  it('keeps quoted commas, quotes and line breaks inside a cell', () => {
    const csv = readCatalogCsv(file(`${HEADER}\n"p1","手机壳, ""超薄""\n第二行",${row({}).slice(2)}\n`));
    expect(csv.rows[0].record.product_name).toBe('手机壳, "超薄"\n第二行');
  });

  it('takes off the quote that protected a formula-like cell', () => {
    const csv = readCatalogCsv(file(`${HEADER}\n${row({ product_name: "'=1+1", sku_code: 'A-1' })}\n`));
    expect(csv.rows[0].record.product_name).toBe('=1+1');
  });

  it('reports unknown, repeated and missing columns on line 1, and reads no rows', () => {
    const columns = [...CATALOG_CSV_COLUMNS.filter((c) => c !== 'barcode'), 'colour', 'brand'];
    const csv = readCatalogCsv(file(`${columns.join(',')}\n${columns.map(() => 'x').join(',')}\n`));
    expect(csv.rows).toEqual([]);
    expect(csv.rowCount).toBe(1);
    expect(csv.errors).toEqual([
      { line: 1, column: 'colour', message: expect.stringContaining('Unknown column "colour"') },
      { line: 1, column: 'brand', message: 'Column "brand" appears twice' },
      { line: 1, column: 'barcode', message: 'Column "barcode" is missing' },
    ]);
  });

  it('ignores empty columns without a name, as Excel sometimes adds, but not ones with values', () => {
    expect(readCatalogCsv(file(`${HEADER},,\n${row({ sku_code: 'A-1' })},,\n`)).errors).toEqual([]);
    expect(readCatalogCsv(file(`${HEADER},\n${row({ sku_code: 'A-1' })},oops\n`)).errors).toEqual([
      { line: 1, message: `Column ${CATALOG_CSV_COLUMNS.length + 1} has values but no name` },
    ]);
  });

  it('reports a row with too few or too many cells', () => {
    const csv = readCatalogCsv(
      file(`${HEADER}\nA-1,x\n${row({ sku_code: 'A-2' })},extra\n${row({ sku_code: 'A-3' })}\n`),
    );
    expect(csv.errors.map((e) => e.line)).toEqual([2, 3]);
    expect(csv.rows.map((r) => r.line)).toEqual([4]);
  });

  it('reports broken CSV at the row where it breaks', () => {
    const csv = readCatalogCsv(
      file(`${HEADER}\n${row({ sku_code: 'A-1' })}\n"unclosed,${row({}).slice(1)}\n`),
    );
    expect(csv.errors).toEqual([{ line: 3, message: expect.stringContaining('Not valid CSV') }]);
    expect(csv.rows).toEqual([]);
  });

  it('refuses a file that is not UTF-8 (Excel’s plain CSV is GBK), and an empty one', () => {
    const gbk = Buffer.from([0xca, 0xd6, 0xbb, 0xfa, 0xbf, 0xc7]); // 手机壳 in GBK
    expect(() => readCatalogCsv(Buffer.concat([file(`${HEADER}\n`), gbk]))).toThrow(ImportFileNotUtf8Error);
    expect(() => readCatalogCsv(file('\uFEFF\r\n'))).toThrow(ImportFileEmptyError);
  });

  it('refuses more rows than the limit, however many blank lines there are', () => {
    const rows = (n: number) => Array.from({ length: n }, (_, i) => row({ sku_code: `A-${i}` })).join('\n\n');
    expect(readCatalogCsv(file(`${HEADER}\n${rows(3)}\n`), 3).rows).toHaveLength(3);
    expect(() => readCatalogCsv(file(`${HEADER}\n${rows(4)}\n`), 3)).toThrow(ImportTooManyRowsError);
  });
});
