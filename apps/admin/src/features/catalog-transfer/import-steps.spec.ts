import { describe, expect, it } from 'vitest';
import type { ImportReport } from './catalog-transfer.api';
import { canApply } from './import-steps';

const report = (overrides: Partial<ImportReport> = {}): ImportReport => ({
  dryRun: true,
  rows: 3,
  productsCreated: 1,
  productsUpdated: 0,
  skusCreated: 2,
  skusUpdated: 0,
  pricesChanged: 2,
  unchanged: 1,
  errors: [],
  ...overrides,
});
const file = new File(['sku_code\n'], 'catalog.csv', { type: 'text/csv' });

describe('canApply', () => {
  it('allows applying after a clean dry run', () => {
    expect(canApply({ kind: 'checked', file, report: report() })).toBe(true);
  });

  it('refuses while the dry run found errors, or before one', () => {
    expect(
      canApply({
        kind: 'checked',
        file,
        report: report({ errors: [{ line: 4, column: 'price_website', message: 'x' }] }),
      }),
    ).toBe(false);
    expect(canApply({ kind: 'choose' })).toBe(false);
    expect(canApply({ kind: 'applied', file, report: report({ dryRun: false }) })).toBe(false);
  });
});
