import { OFFICE_HOURS, WorkingTimeCalendar } from '@zhanggui/api-platform';
import { readSla, StatusChange } from './sla-clock';

/** A Beijing wall-clock time as an instant. */
const at = (local: string) => new Date(`${local}+08:00`);

/** The official 2026 days these tests cross: National Day week and the make-up Saturday after it. */
const china = (hours = OFFICE_HOURS) =>
  new WorkingTimeCalendar(
    {
      holidays: ['2026-10-01', '2026-10-02', '2026-10-05', '2026-10-06', '2026-10-07'],
      makeUpWorkdays: ['2026-10-10'],
    },
    hours,
  );
const desk = china([{ start: '09:00', end: '18:00' }]);
const targets = { firstResponseMinutes: 120, resolutionMinutes: 16 * 60 };

/** A clock we move: each reading is taken at `now`. */
function read(history: StatusChange[], now: string, firstPublicReplyAt?: string, calendar = desk) {
  return readSla({
    history,
    firstPublicReplyAt: firstPublicReplyAt ? at(firstPublicReplyAt) : null,
    targets,
    calendar,
    now: at(now),
  });
}

describe('SLA timers on a movable clock', () => {
  const created: StatusChange = { at: at('2026-11-26T16:00'), status: 'new' }; // a Thursday

  it('runs in business minutes only: nothing overnight', () => {
    expect(read([created], '2026-11-26T17:00').firstResponse).toMatchObject({
      elapsedMinutes: 60,
      state: 'running',
      percent: 50,
    });
    // 18:00 → 08:00 next morning: still 120 (the whole target, not yet over it), the desk is closed.
    const morning = read([created], '2026-11-27T08:00');
    expect(morning.firstResponse).toMatchObject({ elapsedMinutes: 120, breached: false, state: 'running' });
    expect(morning.businessHours).toBe(false);
    expect(morning.firstResponse.dueAt).toEqual(at('2026-11-27T09:00'));
    expect(read([created], '2026-11-27T09:01').firstResponse).toMatchObject({
      state: 'breached',
      breached: true,
    });
  });

  it('skips the weekend', () => {
    const friday: StatusChange = { at: at('2026-11-27T17:00'), status: 'new' };
    const monday = read([friday], '2026-11-30T09:30');
    expect(monday.firstResponse.elapsedMinutes).toBe(60 + 30);
    expect(read([friday], '2026-11-29T23:00').firstResponse.elapsedMinutes).toBe(60);
    expect(read([friday], '2026-11-28T12:00').businessHours).toBe(false);
  });

  it('skips public holidays and counts a make-up Saturday as a working day', () => {
    const beforeNationalDay: StatusChange = { at: at('2026-09-30T17:00'), status: 'new' };
    // 1–7 October: holidays and a weekend; 8 and 9 October are worked, 10 October (Saturday) too.
    expect(read([beforeNationalDay], '2026-10-07T17:00').firstResponse.elapsedMinutes).toBe(60);
    expect(read([beforeNationalDay], '2026-10-08T10:00').firstResponse.elapsedMinutes).toBe(120);
    const fridayEvening: StatusChange = { at: at('2026-10-09T17:30'), status: 'new' };
    expect(read([fridayEvening], '2026-10-10T10:00').firstResponse.elapsedMinutes).toBe(30 + 60);
    expect(read([fridayEvening], '2026-10-10T10:00').businessHours).toBe(true);
  });

  it('pauses both clocks while waiting on the customer and resumes where they stopped', () => {
    const history: StatusChange[] = [
      created,
      { at: at('2026-11-26T16:30'), status: 'open' },
      { at: at('2026-11-26T17:00'), status: 'waiting_on_customer' },
    ];
    const waiting = read(history, '2026-11-30T15:00', '2026-11-26T16:45');
    expect(waiting.resolution).toMatchObject({ elapsedMinutes: 60, state: 'paused', dueAt: null });
    const resumed = [...history, { at: at('2026-11-30T15:00'), status: 'open' as const }];
    const later = read(resumed, '2026-11-30T16:00', '2026-11-26T16:45');
    expect(later.resolution).toMatchObject({ elapsedMinutes: 120, state: 'running' });
    expect(later.resolution.dueAt).toEqual(at('2026-12-02T12:00'));
  });

  it('stops first response only at the first public reply; status changes do not stop or reset it', () => {
    const history: StatusChange[] = [
      created,
      { at: at('2026-11-26T16:10'), status: 'open' }, // an agent picks it up: no reply yet
    ];
    // No reply: the clock keeps running through the status change, from creation.
    expect(read(history, '2026-11-26T17:30').firstResponse).toMatchObject({
      elapsedMinutes: 90,
      state: 'running',
    });
    // The reply at 17:40 stops it for good; the reading no longer moves.
    const answered = read(history, '2026-11-27T17:00', '2026-11-26T17:40');
    expect(answered.firstResponse).toMatchObject({
      elapsedMinutes: 100,
      state: 'met',
      breached: false,
      stoppedAt: at('2026-11-26T17:40'),
      dueAt: null,
    });
    // A reply that comes late is recorded as a breach.
    expect(read(history, '2026-11-27T17:00', '2026-11-27T11:00').firstResponse).toMatchObject({
      state: 'breached',
      elapsedMinutes: 120 + 120, // 16:00–18:00 Thu, 09:00–11:00 Fri
    });
  });

  it('stops resolution at resolve, keeps it through close, and resumes it on reopen', () => {
    const resolved: StatusChange[] = [
      created,
      { at: at('2026-11-26T17:00'), status: 'resolved' },
      { at: at('2026-11-27T09:00'), status: 'closed' },
    ];
    expect(read(resolved, '2026-12-01T10:00', '2026-11-26T16:30').resolution).toMatchObject({
      elapsedMinutes: 60,
      state: 'met',
      stoppedAt: at('2026-11-26T17:00'),
    });
    const reopened = [...resolved, { at: at('2026-11-30T09:00'), status: 'open' as const }];
    expect(read(reopened, '2026-11-30T10:00', '2026-11-26T16:30').resolution).toMatchObject({
      elapsedMinutes: 120,
      state: 'running',
      stoppedAt: null,
    });
  });

  it('counts only the desk hours of the policy (office hours skip lunch)', () => {
    const office = china();
    const morning: StatusChange = { at: at('2026-11-27T11:00'), status: 'new' };
    expect(read([morning], '2026-11-27T14:30', undefined, office).firstResponse.elapsedMinutes).toBe(60 + 60);
    expect(read([morning], '2026-11-27T12:30', undefined, office).businessHours).toBe(false);
  });

  it('reads whole minutes, a started one counted, and breaches exactly when the whole minutes pass the target', () => {
    // Answered 9.5 seconds in: a whole minute taken (the ticket stores minutes as integers).
    const quick = read([created], '2026-11-26T16:30', '2026-11-26T16:00:09.500');
    expect(quick.firstResponse).toMatchObject({ elapsedMinutes: 1, remainingMinutes: 119, breached: false });
    // Running 59 minutes and 30 seconds: the 60th minute has started; due exactly at the target's end.
    const running = read([created], '2026-11-26T16:59:30');
    expect(running.firstResponse).toMatchObject({
      elapsedMinutes: 60,
      remainingMinutes: 60,
      state: 'running',
    });
    expect(running.firstResponse.dueAt).toEqual(at('2026-11-26T18:00'));
    // The target itself is met; half a second over it is a breach, read as one minute over.
    expect(read([created], '2026-11-27T09:00').firstResponse).toMatchObject({
      elapsedMinutes: 120,
      remainingMinutes: 0,
      breached: false,
    });
    expect(read([created], '2026-11-27T09:00:00.500').firstResponse).toMatchObject({
      elapsedMinutes: 121,
      remainingMinutes: -1,
      breached: true,
    });
    for (const reading of [quick, running]) {
      expect(Number.isInteger(reading.firstResponse.elapsedMinutes)).toBe(true);
      expect(Number.isInteger(reading.resolution.remainingMinutes)).toBe(true);
    }
  });

  it('does not read the future: changes after now are ignored', () => {
    const history: StatusChange[] = [created, { at: at('2026-11-27T09:00'), status: 'resolved' }];
    expect(read(history, '2026-11-26T17:00').resolution).toMatchObject({
      elapsedMinutes: 60,
      state: 'running',
    });
  });
});
