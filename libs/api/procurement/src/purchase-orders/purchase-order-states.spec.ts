import {
  nextPurchaseOrderStatus,
  PURCHASE_ORDER_STATUSES,
  PurchaseOrderAction,
  PurchaseOrderStatus,
  PurchaseOrderTransitionError,
} from './purchase-order-states';

const run = (from: PurchaseOrderStatus, ...actions: PurchaseOrderAction[]) =>
  actions.reduce((status, action) => nextPurchaseOrderStatus(status, action), from);

describe('the purchase order state machine', () => {
  it('approves at once below the threshold and waits for the GM above it', () => {
    expect(run('draft', { type: 'submit', needsApproval: false })).toBe('approved');
    expect(run('draft', { type: 'submit', needsApproval: true })).toBe('pending_approval');
    expect(run('draft', { type: 'submit', needsApproval: true }, { type: 'approve' })).toBe('approved');
  });

  it('returns a rejected order to draft, to be changed and submitted again', () => {
    expect(run('pending_approval', { type: 'reject' })).toBe('draft');
  });

  it('walks an order from approval to closed through partial receipts', () => {
    expect(
      run(
        'approved',
        { type: 'send' },
        { type: 'receive', complete: false },
        { type: 'receive', complete: false },
        { type: 'receive', complete: true },
        { type: 'close' },
      ),
    ).toBe('closed');
  });

  it('closes a partially received order short', () => {
    expect(run('partially_received', { type: 'close' })).toBe('closed');
  });

  it('cancels from draft, approved or sent only', () => {
    const cancellable = PURCHASE_ORDER_STATUSES.filter((status) => {
      try {
        nextPurchaseOrderStatus(status, { type: 'cancel' });
        return true;
      } catch {
        return false;
      }
    });
    expect(cancellable).toEqual(['draft', 'approved', 'sent']);
  });

  it('refuses receipts before the order is sent, and anything after closed or cancelled', () => {
    expect(() => nextPurchaseOrderStatus('approved', { type: 'receive', complete: true })).toThrow(
      PurchaseOrderTransitionError,
    );
    expect(() => nextPurchaseOrderStatus('draft', { type: 'send' })).toThrow(
      'A purchase order that is draft cannot be sent',
    );
    for (const terminal of ['closed', 'cancelled'] as const) {
      for (const action of [
        { type: 'submit', needsApproval: false },
        { type: 'approve' },
        { type: 'send' },
        { type: 'receive', complete: true },
        { type: 'close' },
        { type: 'cancel' },
      ] as PurchaseOrderAction[]) {
        expect(() => nextPurchaseOrderStatus(terminal, action)).toThrow(PurchaseOrderTransitionError);
      }
    }
  });

  it('does not approve twice or submit an approved order again', () => {
    expect(() => nextPurchaseOrderStatus('approved', { type: 'approve' })).toThrow();
    expect(() => nextPurchaseOrderStatus('approved', { type: 'submit', needsApproval: false })).toThrow();
  });
});
