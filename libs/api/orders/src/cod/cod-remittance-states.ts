import { CodRemittanceTransitionError } from './cod.errors';

export const COD_REMITTANCE_STATUSES = [
  'awaiting_cash',
  'handed_in',
  'confirmed',
  'discrepancy',
  'resolved',
] as const;
export type CodRemittanceStatus = (typeof COD_REMITTANCE_STATUSES)[number];

export const DISCREPANCY_RESOLUTIONS = ['recovered', 'written_off', 'counting_error'] as const;
export type DiscrepancyResolution = (typeof DISCREPANCY_RESOLUTIONS)[number];

type Action = 'hand-in' | 'confirm' | 'note' | 'resolve';

const FROM: Record<Action, readonly CodRemittanceStatus[]> = {
  'hand-in': ['awaiting_cash'],
  confirm: ['handed_in'],
  note: ['discrepancy'],
  resolve: ['discrepancy'],
};

/**
 * awaiting_cash → handed_in → confirmed (the cash matches) or discrepancy (it does not) → resolved.
 * Finance confirms once: a second confirmation finds the batch no longer handed_in (409).
 */
export function assertRemittanceStep(status: CodRemittanceStatus, action: Action): void {
  if (!FROM[action].includes(status)) throw new CodRemittanceTransitionError(status, action);
}

/** Where a confirmation leads: a difference between cash and expectation is a discrepancy to follow up. */
export function confirmedStatus(expected: number, handedIn: number): 'confirmed' | 'discrepancy' {
  return expected === handedIn ? 'confirmed' : 'discrepancy';
}
