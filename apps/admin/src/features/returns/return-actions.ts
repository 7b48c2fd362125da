import type { Permission, PermissionCheck } from '../../auth/permissions';
import type { ReturnKind, ReturnStatus } from './returns.api';

export type ReturnAction = 'approve' | 'reject' | 'receive' | 'inspect' | 'refund' | 'exchange';

/** The API's state machine (return-states.ts): which step each status allows, and for which kind. */
const NEXT: Record<ReturnStatus, readonly ReturnAction[]> = {
  requested: ['approve', 'reject'],
  approved: ['receive', 'reject'],
  received: ['inspect', 'reject'],
  inspected: ['refund', 'exchange'],
  refunded: [],
  exchanged: [],
  rejected: [],
};

const NEEDS: Record<ReturnAction, Permission> = {
  approve: 'returns:approve',
  reject: 'returns:approve',
  receive: 'returns:inspect',
  inspect: 'returns:inspect',
  refund: 'refunds:issue',
  exchange: 'returns:inspect',
};

/** The steps to offer: allowed by the status and kind, and by the user's permissions. */
export function returnSteps(status: ReturnStatus, kind: ReturnKind, can: PermissionCheck): ReturnAction[] {
  return NEXT[status].filter(
    (step) =>
      can(NEEDS[step]) &&
      !(step === 'refund' && kind !== 'return') &&
      !(step === 'exchange' && kind !== 'exchange'),
  );
}
