import { commissionFor, rateFor, tiersProblem } from './commission-rules';

const tiers = [
  { fromAttainmentBp: 0, rateBp: 0 },
  { fromAttainmentBp: 8_000, rateBp: 100 },
  { fromAttainmentBp: 10_000, rateBp: 200 },
  { fromAttainmentBp: 12_000, rateBp: 300 },
];

describe('commission tiers', () => {
  it('pays the rate of the highest tier reached', () => {
    expect(rateFor(tiers, 7_999)).toBe(0);
    expect(rateFor(tiers, 8_000)).toBe(100);
    expect(rateFor(tiers, 10_500)).toBe(200);
    expect(rateFor(tiers, 20_000)).toBe(300);
  });

  it('computes commission in whole 分 with one rounding', () => {
    expect(commissionFor(1_000_000, 200)).toBe(20_000);
    expect(commissionFor(12_345, 150)).toBe(185); // 185.175 → 185
    expect(commissionFor(-500, 200)).toBe(0);
  });

  it('refuses tiers that leave gaps or overlap', () => {
    expect(tiersProblem(tiers)).toBeUndefined();
    expect(tiersProblem([])).toBeDefined();
    expect(tiersProblem([{ fromAttainmentBp: 100, rateBp: 1 }])).toBeDefined();
    expect(tiersProblem([tiers[0], tiers[2], tiers[1]])).toBeDefined();
  });
});
