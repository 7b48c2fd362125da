import { describe, expect, it } from 'vitest';
import { ApiProblem } from '../../api/problem';
import { signInLock } from './sign-in-lock';

const locked = (retryAfterSeconds?: number) =>
  new ApiProblem(
    { type: 'x', title: 'Too many requests', status: 429, code: 'SIGN_IN_LOCKED', detail: 'x' },
    retryAfterSeconds,
  );

describe('signInLock', () => {
  const now = Date.parse('2026-11-27T10:00:00.000Z');

  it('says when to try again, in minutes when it is a while', () => {
    expect(signInLock(locked(125), now)).toEqual({
      until: new Date('2026-11-27T10:02:05.000Z'),
      wait: { minutes: 3 },
    });
  });

  it('counts in seconds under a minute', () => {
    expect(signInLock(locked(30), now)?.wait).toEqual({ seconds: 30 });
  });

  it('has nothing to say without Retry-After', () => {
    expect(signInLock(locked(undefined), now)).toBeUndefined();
  });
});
