import { Injectable } from '@nestjs/common';
import { readCatalogCsv } from './catalog-csv.reader';
import { ImportContextLoader } from './import-context.loader';
import { ImportPlan, planImport } from './import-plan';
import { ImportPlanApplier } from './import-plan.applier';
import type { ImportError, ImportReport } from './import-report';
import { ImportRow, validateRow } from './import-row';
import { ImportHasErrorsError } from './transfer.errors';

/**
 * Imports the catalog CSV: reads it, checks every row against the catalog, and on a real run applies it all
 * or nothing. A dry run only reads, so it can be repeated until the file is clean.
 */
@Injectable()
export class CatalogImportService {
  constructor(
    private readonly contexts: ImportContextLoader,
    private readonly applier: ImportPlanApplier,
  ) {}

  async import(file: Buffer, dryRun: boolean): Promise<ImportReport> {
    const csv = readCatalogCsv(file);
    const errors: ImportError[] = [...csv.errors];
    const rows: ImportRow[] = [];
    for (const line of csv.rows) {
      const validated = validateRow(line);
      errors.push(...validated.errors);
      if (validated.row) rows.push(validated.row);
    }
    const plan = planImport(rows, await this.contexts.load(rows));
    errors.push(...plan.errors);
    const report: ImportReport = {
      dryRun,
      rows: csv.rowCount,
      ...countsOf(plan),
      errors: errors.sort((a, b) => a.line - b.line),
    };
    if (dryRun) return report;
    if (errors.length > 0) throw new ImportHasErrorsError(report);
    await this.applier.apply(plan);
    return report;
  }
}

function countsOf(plan: ImportPlan) {
  const newSkus = [
    ...plan.newProducts.flatMap((product) => product.skus),
    ...plan.newSkus.map(({ sku }) => sku),
  ];
  return {
    productsCreated: plan.newProducts.length,
    productsUpdated: plan.productChanges.length,
    skusCreated: newSkus.length,
    skusUpdated: plan.skuChanges.length,
    pricesChanged:
      plan.priceChanges.length + newSkus.reduce((total, sku) => total + Object.keys(sku.prices).length, 0),
    unchanged: plan.unchanged,
  };
}
