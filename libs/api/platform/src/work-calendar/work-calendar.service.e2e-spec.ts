import { createTestApp, TestApp } from '../testing';
import { WorkCalendarService } from './work-calendar.service';

describe('the company work calendar', () => {
  let t: TestApp;
  let calendars: WorkCalendarService;

  beforeAll(async () => {
    t = await createTestApp({ imports: [] });
    calendars = t.app.get(WorkCalendarService);
  });
  afterAll(() => t.close());

  it('starts with the official 2025 and 2026 holidays and says which years are maintained', async () => {
    expect(await calendars.maintainedYears()).toEqual([2025, 2026]);
    const calendar = await calendars.calendar();
    expect(calendar.dayKind('2026-02-17')).toBe('holiday');
    expect(calendar.dayKind('2026-02-28')).toBe('make-up-workday');
  });

  it('lets a later year be entered and a date be made ordinary again', async () => {
    await calendars.setDay({ date: '2027-01-01', kind: 'holiday', name: '元旦' });
    expect(await calendars.maintainedYears()).toEqual([2025, 2026, 2027]);
    expect((await calendars.calendar()).isWorkingDay('2027-01-01')).toBe(false);

    await calendars.setDay({ date: '2027-01-01', kind: 'make-up-workday', name: '测试' });
    expect((await calendars.days(2027)).map((day) => [day.date, day.kind])).toEqual([
      ['2027-01-01', 'make-up-workday'],
    ]);

    await calendars.removeDay('2027-01-01');
    expect(await calendars.days(2027)).toEqual([]);
    await expect(calendars.removeDay('2027-01-01')).rejects.toMatchObject({ status: 404 });
  });
});
