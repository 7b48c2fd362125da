/** One problem in an import file: the line counts the header as line 1, as a spreadsheet numbers its rows. */
export interface ImportError {
  line: number;
  column?: string;
  message: string;
}

/** What an import did, or would do on a dry run. The counts describe the rows without errors. */
export interface ImportReport {
  dryRun: boolean;
  rows: number;
  productsCreated: number;
  productsUpdated: number;
  skusCreated: number;
  skusUpdated: number;
  pricesChanged: number;
  /** Rows that change nothing: their product, SKU and prices are already as the file says. */
  unchanged: number;
  errors: ImportError[];
}
