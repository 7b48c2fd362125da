import { beijingDate } from '../work-calendar/beijing-time';
import { WorkCalendarService } from '../work-calendar/work-calendar.service';
import type { TestApp } from './test-app';

/**
 * Makes `year` a maintained year of the company calendar, as HR does once the State Council has announced its
 * holidays (New Year's Day is enough to count). The seeded official calendar ends with the years known when it
 * was written; a test about "last month" or "this month" must not start failing when the real year moves on.
 */
export async function ensureCalendarYear(t: TestApp, year: number): Promise<void> {
  const calendar = t.app.get(WorkCalendarService);
  if ((await calendar.maintainedYears()).includes(year)) return;
  await calendar.setDay({ date: `${year}-01-01`, kind: 'holiday', name: '元旦' });
}

/**
 * Makes today and tomorrow (Beijing) working days, so working-time clocks (a 24-hour SLA desk's, say) run
 * during the test whatever day it runs on; on a weekend or holiday they would stand still at 0 minutes.
 */
export async function clocksRunToday(t: TestApp): Promise<void> {
  const calendar = t.app.get(WorkCalendarService);
  for (const instant of [new Date(), new Date(Date.now() + 86_400_000)])
    await calendar.setDay({ date: beijingDate(instant), kind: 'make-up-workday', name: '测试：时钟照走' });
}
