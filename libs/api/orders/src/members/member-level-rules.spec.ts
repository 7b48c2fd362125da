import { levelForSpend, qualifyingWindowStart } from './member-level-rules';

const ordinary = { id: 'ordinary', thresholdAmount: 0 };
const silver = { id: 'silver', thresholdAmount: 200_000 };
const gold = { id: 'gold', thresholdAmount: 1_000_000 };

describe('levelForSpend', () => {
  it('gives the highest level whose threshold the spend reaches', () => {
    const levels = [gold, ordinary, silver];
    expect(levelForSpend(levels, 0)?.id).toBe('ordinary');
    expect(levelForSpend(levels, 199_999)?.id).toBe('ordinary');
    expect(levelForSpend(levels, 200_000)?.id).toBe('silver');
    expect(levelForSpend(levels, 999_999)?.id).toBe('silver');
    expect(levelForSpend(levels, 1_000_000)?.id).toBe('gold');
    expect(levelForSpend(levels, 50_000_000)?.id).toBe('gold');
  });

  it('gives no level below the lowest threshold, or when there are no levels', () => {
    expect(levelForSpend([silver, gold], 100)).toBeNull();
    expect(levelForSpend([], 1_000_000)).toBeNull();
  });

  it('treats returns that bring spend below zero as no spend', () => {
    expect(levelForSpend([ordinary, silver], -500)?.id).toBe('ordinary');
  });
});

describe('qualifyingWindowStart', () => {
  it('is the same moment one year earlier', () => {
    expect(qualifyingWindowStart(new Date('2026-11-27T08:30:00.000Z')).toISOString()).toBe(
      '2025-11-27T08:30:00.000Z',
    );
  });

  it('starts on 28 February a year after a 29 February (Beijing), not on 1 March', () => {
    expect(qualifyingWindowStart(new Date('2028-02-29T08:30:00.000Z')).toISOString()).toBe(
      '2027-02-28T08:30:00.000Z',
    );
  });
});
