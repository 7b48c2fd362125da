import { isRetryableTransactionError, retryDelayMs } from './transaction-retry';

describe('transaction retry policy', () => {
  it('retries serialization failures and deadlocks only', () => {
    expect(isRetryableTransactionError({ driverError: { code: '40001' } })).toBe(true);
    expect(isRetryableTransactionError({ code: '40P01' })).toBe(true);
    expect(isRetryableTransactionError({ driverError: { code: '23505' } })).toBe(false);
    expect(isRetryableTransactionError(new Error('boom'))).toBe(false);
    expect(isRetryableTransactionError(undefined)).toBe(false);
  });

  it('backs off exponentially with jitter', () => {
    expect(retryDelayMs(1, () => 0)).toBe(10);
    expect(retryDelayMs(1, () => 1)).toBe(20);
    expect(retryDelayMs(3, () => 0.5)).toBe(60);
  });
});
