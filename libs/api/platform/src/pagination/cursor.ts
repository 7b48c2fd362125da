import { InvalidInputError } from '../errors/domain-error';

export type CursorValue = string | number;

interface CursorPayload {
  /** The sort the cursor was made for: a cursor from one sort is meaningless under another. */
  s: string;
  /** The sort key and id of the last row of the previous page. */
  v: CursorValue[];
}

export class InvalidCursorError extends InvalidInputError {
  constructor(detail: string) {
    super('INVALID_CURSOR', detail, [{ field: 'cursor', message: detail }]);
  }
}

export function encodeCursor(sort: string, values: CursorValue[]): string {
  return Buffer.from(JSON.stringify({ s: sort, v: values } satisfies CursorPayload)).toString('base64url');
}

export function decodeCursor(cursor: string, sort: string, arity: number): CursorValue[] {
  let payload: CursorPayload;
  try {
    payload = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as CursorPayload;
  } catch {
    throw new InvalidCursorError('cursor is not a cursor this API issued; start again from the first page.');
  }
  const wellFormed =
    payload !== null &&
    typeof payload === 'object' &&
    typeof payload.s === 'string' &&
    Array.isArray(payload.v) &&
    payload.v.length === arity &&
    payload.v.every((v) => typeof v === 'string' || (typeof v === 'number' && Number.isFinite(v)));
  if (!wellFormed) {
    throw new InvalidCursorError('cursor is not a cursor this API issued; start again from the first page.');
  }
  if (payload.s !== sort) {
    throw new InvalidCursorError(
      `cursor was made for sort "${payload.s}", not "${sort}"; start again from the first page.`,
    );
  }
  return payload.v;
}
