import {
  canMove,
  outstanding,
  paymentRunPosting,
  statusAfterPayment,
  supplierStatement,
} from './settlement-rules';

describe('supplier settlement rules', () => {
  it('leaves only what is neither paid nor reserved to pay', () => {
    expect(outstanding({ amount: 10_000, paidAmount: 3_000, reservedAmount: 2_000 })).toBe(5_000);
  });

  it('moves a payable from open through partially paid to paid', () => {
    expect(statusAfterPayment(10_000, 0)).toBe('open');
    expect(statusAfterPayment(10_000, 1)).toBe('partially_paid');
    expect(statusAfterPayment(10_000, 10_000)).toBe('paid');
  });

  it('runs draft → approved → paid, cancellable until paid', () => {
    expect(canMove('draft', 'approved')).toBe(true);
    expect(canMove('draft', 'paid')).toBe(false);
    expect(canMove('approved', 'paid')).toBe(true);
    expect(canMove('approved', 'cancelled')).toBe(true);
    expect(canMove('paid', 'cancelled')).toBe(false);
  });

  it('posts a balanced payment, a debit per supplier', () => {
    const posting = paymentRunPosting({ id: 'r', number: 'PR-1', paymentDate: '2026-11-30' }, [
      { supplierId: 'a', amount: 700 },
      { supplierId: 'b', amount: 300 },
    ]);
    expect(posting.lines.map((l) => [l.accountCode, l.debit ?? 0, l.credit ?? 0])).toEqual([
      ['220202', 700, 0],
      ['220202', 300, 0],
      ['1002', 0, 1000],
    ]);
  });

  it('builds a statement with running and closing balances', () => {
    const statement = supplierStatement(5_000, [
      { date: '2026-11-20', kind: 'payment', reference: 'PR-1', invoiced: 0, paid: 5_000 },
      { date: '2026-11-03', kind: 'invoice', reference: 'SI-1', invoiced: 8_000, paid: 0 },
    ]);
    expect(statement.lines.map((l) => [l.reference, l.balance])).toEqual([
      ['SI-1', 13_000],
      ['PR-1', 8_000],
    ]);
    expect(statement.closing).toBe(8_000);
  });
});
