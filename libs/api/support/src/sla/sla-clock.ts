import type { WorkingTimeCalendar } from '@zhanggui/api-platform';
import { CLOCK_STOPPED, TicketStatus } from '../tickets/ticket-states';

/** One status the ticket entered, and when. The first entry is the ticket's creation. */
export interface StatusChange {
  at: Date;
  status: TicketStatus;
}

export interface SlaTargets {
  firstResponseMinutes: number;
  resolutionMinutes: number;
}

export type TimerState = 'running' | 'paused' | 'met' | 'breached';

export interface TimerReading {
  targetMinutes: number;
  /** Business minutes the clock has run, a started minute counted whole (so more than the target ⇔ breached). */
  elapsedMinutes: number;
  /** Business minutes left, the target less the elapsed minutes (negative once breached). */
  remainingMinutes: number;
  /** elapsed ÷ target, in whole percent. */
  percent: number;
  /** When the target falls due if the clock keeps running from now; null while paused or stopped. */
  dueAt: Date | null;
  /** When the clock stopped for good (first public reply, or resolution). */
  stoppedAt: Date | null;
  state: TimerState;
  breached: boolean;
}

export interface SlaReading {
  firstResponse: TimerReading;
  resolution: TimerReading;
  /** Whether `now` is inside the policy's desk hours: reminders are only sent then. */
  businessHours: boolean;
}

/**
 * The SLA timers of one ticket, computed from nothing but its status history, the first public reply of an
 * agent, the policy's targets and the calendar (company holidays with the desk's hours) at `now`.
 *
 * - Both clocks run only in business minutes and only while the status is new or open: waiting on the
 *   customer pauses them; resolving stops the resolution clock, and a reopen starts it again where it was.
 * - The first-response clock is stopped by the first PUBLIC reply of an agent and by nothing else: internal
 *   notes, field updates and status changes neither stop nor reset it. A ticket resolved without any public
 *   reply stops its first-response clock at the resolution (it can no longer be answered late).
 */
export function readSla(input: {
  history: readonly StatusChange[];
  firstPublicReplyAt: Date | null;
  targets: SlaTargets;
  calendar: WorkingTimeCalendar;
  now: Date;
}): SlaReading {
  const { history, calendar, now } = input;
  const changes = [...history].filter((change) => change.at <= now).sort((a, b) => +a.at - +b.at);
  if (changes.length === 0) throw new Error('A ticket has at least its creation in its history');

  const current = changes[changes.length - 1].status;
  const resolvedAt = current === 'resolved' || current === 'closed' ? lastEntryInto(changes, current) : null;

  const firstStop =
    input.firstPublicReplyAt && input.firstPublicReplyAt <= now
      ? input.firstPublicReplyAt
      : firstResolution(changes);
  const firstResponse = timer(changes, input.targets.firstResponseMinutes, firstStop, calendar, now);
  const resolution = timer(changes, input.targets.resolutionMinutes, resolvedAt, calendar, now);
  return { firstResponse, resolution, businessHours: calendar.isWorkingTime(now) };
}

function timer(
  changes: readonly StatusChange[],
  target: number,
  stoppedAt: Date | null,
  calendar: WorkingTimeCalendar,
  now: Date,
): TimerReading {
  const end = stoppedAt ?? now;
  let elapsed = 0;
  for (let i = 0; i < changes.length; i++) {
    const from = changes[i].at;
    if (from >= end) break;
    if (CLOCK_STOPPED.has(changes[i].status)) continue;
    const next = changes[i + 1]?.at ?? end;
    const to = next < end ? next : end;
    elapsed += calendar.workingMinutesBetween(from, to);
  }
  // The clock runs in milliseconds; readings and the ticket's metric columns are whole minutes. A started
  // minute counts whole: with a whole-minute target, elapsed > target exactly when its ceiling is.
  const elapsedMinutes = Math.ceil(elapsed);
  const breached = elapsed > target;
  const running = stoppedAt === null && !CLOCK_STOPPED.has(changes[changes.length - 1].status);
  let state: TimerState;
  if (stoppedAt) state = breached ? 'breached' : 'met';
  else if (breached) state = 'breached';
  else state = running ? 'running' : 'paused';
  return {
    targetMinutes: target,
    elapsedMinutes,
    remainingMinutes: target - elapsedMinutes,
    percent: Math.floor((elapsed * 100) / target),
    dueAt: running ? calendar.addWorkingMinutes(now, Math.max(target - elapsed, 0)) : null,
    stoppedAt,
    state,
    breached,
  };
}

function lastEntryInto(changes: readonly StatusChange[], status: TicketStatus): Date {
  // Closing does not move the resolution time: the clock stopped when the ticket was resolved.
  for (let i = changes.length - 1; i >= 0; i--) {
    if (changes[i].status === 'resolved') return changes[i].at;
    if (changes[i].status !== status && changes[i].status !== 'closed') break;
  }
  return changes[changes.length - 1].at;
}

function firstResolution(changes: readonly StatusChange[]): Date | null {
  return changes.find((change) => change.status === 'resolved' || change.status === 'closed')?.at ?? null;
}
