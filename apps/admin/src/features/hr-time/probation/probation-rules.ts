/** Days from today until probation ends (negative once it has passed), on Beijing calendar dates. */
export function daysUntil(date: string, today: string): number {
  return Math.round((Date.parse(`${date}T00:00:00Z`) - Date.parse(`${today}T00:00:00Z`)) / 86_400_000);
}

export type Urgency = 'overdue' | 'soon' | 'later';

/** How pressing a review is: past its end, within two weeks (time to book the review), or later. */
export function urgency(endDate: string | null | undefined, today: string): Urgency {
  if (!endDate) return 'later';
  const days = daysUntil(endDate, today);
  if (days < 0) return 'overdue';
  return days <= 14 ? 'soon' : 'later';
}
