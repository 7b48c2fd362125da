/** Pure appraisal rules: the cycle's steps, weighted scores, grades and forced distribution. */

export const CYCLE_STATUSES = ['draft', 'self_review', 'manager_review', 'calibration', 'closed'] as const;
export type CycleStatus = (typeof CYCLE_STATUSES)[number];

export function nextStatus(status: CycleStatus): CycleStatus | null {
  const index = CYCLE_STATUSES.indexOf(status);
  return index < CYCLE_STATUSES.length - 1 ? CYCLE_STATUSES[index + 1] : null;
}

export interface KpiItem {
  code: string;
  name: string;
  /** Percent; a template's weights add up to 100. */
  weight: number;
  description?: string;
}

export interface ItemScore {
  code: string;
  score: number;
}

export interface GradeBand {
  grade: string;
  rank: number;
  minScore: number;
  coefficient: number;
}

/** A problem with the template's items, or null. */
export function templateProblem(items: KpiItem[]): { field: string; message: string } | null {
  const codes = new Set(items.map((i) => i.code));
  if (codes.size !== items.length) return { field: 'items', message: 'item codes must be unique' };
  const total = items.reduce((sum, i) => sum + i.weight, 0);
  if (total !== 100) return { field: 'items', message: `weights add up to ${total}, not 100` };
  return null;
}

/** The weighted score (0–100, two decimals); every item must be scored once. */
export function weightedScore(items: KpiItem[], scores: ItemScore[]): number {
  const byCode = new Map(scores.map((s) => [s.code, s.score]));
  if (byCode.size !== scores.length) throw new ScoreError('scores', 'an item is scored twice');
  const unknown = scores.find((s) => !items.some((i) => i.code === s.code));
  if (unknown) throw new ScoreError('scores', `${unknown.code} is not an item of the template`);
  const missing = items.find((i) => !byCode.has(i.code));
  if (missing) throw new ScoreError('scores', `${missing.code} is not scored`);
  const total = items.reduce((sum, i) => sum + byCode.get(i.code)! * i.weight, 0);
  return Math.round(total) / 100;
}

export class ScoreError extends Error {
  constructor(
    readonly field: string,
    message: string,
  ) {
    super(message);
  }
}

/** The grade a score earns: the best band whose minimum it reaches. */
export function gradeFor(score: number, bands: GradeBand[]): string {
  const sorted = [...bands].sort((a, b) => a.rank - b.rank);
  return (sorted.find((b) => score >= b.minScore) ?? sorted[sorted.length - 1]).grade;
}

/**
 * Forced distribution: each capped grade may hold at most its percent of the cycle's people (rounded down,
 * but never below one person when there are people at all). Returns the first grade over its cap.
 */
export function distributionBreach(
  finals: string[],
  caps: Record<string, number>,
): { grade: string; count: number; allowed: number } | null {
  for (const [grade, percent] of Object.entries(caps)) {
    const count = finals.filter((g) => g === grade).length;
    const allowed = finals.length === 0 ? 0 : Math.max(1, Math.floor((finals.length * percent) / 100));
    if (count > allowed) return { grade, count, allowed };
  }
  return null;
}

/** The grade table must rank grades strictly by score: a better rank needs a higher minimum. */
export function gradeTableProblem(bands: GradeBand[]): { field: string; message: string } | null {
  const sorted = [...bands].sort((a, b) => a.rank - b.rank);
  if (new Set(bands.map((b) => b.grade)).size !== bands.length)
    return { field: 'grades', message: 'grades must be unique' };
  if (new Set(bands.map((b) => b.rank)).size !== bands.length)
    return { field: 'grades', message: 'ranks must be unique' };
  for (let i = 1; i < sorted.length; i++)
    if (sorted[i].minScore >= sorted[i - 1].minScore)
      return {
        field: 'grades',
        message: `${sorted[i].grade} must need a lower score than ${sorted[i - 1].grade}`,
      };
  if (sorted[sorted.length - 1].minScore !== 0)
    return { field: 'grades', message: 'the lowest grade must start at 0 so every score has a grade' };
  return null;
}
