/**
 * Reading an audit event's `changes` ({field: {from?, to?, redacted?}}) as lines a person can follow. Pure, so
 * the rules are tested without rendering: what is shown, in which form, and what is left out.
 */
export type ChangeLine =
  | { field: string; kind: 'set'; to: unknown }
  | { field: string; kind: 'changed'; from: unknown; to: unknown }
  | { field: string; kind: 'removed'; from: unknown }
  | { field: string; kind: 'redacted' };

/** The record's own id repeats the event's entityId. */
const NOT_SHOWN = new Set(['id']);

function isEmpty(value: unknown): boolean {
  return (
    value === null || value === undefined || value === '' || (Array.isArray(value) && value.length === 0)
  );
}

export function changeLines(changes: Record<string, unknown> | null | undefined): ChangeLine[] {
  const lines: ChangeLine[] = [];
  for (const [field, change] of Object.entries(changes ?? {})) {
    if (NOT_SHOWN.has(field) || typeof change !== 'object' || change === null) continue;
    const { from, to, redacted } = change as { from?: unknown; to?: unknown; redacted?: unknown };
    if (redacted === true) lines.push({ field, kind: 'redacted' });
    else if ('from' in change && 'to' in change) lines.push({ field, kind: 'changed', from, to });
    // A new record's empty fields say nothing.
    else if ('to' in change) {
      if (!isEmpty(to)) lines.push({ field, kind: 'set', to });
    } else if ('from' in change) lines.push({ field, kind: 'removed', from });
  }
  return lines;
}

/** Any recorded value as text; empty values as '' (shown as "(empty)" by the caller). */
export function formatAuditValue(value: unknown): string {
  if (value === null || value === undefined) return '';
  if (typeof value === 'string') return value;
  if (typeof value === 'number' || typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.map(formatAuditValue).join(', ');
  return JSON.stringify(value);
}

export interface RecordedRole {
  role: string;
  /** null: the whole company. */
  orgUnitId: string | null;
}

/** The API records roles as `role` or `role@orgUnitId` (a `set-roles` event). */
export function parseRecordedRole(text: string): RecordedRole {
  const at = text.indexOf('@');
  return at < 0
    ? { role: text, orgUnitId: null }
    : { role: text.slice(0, at), orgUnitId: text.slice(at + 1) };
}

/** Recorded timestamps (createdAt, lastSignedInAt, …) are shown as local dates and times. */
export function isTimestampField(field: string, value: unknown): value is string {
  return field.endsWith('At') && typeof value === 'string' && !Number.isNaN(Date.parse(value));
}
