import type { ImportReport } from './catalog-transfer.api';

/**
 * Where an import stands. Applying is offered only after a dry run of this very file found no error: the API
 * would refuse anything else as a whole, and the person should see what will change before it does.
 */
export type ImportStep =
  | { kind: 'choose' }
  | { kind: 'checked'; file: File; report: ImportReport }
  | { kind: 'applied'; file: File; report: ImportReport };

export function canApply(step: ImportStep): boolean {
  return (
    step.kind === 'checked' && step.report.dryRun && step.report.errors.length === 0 && step.report.rows > 0
  );
}
