import fc from 'fast-check';
import { rebateExpiryCutoff } from './rebate-expiry-cutoff';

describe('rebateExpiryCutoff', () => {
  it.each([
    ['2027-03-31T02:30:00.000Z', 1, '2027-02-28T02:30:00.000Z'],
    ['2028-03-31T02:30:00.000Z', 1, '2028-02-29T02:30:00.000Z'],
    ['2027-03-15T23:59:59.000Z', 1, '2027-02-15T23:59:59.000Z'],
    ['2027-01-31T00:00:00.000Z', 12, '2026-01-31T00:00:00.000Z'],
    ['2027-05-31T08:00:00.000Z', 3, '2027-02-28T08:00:00.000Z'],
    ['2027-05-31T08:00:00.000Z', 18, '2025-11-30T08:00:00.000Z'],
  ])('%s less %i months is %s', (now, months, expected) => {
    expect(rebateExpiryCutoff(new Date(now), months).toISOString()).toBe(expected);
  });

  it('lands in the month `months` back, never later in time than the same day would be', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 120 }),
        (now, months) => {
          const cutoff = rebateExpiryCutoff(now, months);
          const monthIndex = (d: Date) => d.getUTCFullYear() * 12 + d.getUTCMonth();
          expect(monthIndex(now) - monthIndex(cutoff)).toBe(months);
          expect(cutoff.getUTCDate()).toBeLessThanOrEqual(now.getUTCDate());
          expect(cutoff.toISOString().slice(11)).toBe(now.toISOString().slice(11));
        },
      ),
    );
  });
});
