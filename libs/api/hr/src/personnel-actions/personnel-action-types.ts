/** 人事异动: the kinds of personnel action HR routes for approval (DOMAIN.md, HR duty 9). */
export const PERSONNEL_ACTION_TYPES = [
  'grading',
  'promotion',
  'raise',
  'reward',
  'discipline',
  'internal_transfer',
  'transfer_in',
  'transfer_out',
  'dismissal',
  'resignation',
] as const;
export type PersonnelActionType = (typeof PERSONNEL_ACTION_TYPES)[number];

export const PERSONNEL_ACTION_STATUSES = [
  'pending_approval',
  'approved',
  'rejected',
  'cancelled',
  'effective',
] as const;
export type PersonnelActionStatus = (typeof PERSONNEL_ACTION_STATUSES)[number];

/** What an action may change on the file. */
export interface ActionChanges {
  positionId?: string;
  grade?: string;
  /** New monthly base salary in minor units. */
  salary?: number;
  /** A one-off reward or fine in minor units. */
  amount?: number;
}
type Field = keyof ActionChanges;

interface Rule {
  /** At least one of these must be given. */
  needs: Field[];
  /** What else may be given. */
  may: Field[];
  /** The employee leaves on the effective date (status left). */
  departs?: boolean;
  /** Who may be the subject: everyone still employed, or (transfer in) someone who left for an affiliate. */
  from: 'employed' | 'left';
}

export const ACTION_RULES: Record<PersonnelActionType, Rule> = {
  grading: { needs: ['grade'], may: ['salary'], from: 'employed' },
  promotion: { needs: ['positionId', 'grade'], may: ['salary'], from: 'employed' },
  raise: { needs: ['salary'], may: [], from: 'employed' },
  reward: { needs: ['amount'], may: [], from: 'employed' },
  discipline: { needs: [], may: ['amount'], from: 'employed' },
  internal_transfer: { needs: ['positionId'], may: ['grade', 'salary'], from: 'employed' },
  transfer_in: { needs: ['positionId'], may: ['grade', 'salary'], from: 'left' },
  transfer_out: { needs: [], may: [], departs: true, from: 'employed' },
  dismissal: { needs: [], may: [], departs: true, from: 'employed' },
  resignation: { needs: [], may: [], departs: true, from: 'employed' },
};

const FIELDS: Field[] = ['positionId', 'grade', 'salary', 'amount'];

/**
 * The problem with an action's changes for its type, as [field, message], or null when they fit: what the
 * type needs is there, nothing it does not take is, and a change actually changes something.
 */
export function changesProblem(
  type: PersonnelActionType,
  changes: ActionChanges,
  current: { positionId: string | null; grade: string | null; salary: number | null },
): [string, string] | null {
  const rule = ACTION_RULES[type];
  const given = FIELDS.filter((f) => changes[f] !== undefined);
  const extra = given.find((f) => !rule.needs.includes(f) && !rule.may.includes(f));
  if (extra) return [extra, `is not part of a ${type}`];
  if (rule.needs.length && !rule.needs.some((f) => given.includes(f)))
    return [
      rule.needs[0],
      `is required for a ${type}${rule.needs.length > 1 ? ` (or ${rule.needs.slice(1).join(', ')})` : ''}`,
    ];
  if (changes.positionId !== undefined && changes.positionId === current.positionId && type !== 'transfer_in')
    return ['positionId', 'is the current position'];
  if (type === 'raise' && changes.salary === current.salary) return ['salary', 'is the current salary'];
  if (type === 'grading' && changes.grade === current.grade) return ['grade', 'is the current grade'];
  if (changes.amount !== undefined && changes.amount <= 0) return ['amount', 'must be positive'];
  return null;
}
