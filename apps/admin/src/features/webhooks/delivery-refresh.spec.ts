import { describe, expect, it } from 'vitest';
import { DELIVERY_REFRESH_MS, deliveryRefreshInterval } from './delivery-refresh';
import type { DeliveryStatus } from './webhooks.api';

const log = (...statuses: DeliveryStatus[]) => statuses.map((status) => ({ status }));

describe('deliveryRefreshInterval', () => {
  it('refreshes every few seconds while a delivery waits for its first attempt', () => {
    expect(deliveryRefreshInterval(log('succeeded', 'pending'))).toBe(DELIVERY_REFRESH_MS);
    expect(DELIVERY_REFRESH_MS).toBeLessThanOrEqual(5_000);
  });

  it('refreshes while a delivery is being retried', () => {
    expect(deliveryRefreshInterval(log('failed', 'retrying'))).toBe(DELIVERY_REFRESH_MS);
  });

  it('stops once every delivery succeeded or failed for good', () => {
    expect(deliveryRefreshInterval(log('succeeded', 'failed', 'succeeded'))).toBe(false);
  });

  it('does not poll an empty log, or one not loaded yet', () => {
    expect(deliveryRefreshInterval([])).toBe(false);
    expect(deliveryRefreshInterval(undefined)).toBe(false);
  });
});
