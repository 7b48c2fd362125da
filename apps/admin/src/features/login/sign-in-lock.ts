import type { ApiProblem } from '../../api/problem';

export interface SignInLock {
  /** When signing in may be tried again. */
  until: Date;
  /** How long that is from now, in the unit a person would say it in. */
  wait: { minutes: number } | { seconds: number };
}

/** SIGN_IN_LOCKED's retry time, from its Retry-After header; undefined when the API did not say. */
export function signInLock(problem: ApiProblem, now = Date.now()): SignInLock | undefined {
  const seconds = problem.retryAfterSeconds;
  if (seconds === undefined) return undefined;
  return {
    until: new Date(now + seconds * 1000),
    wait: seconds < 60 ? { seconds } : { minutes: Math.ceil(seconds / 60) },
  };
}
