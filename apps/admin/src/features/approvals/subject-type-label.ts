import type { i18n as I18n, TFunction } from 'i18next';

/**
 * What a request is about (`sku_price`: pricing's below-margin prices), as people call it. Modules bring new
 * types as they arrive; one the console does not know yet shows as the API names it.
 */
export function subjectTypeLabel(t: TFunction, i18n: I18n, subjectType: string): string {
  return i18n.exists(`approvals.subjectTypes.${subjectType}`)
    ? t(`approvals.subjectTypes.${subjectType as 'sku_price'}`)
    : subjectType;
}
