import { Delivery, rateSupplier } from './supplier-rating';

const delivery = (overrides: Partial<Delivery>): Delivery => ({
  expectedDate: '2026-03-10',
  ordered: 10,
  received: 10,
  completedOn: '2026-03-09',
  ...overrides,
});

describe('rateSupplier', () => {
  it('has no score without history', () => {
    expect(rateSupplier([], '2026-03-20')).toEqual({ deliveries: 0, onTime: 0, complete: 0, score: null });
  });

  it('scores full, on-time deliveries 100', () => {
    expect(rateSupplier([delivery({}), delivery({ completedOn: '2026-03-10' })], '2026-03-20').score).toBe(
      100,
    );
  });

  it('counts a late but complete delivery as complete, not on time', () => {
    expect(rateSupplier([delivery({ completedOn: '2026-03-12' })], '2026-03-20')).toEqual({
      deliveries: 1,
      onTime: 0,
      complete: 1,
      score: 50,
    });
  });

  it('counts an overdue partial delivery against both', () => {
    expect(rateSupplier([delivery({ received: 4, completedOn: null }), delivery({})], '2026-03-20')).toEqual({
      deliveries: 2,
      onTime: 1,
      complete: 1,
      score: 50,
    });
  });

  it('ignores orders not yet due and still open', () => {
    expect(
      rateSupplier([delivery({ expectedDate: '2026-04-01', received: 0, completedOn: null })], '2026-03-20')
        .deliveries,
    ).toBe(0);
  });
});
