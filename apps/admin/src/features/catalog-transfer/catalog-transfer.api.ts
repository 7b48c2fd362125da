import type { ApiSchemas } from '../../api/client';
import { downloadFile, uploadFile, type UploadOptions } from '../../shared/transfer/authorized-transfer';

export type ImportReport = ApiSchemas['ImportReportResponse'];
export type ImportError = ApiSchemas['ImportErrorView'];

/** Every SKU with its product and current prices, as the CSV the import reads back. */
export function downloadCatalogCsv(): Promise<string> {
  return downloadFile('/api/v1/catalog/export', 'catalog.csv');
}

/** dryRun: only report what would change. Otherwise apply all of it, or (422 IMPORT_HAS_ERRORS) none. */
export function importCatalogCsv(
  file: File,
  dryRun: boolean,
  options?: UploadOptions,
): Promise<ImportReport> {
  return uploadFile(`/api/v1/catalog/import?dryRun=${dryRun}`, file, options);
}
