import { ReturnTransitionNotAllowedError } from './returns.errors';

export const RETURN_STATUSES = [
  'requested',
  'approved',
  'received',
  'inspected',
  'refunded',
  'exchanged',
  'rejected',
] as const;
export type ReturnStatus = (typeof RETURN_STATUSES)[number];
export const RETURN_KINDS = ['return', 'exchange'] as const;
export type ReturnKind = (typeof RETURN_KINDS)[number];
export type ReturnAction = 'approve' | 'reject' | 'receive' | 'inspect' | 'refund' | 'exchange';

const TRANSITIONS: Record<
  ReturnAction,
  { from: readonly ReturnStatus[]; to: ReturnStatus; kind?: ReturnKind }
> = {
  approve: { from: ['requested'], to: 'approved' },
  // Once inspected, the outcome is a refund or an exchange; before that a request can still be turned down.
  reject: { from: ['requested', 'approved', 'received'], to: 'rejected' },
  receive: { from: ['approved'], to: 'received' },
  inspect: { from: ['received'], to: 'inspected' },
  refund: { from: ['inspected'], to: 'refunded', kind: 'return' },
  exchange: { from: ['inspected'], to: 'exchanged', kind: 'exchange' },
};

/**
 * The one place a return's life is decided: requested → approved → received → inspected → refunded (a
 * return) or exchanged (an exchange); rejected with a reason before inspection. Anything else is 409.
 */
export function nextReturnStatus(from: ReturnStatus, action: ReturnAction, kind: ReturnKind): ReturnStatus {
  const transition = TRANSITIONS[action];
  if (!transition.from.includes(from) || (transition.kind && transition.kind !== kind))
    throw new ReturnTransitionNotAllowedError(from, transition.to, action, kind);
  return transition.to;
}

/** Returns still holding their units against the order's lines (a rejected one gives them back). */
export function holdsUnits(status: ReturnStatus): boolean {
  return status !== 'rejected';
}
