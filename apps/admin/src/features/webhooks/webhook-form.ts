import type { WebhookChanges, WebhookSubscription } from './webhooks.api';

export interface WebhookFormValues {
  name: string;
  url: string;
  eventTypes: string[];
}

export function formValuesOf(subscription: WebhookSubscription): WebhookFormValues {
  return { name: subscription.name, url: subscription.url, eventTypes: [...subscription.eventTypes] };
}

/** An absolute http(s) URL; whether its host is public is for the API to judge (it resolves the name). */
export function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text.trim());
    return (url.protocol === 'http:' || url.protocol === 'https:') && url.hostname !== '';
  } catch {
    return false;
  }
}

/** Only what the user changed (the API keeps event types sorted and unique, so order does not count). */
export function webhookChangesBetween(
  base: WebhookSubscription,
  values: WebhookFormValues,
): WebhookChanges | undefined {
  const changes: WebhookChanges = {};
  if (values.name.trim() !== base.name) changes.name = values.name.trim();
  if (values.url.trim() !== base.url) changes.url = values.url.trim();
  const types = [...new Set(values.eventTypes)].sort();
  if (types.join() !== [...base.eventTypes].sort().join()) changes.eventTypes = types;
  return Object.keys(changes).length > 0 ? changes : undefined;
}
