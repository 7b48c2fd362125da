import { monthsBefore } from '@zhanggui/api-platform';

/** What the level rule needs of a level: where it starts. */
export interface LevelThreshold {
  id: string;
  /** Completed-order spend over the last 12 months, in minor units (分), from which the level applies. */
  thresholdAmount: number;
}

/**
 * The level a member holds for their qualifying spend: the highest level whose threshold the spend reaches.
 * Null when no level starts low enough (a company with no entry level at 0 leaves new members unlevelled).
 */
export function levelForSpend<Level extends LevelThreshold>(
  levels: readonly Level[],
  spendMinor: number,
): Level | null {
  // Returns can leave a net negative: it is no spend, not less than none.
  const spend = Math.max(0, spendMinor);
  let best: Level | null = null;
  for (const level of levels) {
    if (level.thresholdAmount <= spend && (!best || level.thresholdAmount > best.thresholdAmount))
      best = level;
  }
  return best;
}

/** Spend counts for a level for 12 months: the rolling window that ends now starts here. */
export function qualifyingWindowStart(now: Date): Date {
  return monthsBefore(now, 12);
}
