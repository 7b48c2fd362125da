import type { Translation } from '../translation';

export const catalogTransfer: Translation['catalogTransfer'] = {
  title: 'Import & export',
  subtitle: 'Export, edit and import products, SKUs and prices in bulk as CSV (opens in Excel).',
  export: {
    title: 'Export',
    text: 'Every SKU with its product and current prices. Importing this file unchanged changes nothing.',
    download: 'Download CSV',
    done: 'Downloaded {{name}}',
  },
  import: {
    title: 'Import',
    text: 'First check the file (nothing is written); once it has no errors, import it: all of it applies, or none.',
    drop: 'Click or drag a CSV file here to check it',
    dropHint:
      'In the export’s format. Prices below the minimum margin must be set in the product editor (they need approval).',
    uploading: 'Upload progress',
    checkedFile: 'Check of {{name}}',
    appliedFile: 'Import of {{name}}',
    apply: 'Import it',
    fixFirst: 'Fix the errors in the file, then check it again.',
    nothing: 'The file has no data rows.',
    appliedMessage: 'Import done',
  },
  counts: {
    rows: 'Rows',
    productsCreated: 'New products',
    productsUpdated: 'Changed products',
    skusCreated: 'New SKUs',
    skusUpdated: 'Changed SKUs',
    pricesChanged: 'Price changes',
    unchanged: 'Unchanged',
    errors: 'Errors',
  },
  errors: {
    title: '{{count}} errors found',
    text: 'Fix the file by line (the header is line 1) and column, then check it again.',
    line: 'Line',
    column: 'Column',
    message: 'Problem',
  },
  clean: {
    dryRun: 'The check found no error. Import it when ready.',
    applied: 'Everything was imported.',
  },
};
