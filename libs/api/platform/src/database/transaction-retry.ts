/** PostgreSQL SQLSTATEs that mean "run the whole transaction again": serialization failure and deadlock. */
const RETRYABLE_SQLSTATES = new Set(['40001', '40P01']);

export const MAX_TRANSACTION_ATTEMPTS = 4;

export function isRetryableTransactionError(error: unknown): boolean {
  const code =
    (error as { driverError?: { code?: string } })?.driverError?.code ?? (error as { code?: string })?.code;
  return typeof code === 'string' && RETRYABLE_SQLSTATES.has(code);
}

/** Jittered exponential backoff: 10–20 ms, 20–40 ms, 40–80 ms, so retried transactions do not collide again. */
export function retryDelayMs(attempt: number, random: () => number = Math.random): number {
  const base = 10 * 2 ** (attempt - 1);
  return Math.round(base + base * random());
}
