import { QueryFailedError } from 'typeorm';
import { ProblemDetails, problemType } from './problem-details';
import { isRetryableTransactionError } from '../database/transaction-retry';

/**
 * A last line of defence for database errors a service did not translate itself. The constraint name is
 * safe to show (we name constraints for people); the SQL text and parameters never are.
 */
export function problemFromDatabaseError(error: unknown): ProblemDetails | undefined {
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
