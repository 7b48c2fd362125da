import type { i18n as I18n, TFunction } from 'i18next';

/** A record type (its table name) as people call it; one the console does not know yet, as the API names it. */
export function entityTypeLabel(t: TFunction, i18n: I18n, entityType: string): string {
  return i18n.exists(`auditLog.entityTypes.${entityType}`)
    ? t(`auditLog.entityTypes.${entityType as 'org_unit'}`)
    : entityType;
}
