import { addDays, beijingToday, dashboardDays } from './dashboard-days';

describe('dashboard days (Beijing time)', () => {
  it('bounds today and the month as instants, midnight Beijing being 16:00 UTC the day before', () => {
    const days = dashboardDays('2026-02-28');
    expect(days.today.from.toISOString()).toBe('2026-02-27T16:00:00.000Z');
    expect(days.today.to.toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(days.month).toMatchObject({ key: '2026-02', firstDay: '2026-02-01', lastDay: '2026-02-28' });
    expect(days.month.from.toISOString()).toBe('2026-01-31T16:00:00.000Z');
    expect(days.month.to.toISOString()).toBe('2026-02-28T16:00:00.000Z');
    expect(days.weekAhead).toBe('2026-03-07');
    expect(days.year).toBe('2026');
  });

  it('rolls December into the next year', () => {
    const days = dashboardDays('2026-12-31');
    expect(days.month.lastDay).toBe('2026-12-31');
    expect(days.month.to.toISOString()).toBe('2026-12-31T16:00:00.000Z');
    expect(days.weekAhead).toBe('2027-01-07');
  });

  it('takes today from the Beijing calendar, which runs eight hours ahead of UTC', () => {
    expect(beijingToday(new Date('2026-11-28T15:59:59Z'))).toBe('2026-11-28');
    expect(beijingToday(new Date('2026-11-28T16:00:00Z'))).toBe('2026-11-29');
  });

  it('steps across months and leap days', () => {
    expect(addDays('2028-02-28', 1)).toBe('2028-02-29');
    expect(addDays('2026-03-01', -1)).toBe('2026-02-28');
    expect(addDays('2026-11-29', -30)).toBe('2026-10-30');
  });
});
