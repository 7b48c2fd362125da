import fc from 'fast-check';
import { depreciatesIn, depreciationSchedule, disposalGain, nextMonthDepreciation } from './depreciation';

describe('straight-line depreciation', () => {
  it('spreads cost − residual evenly, the last month absorbing the rounding', () => {
    // ¥10,000.00 laptop, ¥400.00 residual, 36 months: 960000 ÷ 36 = 26666.67 → 26666 a month, last 26690.
    const schedule = depreciationSchedule({ cost: 1_000_000, residualValue: 40_000, usefulLifeMonths: 36 });
    expect(schedule).toHaveLength(36);
    expect(schedule.slice(0, 35).every((amount) => amount === 26_666)).toBe(true);
    expect(schedule[35]).toBe(960_000 - 35 * 26_666);
    expect(schedule.reduce((a, b) => a + b, 0)).toBe(960_000);
  });

  it('never lets the last month go negative when the monthly amount is under one fen', () => {
    expect(depreciationSchedule({ cost: 20, residualValue: 0, usefulLifeMonths: 30 })).toEqual([
      ...Array<number>(29).fill(0),
      20,
    ]);
  });

  it('stops once fully depreciated', () => {
    expect(
      nextMonthDepreciation({
        cost: 1000,
        residualValue: 100,
        usefulLifeMonths: 3,
        monthsDepreciated: 3,
        accumulatedDepreciation: 900,
      }),
    ).toBe(0);
  });

  it('totals exactly cost − residual for any asset', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000_000 }),
        fc.integer({ min: 1, max: 600 }),
        fc.double({ min: 0, max: 0.99, noNaN: true }),
        (cost, life, residualShare) => {
          const residualValue = Math.floor(cost * residualShare);
          const schedule = depreciationSchedule({ cost, residualValue, usefulLifeMonths: life });
          expect(schedule.every((amount) => Number.isInteger(amount) && amount >= 0)).toBe(true);
          expect(schedule.reduce((a, b) => a + b, 0)).toBe(cost - residualValue);
        },
      ),
    );
  });

  it('starts the month after the asset enters service (当月增加当月不计提)', () => {
    expect(depreciatesIn('2026-11-15', '2026-11')).toBe(false);
    expect(depreciatesIn('2026-11-15', '2026-12')).toBe(true);
    expect(depreciatesIn('2026-11-01', '2027-01')).toBe(true);
  });

  it('measures a disposal against net book value', () => {
    expect(disposalGain({ cost: 10_000, accumulatedDepreciation: 6_000 }, 5_000)).toBe(1_000);
    expect(disposalGain({ cost: 10_000, accumulatedDepreciation: 6_000 }, 0)).toBe(-4_000);
  });
});
