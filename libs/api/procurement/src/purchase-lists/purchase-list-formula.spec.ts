import { ReplenishmentFacts, suggestReplenishment } from './purchase-list-formula';

const facts = (overrides: Partial<ReplenishmentFacts> = {}): ReplenishmentFacts => ({
  shippedQuantity: 90,
  windowDays: 30,
  leadTimeDays: 10,
  reviewDays: 7,
  safetyStock: 20,
  reorderPoint: 40,
  reserved: 5,
  onHand: 30,
  inTransit: 10,
  ...overrides,
});

describe('suggestReplenishment', () => {
  it('covers lead time and review period at the window’s velocity, plus safety stock and backlog', () => {
    // 3/day × 17 days = 51; 51 + 20 + 5 − 30 − 10 = 36
    expect(suggestReplenishment(facts())).toEqual({
      velocityPerDay: 3,
      coverageDays: 17,
      expectedDemand: 51,
      belowReorderPoint: true,
      suggestedQuantity: 36,
    });
  });

  it('rounds the expected demand up to whole units', () => {
    // 10 shipped over 30 days × 17 days = 5.67 → 6
    const result = suggestReplenishment(
      facts({ shippedQuantity: 10, safetyStock: 0, reserved: 0, onHand: 0, inTransit: 0 }),
    );
    expect(result.expectedDemand).toBe(6);
    expect(result.suggestedQuantity).toBe(6);
    expect(result.velocityPerDay).toBe(0.333);
  });

  it('never suggests a negative quantity', () => {
    expect(suggestReplenishment(facts({ onHand: 500 })).suggestedQuantity).toBe(0);
  });

  it('counts stock in transit as already bought', () => {
    expect(suggestReplenishment(facts({ inTransit: 46 })).suggestedQuantity).toBe(0);
    expect(suggestReplenishment(facts({ inTransit: 45 })).suggestedQuantity).toBe(1);
  });

  it('still covers safety stock and backlog for a SKU that did not sell', () => {
    const result = suggestReplenishment(facts({ shippedQuantity: 0, onHand: 0, inTransit: 0 }));
    expect(result).toMatchObject({ expectedDemand: 0, suggestedQuantity: 25, belowReorderPoint: true });
  });

  it('refuses an empty window', () => {
    expect(() => suggestReplenishment(facts({ windowDays: 0 }))).toThrow(RangeError);
  });
});
