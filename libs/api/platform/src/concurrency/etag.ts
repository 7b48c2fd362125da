import { DomainError, InvalidInputError } from '../errors/domain-error';

/** The ETag of a versioned record: its version, as a strong entity tag. */
export function etagFor(version: number): string {
  return `"${version}"`;
}

/**
 * The versions an `If-Match` header accepts: undefined when absent or `*` (no precondition), otherwise the
 * listed versions. `W/"3"` is accepted as `"3"`: our tags only ever name a version.
 */
export function parseIfMatch(header: string | undefined): number[] | undefined {
  if (header === undefined || header.trim() === '' || header.trim() === '*') return undefined;
  const versions = header.split(',').map((part) => {
    const match = /^\s*(?:W\/)?"(\d{1,10})"\s*$/.exec(part);
    if (!match) {
      throw new InvalidInputError(
        'INVALID_IF_MATCH',
        'If-Match must hold entity tags such as "3", taken from ETag.',
        [{ field: 'If-Match', message: 'must be an entity tag such as "3"' }],
      );
    }
    return Number(match[1]);
  });
  return versions;
}

export class StaleVersionError extends DomainError {
  constructor(what: string, currentVersion: number) {
    super(412, 'STALE_VERSION', 'Precondition failed', {
      detail: `The ${what} was changed by someone else since you loaded it (it is now version ${currentVersion}). Reload it and apply your change again.`,
      headers: { ETag: etagFor(currentVersion) },
    });
  }
}

/** Throws 412 when the caller sent If-Match and the record has moved on. */
export function assertVersionMatches(what: string, expected: number[] | undefined, current: number): void {
  if (expected !== undefined && !expected.includes(current)) throw new StaleVersionError(what, current);
}
