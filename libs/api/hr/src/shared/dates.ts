/** Calendar arithmetic on `YYYY-MM-DD` dates (business days are Beijing's; see beijingDate). */
export { addDays, addMonths } from '@zhanggui/api-platform';

export function daysBetween(from: string, to: string): number {
  return Math.round((Date.parse(`${to}T00:00:00Z`) - Date.parse(`${from}T00:00:00Z`)) / 86_400_000);
}
