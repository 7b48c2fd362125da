/**
 * The instant before which earned rebates expire: `now` moved back `months` calendar months, keeping the time
 * of day, on the same day of the month or that month's last day when it is shorter. 31 March less one month is
 * the end of February; Date's own month arithmetic would roll over to 3 March and expire three days too many.
 */
export function rebateExpiryCutoff(now: Date, months: number): Date {
  const cutoff = new Date(now);
  cutoff.setUTCDate(1);
  cutoff.setUTCMonth(cutoff.getUTCMonth() - months);
  const lastDay = new Date(Date.UTC(cutoff.getUTCFullYear(), cutoff.getUTCMonth() + 1, 0)).getUTCDate();
  cutoff.setUTCDate(Math.min(now.getUTCDate(), lastDay));
  return cutoff;
}
