import { QueryFailedError } from 'typeorm';
import { ProblemDetails, problemType } from './problem-details';
import { isRetryableTransactionError } from '../database/transaction-retry';

/**
 * A last line of defence for database errors a service did not translate itself. The constraint name is
 * safe to show (we name constraints for people); the SQL text and parameters never are.
 */
export function problemFromDatabaseError(error: unknown): ProblemDetails | undefined {
  if (isDatabaseUnavailableError(error)) {
    return problem(
      503,
      'DATABASE_UNAVAILABLE',
      'Service unavailable',
      'The database is busy or restarting; nothing was changed. Retry shortly.',
    );
  }
  if (!(error instanceof QueryFailedError)) return undefined;
  const driverError = error.driverError as { code?: string; constraint?: string };
  if (driverError.code === '23505') {
    return problem(409, 'DUPLICATE', 'Conflict', 'A record with the same unique value already exists.');
  }
  if (driverError.code === '23503') {
    return problem(
      409,
      'REFERENCED_RECORD',
      'Conflict',
      'A referenced record does not exist or is still in use.',
    );
  }
  // Values PostgreSQL cannot store that validation let through (found by the fuzz suite: a NUL character in a
  // search filter was a 500). The client sent them, so it is a 400, without echoing the value.
  const refused = UNSTORABLE_SQLSTATES[driverError.code ?? ''];
  if (refused) return problem(400, refused.code, 'Invalid input', refused.detail);
  if (isRetryableTransactionError(error)) {
    return problem(
      503,
      'CONCURRENT_UPDATE',
      'Service unavailable',
      'Too many concurrent changes; retry shortly.',
    );
  }
  return undefined;
}

function problem(status: number, code: string, title: string, detail: string): ProblemDetails {
  return { type: problemType(code), title, status, detail, code };
}

const UNSTORABLE_SQLSTATES: Record<string, { code: string; detail: string }> = {
  '22021': { code: 'INVALID_TEXT', detail: 'Text may not contain the NUL character (\\u0000).' },
  '22P05': { code: 'INVALID_TEXT', detail: 'Text contains a character that cannot be stored.' },
  '22001': { code: 'VALUE_TOO_LONG', detail: 'A text value is longer than the field allows.' },
  '22003': { code: 'VALUE_OUT_OF_RANGE', detail: 'A number is outside the range the field allows.' },
  '22P02': {
    code: 'INVALID_VALUE',
    detail: 'A value is not of the form its field takes (an id, a number, a date).',
  },
};

/** SQLSTATEs of a server shutting down, starting up or a lost connection: the transaction never committed. */
const UNAVAILABLE_SQLSTATES = new Set(['57P01', '57P02', '57P03', '08000', '08001', '08003', '08006']);
const RELEASED_RUNNER_ERRORS = new Set([
  'QueryRunnerAlreadyReleasedError',
  'QueryRunnerProviderAlreadyReleasedError',
]);
const UNAVAILABLE_SOCKET_CODES = new Set(['ECONNREFUSED', 'ECONNRESET', 'EPIPE', 'ETIMEDOUT']);

/**
 * No connection to be had: the pool stayed full past its wait (a burst beyond what the database can take at
 * once) or the server is down or restarting. The request did nothing, so it is a 503 the client may retry
 * (found by the reliability suites: these were 500s under 400 concurrent orders and while PostgreSQL restarted).
 */
export function isDatabaseUnavailableError(error: unknown): boolean {
  if (!(error instanceof Error)) return false;
  const code =
    (error as { driverError?: { code?: string } }).driverError?.code ?? (error as { code?: string }).code;
  if (code && (UNAVAILABLE_SQLSTATES.has(code) || UNAVAILABLE_SOCKET_CODES.has(code))) return true;
  // TypeORM releases a transaction's query runner when its connection dies; the next statement says so.
  if (RELEASED_RUNNER_ERRORS.has(error.name)) return true;
  return /^timeout exceeded when trying to connect$|^Connection terminated/.test(error.message);
}
