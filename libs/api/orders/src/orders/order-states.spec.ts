import {
  initialOrderStatus,
  isEditable,
  nextOrderStatus,
  ORDER_ACTIONS,
  ORDER_STATUSES,
  OrderAction,
  OrderStatus,
} from './order-states';
import { OrderTransitionNotAllowedError } from './order.errors';

const ALLOWED: Array<[OrderStatus, OrderAction, OrderStatus]> = [
  ['pending_payment', 'pay', 'confirmed'],
  ['confirmed', 'allocate', 'allocated'],
  ['allocated', 'ship', 'shipped'],
  ['shipped', 'deliver', 'delivered'],
  ['delivered', 'complete', 'completed'],
  ['pending_payment', 'cancel', 'cancelled'],
  ['confirmed', 'cancel', 'cancelled'],
  ['allocated', 'cancel', 'cancelled'],
];

describe('the order state machine', () => {
  it.each(ALLOWED)('%s --%s--> %s', (from, action, to) => {
    expect(nextOrderStatus(from, action)).toBe(to);
  });

  const illegal = ORDER_STATUSES.flatMap((from) =>
    ORDER_ACTIONS.filter((action) => !ALLOWED.some(([f, a]) => f === from && a === action)).map(
      (action) => [from, action] as const,
    ),
  );

  it('refuses every other pair (all of them)', () => {
    expect(illegal.length).toBe(ORDER_STATUSES.length * ORDER_ACTIONS.length - ALLOWED.length);
  });

  it.each(illegal)('refuses %s --%s-->, naming from and to', (from, action) => {
    let error: unknown;
    try {
      nextOrderStatus(from, action);
    } catch (caught) {
      error = caught;
    }
    expect(error).toBeInstanceOf(OrderTransitionNotAllowedError);
    const refused = error as OrderTransitionNotAllowedError;
    expect(refused.status).toBe(409);
    expect(refused.code).toBe('ORDER_TRANSITION_NOT_ALLOWED');
    expect(refused.from).toBe(from);
    expect(refused.detail).toContain(from);
    expect(refused.detail).toContain(refused.to);
  });

  it('starts COD orders confirmed and prepaid ones waiting for payment', () => {
    expect(initialOrderStatus('cod')).toBe('confirmed');
    expect(initialOrderStatus('prepaid')).toBe('pending_payment');
  });

  it('allows edits exactly until shipment', () => {
    expect(ORDER_STATUSES.filter(isEditable)).toEqual(['pending_payment', 'confirmed', 'allocated']);
  });
});
