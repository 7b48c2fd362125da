import type { ActionType } from './personnel-actions.api';

export type ChangeField = 'positionId' | 'grade' | 'salary' | 'amount';

/**
 * Which changes the form asks for per type (the API's ACTION_RULES): `needs` are required, `may` optional.
 * Departures (transfer out, dismissal, resignation) take only the leave date and the reason.
 */
export const ACTION_FIELDS: Record<ActionType, { needs: ChangeField[]; may: ChangeField[] }> = {
  grading: { needs: ['grade'], may: ['salary'] },
  promotion: { needs: ['positionId', 'grade'], may: ['salary'] },
  raise: { needs: ['salary'], may: [] },
  reward: { needs: ['amount'], may: [] },
  discipline: { needs: [], may: ['amount'] },
  internal_transfer: { needs: ['positionId'], may: ['grade', 'salary'] },
  transfer_in: { needs: ['positionId'], may: ['grade', 'salary'] },
  transfer_out: { needs: [], may: [] },
  dismissal: { needs: [], may: [] },
  resignation: { needs: [], may: [] },
};

export function fieldsFor(type: ActionType): Array<{ field: ChangeField; required: boolean }> {
  const rule = ACTION_FIELDS[type];
  return [
    ...rule.needs.map((field) => ({ field, required: true })),
    ...rule.may.map((field) => ({ field, required: false })),
  ];
}
