import { describe, expect, it } from 'vitest';
import { endOfLocalDay, startOfLocalDay, startOfNextLocalDay } from './local-day';

describe('local days', () => {
  it('starts a day at local midnight', () => {
    const start = startOfLocalDay('2026-11-27');
    expect([start.getFullYear(), start.getMonth(), start.getDate(), start.getHours()]).toEqual([
      2026, 10, 27, 0,
    ]);
  });

  it('ends a range at the start of the next day, across a month end', () => {
    const end = startOfNextLocalDay('2026-11-30');
    expect([end.getMonth(), end.getDate(), end.getHours()]).toEqual([11, 1, 0]);
  });

  it('puts an expiry at the last moment of its day', () => {
    expect(startOfNextLocalDay('2026-11-27').getTime() - endOfLocalDay('2026-11-27').getTime()).toBe(1);
  });
});
