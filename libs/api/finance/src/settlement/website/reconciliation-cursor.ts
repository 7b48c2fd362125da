import { encodeCursor, InvalidInputError } from '@zhanggui/api-platform';

/**
 * Cursors for the raw-SQL lists of the reconciliation (the platform's keyset paginator works on query builders
 * of entities; these lists are read straight from the bulk tables). Same opaque format and the same error.
 */
export function cursorFor(sort: string, value: string): string {
  return encodeCursor(sort, [value]);
}

export function afterCursor(cursor: string | undefined, sort: string, pattern: RegExp): string | undefined {
  if (cursor === undefined) return undefined;
  try {
    const payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as {
      s?: unknown;
      v?: unknown;
    };
    const value = Array.isArray(payload.v) ? payload.v[0] : undefined;
    if (payload.s === sort && typeof value === 'string' && pattern.test(value)) return value;
  } catch {
    // fall through to the refusal below
  }
  throw new InvalidInputError(
    'INVALID_CURSOR',
    'cursor is not a cursor this API issued; start again from the first page.',
    [{ field: 'cursor', message: 'not issued by this list' }],
  );
}
