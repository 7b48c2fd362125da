import { describe, expect, it } from 'vitest';
import { currentTimer, slaTone, splitMinutes } from './sla-timer';

describe('SLA timer tone', () => {
  it('goes from green through orange to red as the target nears, and red once breached', () => {
    expect(slaTone({ state: 'running', percent: 10, breached: false })).toBe('ok');
    expect(slaTone({ state: 'running', percent: 75, breached: false })).toBe('warning');
    expect(slaTone({ state: 'running', percent: 95, breached: false })).toBe('danger');
    expect(slaTone({ state: 'breached', percent: 130, breached: true })).toBe('breached');
  });

  it('is paused while waiting on the customer, and met (or breached) once stopped', () => {
    expect(slaTone({ state: 'paused', percent: 95, breached: false })).toBe('paused');
    expect(slaTone({ state: 'met', percent: 40, breached: false })).toBe('met');
    expect(slaTone({ state: 'met', percent: 140, breached: true })).toBe('breached');
  });

  it('shows the first response until it is met, then the resolution', () => {
    type Timer = { state: 'running' | 'paused' | 'met' | 'breached' };
    const running: Timer = { state: 'running' };
    const paused: Timer = { state: 'paused' };
    const met: Timer = { state: 'met' };
    expect(currentTimer({ firstResponse: running, resolution: paused }).which).toBe('firstResponse');
    expect(currentTimer({ firstResponse: met, resolution: paused }).which).toBe('resolution');
  });

  it('splits business minutes into hours and minutes, whatever the sign', () => {
    expect(splitMinutes(135)).toEqual({ hours: 2, minutes: 15 });
    expect(splitMinutes(-45)).toEqual({ hours: 0, minutes: 45 });
  });
});
