import { describe, expect, it } from 'vitest';
import { ApiProblem, networkProblem, problemFromResponse } from './problem';

const conflict = {
  type: 'https://zhanggui.dev/problems/org-unit-code-taken',
  title: 'Conflict',
  status: 409,
  detail: 'Another org unit already has the code GD-GZ.',
  code: 'ORG_UNIT_CODE_TAKEN',
  errors: [{ field: 'code', message: 'GD-GZ is already used by another org unit' }],
  requestId: 'req-1',
};

describe('problemFromResponse', () => {
  it('carries status, code, detail, field errors and request id of a problem+json body', () => {
    const problem = problemFromResponse(new Response(null, { status: 409 }), conflict);
    expect(problem).toBeInstanceOf(ApiProblem);
    expect(problem).toBeInstanceOf(Error);
    expect(problem).toMatchObject({
      status: 409,
      code: 'ORG_UNIT_CODE_TAKEN',
      detail: 'Another org unit already has the code GD-GZ.',
      errors: conflict.errors,
      requestId: 'req-1',
      message: 'Another org unit already has the code GD-GZ.',
    });
  });

  it('takes the request id from X-Request-Id when the body has none', () => {
    const { requestId: _omitted, ...withoutId } = conflict;
    const response = new Response(null, { status: 409, headers: { 'X-Request-Id': 'req-2' } });
    expect(problemFromResponse(response, withoutId).requestId).toBe('req-2');
  });

  it('reads Retry-After as seconds to wait, whether given as seconds or as a date', () => {
    const locked = { ...conflict, status: 429, code: 'SIGN_IN_LOCKED' };
    const inSeconds = new Response(null, { status: 429, headers: { 'Retry-After': '120' } });
    expect(problemFromResponse(inSeconds, locked).retryAfterSeconds).toBe(120);
    const at = new Date(Date.now() + 60_000).toUTCString();
    const asDate = new Response(null, { status: 429, headers: { 'Retry-After': at } });
    expect(problemFromResponse(asDate, locked).retryAfterSeconds).toBeGreaterThan(50);
    expect(
      problemFromResponse(new Response(null, { status: 409 }), conflict).retryAfterSeconds,
    ).toBeUndefined();
  });

  it('still gives a problem for a body that is not problem+json', () => {
    const problem = problemFromResponse(new Response(null, { status: 502, statusText: 'Bad Gateway' }), '');
    expect(problem).toMatchObject({ status: 502, code: 'HTTP_502', title: 'Bad Gateway', errors: [] });
  });
});

describe('networkProblem', () => {
  it('names a failed fetch NETWORK_ERROR, with status 0', () => {
    expect(networkProblem(new TypeError('Failed to fetch'))).toMatchObject({
      status: 0,
      code: 'NETWORK_ERROR',
      detail: 'Failed to fetch',
    });
  });
});
