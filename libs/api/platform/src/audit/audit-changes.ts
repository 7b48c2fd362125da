import type { AuditChanges } from './audit-event.entity';

/** Columns whose values never enter the audit: their change is recorded, their content is not. */
const SECRET = /password|secret|token|hash/i;
/** Bookkeeping every change touches; recording it would only add noise. */
const IGNORED = new Set(['version', 'updatedAt', 'createdAt']);

type Row = Record<string, unknown>;

export function changesOfCreate(after: Row, properties: string[]): AuditChanges {
  return collect(properties, (p) => (after[p] === undefined ? undefined : { to: normalise(after[p]) }));
}

export function changesOfUpdate(before: Row, after: Row, properties: string[]): AuditChanges {
  return collect(properties, (p) => {
    const from = normalise(before[p]);
    const to = normalise(after[p]);
    return JSON.stringify(from) === JSON.stringify(to) || after[p] === undefined ? undefined : { from, to };
  });
}

export function changesOfDelete(before: Row, properties: string[]): AuditChanges {
  return collect(properties, (p) => (before[p] === undefined ? undefined : { from: normalise(before[p]) }));
}

function collect(
  properties: string[],
  change: (property: string) => AuditChanges[string] | undefined,
): AuditChanges {
  const changes: AuditChanges = {};
  for (const property of properties) {
    if (IGNORED.has(property)) continue;
    const entry = change(property);
    if (!entry) continue;
    changes[property] = SECRET.test(property) ? { redacted: true } : entry;
  }
  return changes;
}

function normalise(value: unknown): unknown {
  if (value instanceof Date) return value.toISOString();
  if (Buffer.isBuffer(value)) return '[binary]';
  return value ?? null;
}
