import type { DeliveryStatus, WebhookDelivery } from './webhooks.api';

/** How often the delivery log asks again while a delivery is still on its way. */
export const DELIVERY_REFRESH_MS = 3_000;

const IN_FLIGHT: ReadonlySet<DeliveryStatus> = new Set(['pending', 'retrying']);

/**
 * The delivery log refreshes itself while any delivery shown is still pending or being retried, and stops once
 * every one has succeeded or failed for good (nothing more will change without someone acting).
 */
export function deliveryRefreshInterval(
  deliveries: readonly Pick<WebhookDelivery, 'status'>[] | undefined,
): number | false {
  return deliveries?.some((delivery) => IN_FLIGHT.has(delivery.status)) ? DELIVERY_REFRESH_MS : false;
}
