import type { CycleStatus, Grade } from './appraisal.api';

export interface DistributionRow {
  grade: string;
  count: number;
  /** Share of everyone appraised, in whole percent. */
  percent: number;
  /** The forced-distribution cap in percent, if the cycle has one for the grade. */
  limit: number | undefined;
  /** Over the cap: the cycle will not close until calibration brings it down. */
  over: boolean;
  coefficient: number | undefined;
}

/**
 * The calibration table's rows: every grade of the grade table best first (with the people in each), then any
 * grade found in the counts that the table no longer has.
 */
export function distributionRows(
  distribution: Record<string, number>,
  grades: readonly Grade[],
  forced: Record<string, number> | null | undefined,
): DistributionRow[] {
  const total = Object.values(distribution).reduce((sum, n) => sum + n, 0);
  const known = [...grades].sort((a, b) => a.rank - b.rank).map((g) => g.grade);
  const extra = Object.keys(distribution).filter((g) => !known.includes(g));
  return [...known, ...extra].map((grade) => {
    const count = distribution[grade] ?? 0;
    const percent = total === 0 ? 0 : Math.round((count * 100) / total);
    const limit = forced?.[grade];
    return {
      grade,
      count,
      percent,
      limit,
      // Compared on counts, not the rounded percent: 2 of 9 is 22.2%, over a 22% cap.
      over: limit !== undefined && count * 100 > limit * total,
      coefficient: grades.find((g) => g.grade === grade)?.coefficient,
    };
  });
}

/** What the "next step" button says for a status, or undefined once the cycle is closed. */
export function nextStep(status: CycleStatus): Exclude<CycleStatus, 'draft'> | undefined {
  const order = ['draft', 'self_review', 'manager_review', 'calibration', 'closed'] as const;
  const next = order[order.indexOf(status) + 1];
  return next === 'draft' ? undefined : next;
}
