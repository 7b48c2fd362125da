/** The company's business day is China Standard Time, whatever the server's clock zone. */
const FORMAT = new Intl.DateTimeFormat('en-CA', {
  timeZone: 'Asia/Shanghai',
  year: 'numeric',
  month: '2-digit',
  day: '2-digit',
});

/** The business day (yyyy-mm-dd) a moment falls on. */
export function businessDay(at: Date): string {
  return FORMAT.format(at);
}

/** A yyyy-mm-dd day plus some days. */
export function addDays(day: string, days: number): string {
  const date = new Date(`${day}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}
