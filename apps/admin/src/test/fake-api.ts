import { vi } from 'vitest';
import type { CurrentUser } from '../auth/auth.api';
import { sessionStore } from '../auth/token-store';

type Answer = unknown | Response | ((request: Request) => Response | Promise<Response>);

export const json = (status: number, body: unknown, headers: Record<string, string> = {}) =>
  new Response(JSON.stringify(body), {
    status,
    headers: { 'Content-Type': status < 400 ? 'application/json' : 'application/problem+json', ...headers },
  });

export const problem = (status: number, code: string, detail = code) => ({
  type: `https://zhanggui.dev/problems/${code.toLowerCase()}`,
  title: 'Problem',
  status,
  code,
  detail,
});

/**
 * Stubs fetch with an API that answers `METHOD /path` (query ignored) from `routes`: a Response, a body to send
 * with 200, or a function of the request. Anything else is a 404 problem, so a forgotten route shows in the test.
 */
export function stubApi(routes: Record<string, Answer>) {
  const fetchMock = vi.fn(async (request: Request) => {
    const answer = routes[`${request.method} ${new URL(request.url).pathname}`];
    if (answer === undefined) return json(404, problem(404, 'ROUTE_NOT_FOUND'));
    if (answer instanceof Response) return answer.clone();
    return typeof answer === 'function' ? answer(request) : json(200, answer);
  });
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

export function fakeUser(overrides: Partial<CurrentUser> = {}): CurrentUser {
  return {
    id: '0190a0b0-0000-7000-8000-0000000000aa',
    username: 'admin',
    displayName: '系统管理员',
    email: null,
    phone: null,
    status: 'active',
    orgUnitId: null,
    employeeId: null,
    roles: [{ role: 'system-administrator', orgUnitId: null }],
    lastSignedInAt: null,
    version: 1,
    createdAt: '2026-01-01T00:00:00.000Z',
    updatedAt: '2026-01-01T00:00:00.000Z',
    permissions: [
      'api-keys:read',
      'api-keys:write',
      'audit-events:read',
      'org-units:read',
      'org-units:write',
      'roles:read',
      'users:read',
      'users:write',
    ],
    ...overrides,
  };
}

/** A session in this tab, as after signing in; GET /auth/me answers `me` unless routes say otherwise. */
export function signIn(me: CurrentUser = fakeUser(), routes: Record<string, Answer> = {}) {
  sessionStore.save({ accessToken: 'test-access', refreshToken: 'test-refresh' });
  return stubApi({ 'GET /api/v1/auth/me': me, ...routes });
}
