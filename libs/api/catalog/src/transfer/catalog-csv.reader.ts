import { CsvError, parse } from 'csv-parse/sync';
import { CATALOG_CSV_COLUMNS, CatalogCsvColumn, CatalogCsvRecord } from './catalog-csv.columns';
import { unprotectFromFormulas } from './catalog-csv.values';
import type { ImportError } from './import-report';
import { ImportFileEmptyError, ImportFileNotUtf8Error, ImportTooManyRowsError } from './transfer.errors';

export const MAX_IMPORT_ROWS = 50_000;

export interface CsvRow {
  line: number;
  record: CatalogCsvRecord;
}

export interface CatalogCsv {
  rows: CsvRow[];
  /** Problems with the file as a whole (header, CSV syntax): when there are any, `rows` is empty. */
  errors: ImportError[];
  /** Data rows in the file, blank lines not counted. */
  rowCount: number;
}

/**
 * Reads an uploaded catalog CSV: UTF-8 with or without a BOM, any line endings, the export's columns in any
 * order. Line numbers are record numbers (header = 1), which is what a spreadsheet shows as row numbers.
 */
export function readCatalogCsv(file: Buffer, maxRows = MAX_IMPORT_ROWS): CatalogCsv {
  const text = decodeUtf8(file);
  if (text.trim() === '') throw new ImportFileEmptyError();
  let records: string[][];
  try {
    // The upload limit bounds the work: the whole file is parsed, then the rows are counted.
    records = parse(text, { bom: true, relax_column_count: true });
  } catch (error) {
    if (!(error instanceof CsvError)) throw error;
    // The record after the last one read is where the syntax broke (an unclosed quote, say).
    const line = typeof error.records === 'number' ? error.records + 1 : 1;
    return { rows: [], rowCount: 0, errors: [{ line, message: `Not valid CSV: ${error.message}` }] };
  }
  const [header, ...data] = records;
  const dataRows = data
    .map((cells, index) => ({ line: index + 2, cells }))
    .filter(({ cells }) => cells.some((cell) => cell.trim() !== ''));
  if (dataRows.length > maxRows) throw new ImportTooManyRowsError(maxRows);

  const columns = header.map((name) => name.trim());
  const headerErrors = checkHeader(columns, dataRows);
  if (headerErrors.length > 0) return { rows: [], rowCount: dataRows.length, errors: headerErrors };

  const rows: CsvRow[] = [];
  const errors: ImportError[] = [];
  const cellsNeeded = columns.findLastIndex((column) => column !== '') + 1;
  for (const { line, cells } of dataRows) {
    const extra = cells.slice(columns.length).some((cell) => cell.trim() !== '');
    if (cells.length < cellsNeeded || extra) {
      errors.push({ line, message: `Has ${cells.length} cells; the header has ${columns.length} columns` });
      continue;
    }
    const record = {} as CatalogCsvRecord;
    columns.forEach((column, index) => {
      if (column !== '') record[column as CatalogCsvColumn] = unprotectFromFormulas(cells[index] ?? '');
    });
    rows.push({ line, record });
  }
  return { rows, errors, rowCount: dataRows.length };
}

function decodeUtf8(file: Buffer): string {
  try {
    return new TextDecoder('utf-8', { fatal: true }).decode(file);
  } catch {
    throw new ImportFileNotUtf8Error();
  }
}

/**
 * Every column of the export, each once, nothing else. A column without a name is tolerated while it is
 * empty: Excel writes such trailing columns after a cell beyond the table was merely formatted.
 */
function checkHeader(columns: string[], dataRows: Array<{ cells: string[] }>): ImportError[] {
  const known = new Set<string>(CATALOG_CSV_COLUMNS);
  const errors: ImportError[] = [];
  columns.forEach((column, index) => {
    if (column === '') {
      if (dataRows.some(({ cells }) => (cells[index] ?? '').trim() !== ''))
        errors.push({ line: 1, message: `Column ${index + 1} has values but no name` });
    } else if (!known.has(column)) {
      errors.push({
        line: 1,
        column,
        message: `Unknown column "${column}"; the columns are ${CATALOG_CSV_COLUMNS.join(', ')}`,
      });
    } else if (columns.indexOf(column) !== index) {
      errors.push({ line: 1, column, message: `Column "${column}" appears twice` });
    }
  });
  for (const column of CATALOG_CSV_COLUMNS) {
    if (!columns.includes(column)) errors.push({ line: 1, column, message: `Column "${column}" is missing` });
  }
  return errors;
}
