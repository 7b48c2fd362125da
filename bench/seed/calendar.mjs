// Beijing calendar arithmetic for the seed (China keeps one zone, no daylight saving: UTC+8 all year).
const DAY_MS = 86_400_000;
const BEIJING_MS = 8 * 3_600_000;

/** The Beijing date (YYYY-MM-DD) of the instant `ms`. */
export const beijingDay = (ms) => new Date(ms + BEIJING_MS).toISOString().slice(0, 10);

/** The instant of `day` at `minutes` past Beijing midnight. */
export const beijingInstant = (day, minutes) =>
  Date.parse(`${day}T00:00:00Z`) - BEIJING_MS + minutes * 60_000;

/** The date `n` days after `day`. */
export const addDays = (day, n) =>
  new Date(Date.parse(`${day}T00:00:00Z`) + n * DAY_MS).toISOString().slice(0, 10);

/**
 * Working days from `from` to `to` (inclusive) by the company's calendar, as attendance counts them: Monday to
 * Friday, less the holidays, plus the make-up workdays (调休) that fall on a weekend.
 * `exceptions` maps a date to 'holiday' or 'make-up-workday'.
 */
export function workingDays(from, to, exceptions) {
  const days = [];
  for (let day = from; day <= to; day = addDays(day, 1)) {
    const kind = exceptions.get(day);
    const weekday = new Date(`${day}T00:00:00Z`).getUTCDay();
    if (kind === 'make-up-workday' || (kind !== 'holiday' && weekday >= 1 && weekday <= 5)) days.push(day);
  }
  return days;
}
