import type { i18n as I18n, TFunction } from 'i18next';

/** What an event type means, for the ones the console describes (`*` is "every event"); else nothing. */
export function eventTypeDescription(t: TFunction, i18n: I18n, eventType: string): string | undefined {
  const key = eventType === '*' ? 'all' : eventType;
  return i18n.exists(`webhooks.eventTypes.${key}`) ? t(`webhooks.eventTypes.${key as 'all'}`) : undefined;
}
