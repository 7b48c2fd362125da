import { BusinessRuleError, DomainError, InvalidInputError } from '@zhanggui/api-platform';
import type { ImportReport } from './import-report';

/** dryRun=false with errors in the file: nothing was applied; each error names its line and column. */
export class ImportHasErrorsError extends BusinessRuleError {
  constructor(report: ImportReport) {
    super(
      'IMPORT_HAS_ERRORS',
      `Nothing was imported: the file has ${report.errors.length} error(s). Fix them (a dry run lists them) and import again.`,
      report.errors.map((error) => ({
        field: error.column ? `line ${error.line}: ${error.column}` : `line ${error.line}`,
        message: error.message,
      })),
    );
  }
}

export class ImportFileMissingError extends InvalidInputError {
  constructor() {
    super('FILE_MISSING', 'The upload has no "file" field.', [{ field: 'file', message: 'is required' }]);
  }
}

export class ImportFileNotUtf8Error extends InvalidInputError {
  constructor() {
    super(
      'IMPORT_FILE_NOT_UTF8',
      'The file is not UTF-8 text. In Excel, save it as "CSV UTF-8 (逗号分隔)", not as plain "CSV", which uses GBK.',
      [{ field: 'file', message: 'must be UTF-8 CSV' }],
    );
  }
}

export class ImportFileEmptyError extends InvalidInputError {
  constructor() {
    super('IMPORT_FILE_EMPTY', 'The file is empty: it needs at least the header row.', [
      { field: 'file', message: 'is empty' },
    ]);
  }
}

export class ImportTooManyRowsError extends DomainError {
  constructor(maxRows: number) {
    super(413, 'IMPORT_TOO_MANY_ROWS', 'Too many rows', {
      detail: `An import takes at most ${maxRows} rows; split the file and import the parts one after another.`,
      errors: [{ field: 'file', message: `has more than ${maxRows} rows` }],
    });
  }
}
