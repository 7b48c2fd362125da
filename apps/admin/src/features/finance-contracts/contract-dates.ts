/** Whole days from today (Beijing) to `date` (`YYYY-MM-DD`); negative once past. */
export function daysUntil(date: string, now = new Date()): number {
  const today = new Date(now.getTime() + 8 * 3600_000).toISOString().slice(0, 10);
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}
