import { nextReturnStatus, RETURN_STATUSES, ReturnAction, ReturnKind, ReturnStatus } from './return-states';

const LEGAL: Array<[ReturnStatus, ReturnAction, ReturnKind, ReturnStatus]> = [
  ['requested', 'approve', 'return', 'approved'],
  ['approved', 'receive', 'return', 'received'],
  ['received', 'inspect', 'return', 'inspected'],
  ['inspected', 'refund', 'return', 'refunded'],
  ['inspected', 'exchange', 'exchange', 'exchanged'],
  ['requested', 'reject', 'return', 'rejected'],
  ['approved', 'reject', 'exchange', 'rejected'],
  ['received', 'reject', 'return', 'rejected'],
];
const ACTIONS: ReturnAction[] = ['approve', 'reject', 'receive', 'inspect', 'refund', 'exchange'];

describe('the return state machine', () => {
  it.each(LEGAL)('%s --%s (%s)--> %s', (from, action, kind, to) => {
    expect(nextReturnStatus(from, action, kind)).toBe(to);
  });

  /** Where each action may start, and for which kinds (independent of the implementation's table). */
  const ALLOWED: Record<ReturnAction, { from: ReturnStatus[]; kinds: ReturnKind[] }> = {
    approve: { from: ['requested'], kinds: ['return', 'exchange'] },
    reject: { from: ['requested', 'approved', 'received'], kinds: ['return', 'exchange'] },
    receive: { from: ['approved'], kinds: ['return', 'exchange'] },
    inspect: { from: ['received'], kinds: ['return', 'exchange'] },
    refund: { from: ['inspected'], kinds: ['return'] },
    exchange: { from: ['inspected'], kinds: ['exchange'] },
  };
  const illegal = RETURN_STATUSES.flatMap((from) =>
    ACTIONS.flatMap((action) =>
      (['return', 'exchange'] as const)
        .filter((kind) => !(ALLOWED[action].from.includes(from) && ALLOWED[action].kinds.includes(kind)))
        .map((kind) => [from, action, kind] as const),
    ),
  );

  it.each(illegal)('refuses %s --%s (%s) with 409', (from, action, kind) => {
    expect(() => nextReturnStatus(from, action, kind)).toThrow(
      expect.objectContaining({ status: 409, code: 'RETURN_TRANSITION_NOT_ALLOWED' }),
    );
  });

  it('never refunds an exchange nor exchanges a return', () => {
    expect(() => nextReturnStatus('inspected', 'refund', 'exchange')).toThrow();
    expect(() => nextReturnStatus('inspected', 'exchange', 'return')).toThrow();
  });
});
