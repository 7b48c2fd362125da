import type { TimerView } from './support.api';

export type SlaTone = 'ok' | 'warning' | 'danger' | 'breached' | 'paused' | 'met';

/**
 * How urgent a timer looks: green while under half the target, orange from 75 %, red from 90 % and once
 * breached; grey while paused (waiting on the customer) or met. The server's `percent` counts business minutes.
 */
export function slaTone(timer: Pick<TimerView, 'state' | 'percent' | 'breached'>): SlaTone {
  if (timer.state === 'met') return timer.breached ? 'breached' : 'met';
  if (timer.breached || timer.state === 'breached') return 'breached';
  if (timer.state === 'paused') return 'paused';
  if (timer.percent >= 90) return 'danger';
  if (timer.percent >= 75) return 'warning';
  return 'ok';
}

/** Business minutes as hours and minutes (e.g. 135 → 2 h 15 min); sign dropped. */
export function splitMinutes(minutes: number): { hours: number; minutes: number } {
  const total = Math.round(Math.abs(minutes));
  return { hours: Math.floor(total / 60), minutes: total % 60 };
}

/** The timer that matters now: the first response until it is met, then the resolution. */
export function currentTimer<T extends Pick<TimerView, 'state'>>(sla: {
  firstResponse: T;
  resolution: T;
}): { which: 'firstResponse' | 'resolution'; timer: T } {
  return sla.firstResponse.state === 'met'
    ? { which: 'resolution', timer: sla.resolution }
    : { which: 'firstResponse', timer: sla.firstResponse };
}
