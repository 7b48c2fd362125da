import { CHINA_OFFICIAL_CALENDAR_2025_2026 } from './china-official-calendar';
import { WorkingTimeCalendar } from './working-time-calendar';

/** A Beijing wall-clock time as an instant. */
const beijing = (local: string) => new Date(`${local}+08:00`);

const china = new WorkingTimeCalendar({
  holidays: CHINA_OFFICIAL_CALENDAR_2025_2026.filter((d) => d.kind === 'holiday').map((d) => d.date),
  makeUpWorkdays: CHINA_OFFICIAL_CALENDAR_2025_2026.filter((d) => d.kind === 'make-up-workday').map(
    (d) => d.date,
  ),
});

describe('WorkingTimeCalendar', () => {
  it('knows weekends, public holidays and the weekend days worked in exchange', () => {
    expect(china.dayKind('2026-11-27')).toBe('workday'); // Friday
    expect(china.dayKind('2026-11-28')).toBe('weekend');
    expect(china.dayKind('2026-10-05')).toBe('holiday'); // National Day week, a Monday
    expect(china.dayKind('2026-10-10')).toBe('make-up-workday'); // Saturday worked after National Day
    expect(china.isWorkingDay('2026-10-10')).toBe(true);
    expect(china.isWorkingDay('2026-10-05')).toBe(false);
  });

  it('counts working days across a month with a holiday and a make-up day', () => {
    // October 2026: 22 weekdays, 5 of them in the National Day holiday, plus Saturday the 10th worked.
    expect(china.workingDaysBetween('2026-10-01', '2026-10-31')).toHaveLength(22 - 5 + 1);
  });

  it('counts only office hours: nothing overnight, nothing over lunch', () => {
    expect(china.workingMinutesBetween(beijing('2026-11-26T17:00'), beijing('2026-11-27T10:00'))).toBe(
      60 + 60,
    );
    expect(china.workingMinutesBetween(beijing('2026-11-27T11:30'), beijing('2026-11-27T14:00'))).toBe(
      30 + 30,
    );
    expect(china.workingMinutesBetween(beijing('2026-11-27T20:00'), beijing('2026-11-27T22:00'))).toBe(0);
  });

  it('skips the weekend and a week of holiday when adding working time', () => {
    // Friday 17:00 + 2 working hours = Monday 10:00.
    expect(china.addWorkingMinutes(beijing('2026-11-27T17:00'), 120)).toEqual(beijing('2026-11-30T10:00'));
    // The last working afternoon before National Day + 2 hours lands on 8 October, the first day back.
    expect(china.addWorkingMinutes(beijing('2026-09-30T17:00'), 120)).toEqual(beijing('2026-10-08T10:00'));
  });

  it('counts a make-up Saturday as a working day', () => {
    // Friday 9 October 17:00 + 2 hours = Saturday 10 October 10:00, because that Saturday is worked.
    expect(china.addWorkingMinutes(beijing('2026-10-09T17:00'), 120)).toEqual(beijing('2026-10-10T10:00'));
  });

  it('starts the clock at the next working moment when time is added outside working hours', () => {
    expect(china.addWorkingMinutes(beijing('2026-11-28T03:00'), 0)).toEqual(beijing('2026-11-30T09:00'));
    expect(china.addWorkingMinutes(beijing('2026-11-27T12:15'), 30)).toEqual(beijing('2026-11-27T14:00'));
  });

  it('adds and measures consistently', () => {
    const start = beijing('2026-09-28T15:20');
    for (const minutes of [1, 59, 200, 481, 3000]) {
      expect(china.workingMinutesBetween(start, china.addWorkingMinutes(start, minutes))).toBe(minutes);
    }
  });

  it('takes other hours, such as a support desk open 09:00–21:00', () => {
    const desk = new WorkingTimeCalendar({ holidays: [], makeUpWorkdays: [] }, [
      { start: '09:00', end: '21:00' },
    ]);
    expect(desk.addWorkingMinutes(beijing('2026-11-27T20:30'), 60)).toEqual(beijing('2026-11-30T09:30'));
    expect(desk.isWorkingTime(beijing('2026-11-27T20:59'))).toBe(true);
    expect(desk.isWorkingTime(beijing('2026-11-27T21:00'))).toBe(false);
  });

  it('refuses hours that end before they start or overlap', () => {
    const days = { holidays: [], makeUpWorkdays: [] };
    expect(() => new WorkingTimeCalendar(days, [{ start: '18:00', end: '09:00' }])).toThrow();
    expect(
      () =>
        new WorkingTimeCalendar(days, [
          { start: '09:00', end: '13:00' },
          { start: '12:00', end: '18:00' },
        ]),
    ).toThrow();
  });
});
