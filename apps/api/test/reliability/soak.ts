/**
 * The reliability suites run twice over: a short version inside `npm test` (seconds, so every change is checked)
 * and the long one under `npm run test:soak` (SOAK=1), which turns the same tests up to the full sizes.
 */
export const SOAK = process.env.SOAK === '1';

/** The size of a run: `short` inside `npm test`, `long` under `npm run test:soak`. */
export function soakScale<T>(short: T, long: T): T {
  return SOAK ? long : short;
}

/** Long runs get long timeouts; short ones keep the default budget of a test file. */
export const SOAK_TIMEOUT_MS = SOAK ? 30 * 60_000 : 120_000;
