import fc from 'fast-check';
import { beijingDate, monthsBefore } from './beijing-time';

describe('monthsBefore', () => {
  it.each([
    ['2027-03-31T02:30:00.000Z', 1, '2027-02-28T02:30:00.000Z'],
    ['2028-03-31T02:30:00.000Z', 1, '2028-02-29T02:30:00.000Z'],
    ['2027-03-15T10:00:00.000Z', 1, '2027-02-15T10:00:00.000Z'],
    ['2028-02-29T08:30:00.000Z', 12, '2027-02-28T08:30:00.000Z'],
    ['2027-05-31T08:00:00.000Z', 18, '2025-11-30T08:00:00.000Z'],
    // 1 April 04:00 in Beijing is still 31 March in UTC: the months are Beijing's, so 1 March 04:00 in Beijing.
    ['2027-03-31T20:00:00.000Z', 1, '2027-02-28T20:00:00.000Z'],
    // 31 May 02:00 in Beijing (30 May in UTC): 30 April 02:00 in Beijing, the month's last day.
    ['2027-05-30T18:00:00.000Z', 1, '2027-04-29T18:00:00.000Z'],
  ])('%s less %i months is %s', (now, months, expected) => {
    expect(monthsBefore(new Date(now), months).toISOString()).toBe(expected);
  });

  it('lands `months` back in Beijing’s calendar, on the same or an earlier day, at the same time of day', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('2000-01-01'), max: new Date('2100-01-01'), noInvalidDate: true }),
        fc.integer({ min: 1, max: 120 }),
        (now, months) => {
          const [from, to] = [beijingDate(now), beijingDate(monthsBefore(now, months))];
          const monthIndex = (date: string) => Number(date.slice(0, 4)) * 12 + Number(date.slice(5, 7));
          expect(monthIndex(from) - monthIndex(to)).toBe(months);
          expect(Number(to.slice(8))).toBeLessThanOrEqual(Number(from.slice(8)));
          expect((now.getTime() - monthsBefore(now, months).getTime()) % 86_400_000).toBe(0);
        },
      ),
    );
  });
});
