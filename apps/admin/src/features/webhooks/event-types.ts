/** The API's rule for an event type: PascalCase (OrderShipped), or `*` for every event. */
export const EVENT_TYPE_PATTERN = /^(\*|[A-Z][A-Za-z]{2,79})$/;

/**
 * Event types offered as suggestions; modules publish more as they arrive, and any PascalCase name can be typed.
 * The key names each one's description in the translations.
 */
export const KNOWN_EVENT_TYPES = ['*', 'OrgUnitCreated', 'OrgUnitUpdated', 'ApprovalDecided'] as const;

/** The event types that break the API's rule, to name them in the field's error. */
export function invalidEventTypes(eventTypes: readonly string[]): string[] {
  return eventTypes.filter((type) => !EVENT_TYPE_PATTERN.test(type));
}
