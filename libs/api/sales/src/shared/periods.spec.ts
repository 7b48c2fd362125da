import { parsePeriod } from './periods';

describe('sales periods (Beijing time)', () => {
  it('reads months, quarters and years with Beijing midnight bounds', () => {
    expect(parsePeriod('2026-11')).toEqual({
      kind: 'month',
      key: '2026-11',
      from: new Date('2026-10-31T16:00:00.000Z'),
      to: new Date('2026-11-30T16:00:00.000Z'),
    });
    expect(parsePeriod('2026-Q4')).toMatchObject({
      kind: 'quarter',
      from: new Date('2026-09-30T16:00:00.000Z'),
      to: new Date('2026-12-31T16:00:00.000Z'),
    });
    expect(parsePeriod('2026')).toMatchObject({
      kind: 'year',
      from: new Date('2025-12-31T16:00:00.000Z'),
      to: new Date('2026-12-31T16:00:00.000Z'),
    });
  });

  it('refuses what is not a period', () => {
    for (const key of ['2026-13', '2026-Q5', '26-01', '2026-1', '']) expect(parsePeriod(key)).toBeUndefined();
  });
});
