import createClient from 'openapi-fetch';
import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../api/problem';
import type { paths } from '../api/schema';
import { createAuthMiddleware } from './auth-middleware';
import { createTokenRefresher } from './token-refresher';
import { TokenStore } from './token-store';

const json = (status: number, body: unknown) =>
  new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/json' } });
const unauthorized = () => json(401, { status: 401, code: 'UNAUTHENTICATED', title: 'x', detail: 'x' });

/**
 * A fake API: accepts only `validToken`, and hands out `access-N`/`refresh-N` pairs from /auth/refresh,
 * refusing any refresh token but the latest (single use).
 */
interface FakeApiOptions {
  validToken?: string;
  refreshFails?: 'refused' | 'offline';
  /** Protected routes refuse even a fresh token (e.g. the account was disabled meanwhile). */
  refuseEverything?: boolean;
}

function fakeApi(options: FakeApiOptions = {}) {
  let validToken = options.validToken ?? 'access-0';
  let validRefresh = 'refresh-0';
  let issued = 0;
  const seen: Array<{ path: string; authorization: string | null; body: string }> = [];
  const fetch = vi.fn(async (request: Request) => {
    const path = new URL(request.url).pathname;
    seen.push({ path, authorization: request.headers.get('Authorization'), body: await request.text() });
    if (path === '/api/v1/auth/refresh') {
      if (options.refreshFails === 'offline') throw new TypeError('Failed to fetch');
      const { refreshToken } = JSON.parse(seen.at(-1)!.body) as { refreshToken: string };
      if (options.refreshFails === 'refused' || refreshToken !== validRefresh) return unauthorized();
      issued += 1;
      validToken = `access-${issued}`;
      validRefresh = `refresh-${issued}`;
      // The answer arrives a little later, so that refused requests pile up while it is in flight.
      await new Promise((resolve) => setTimeout(resolve, 5));
      return json(200, { accessToken: validToken, refreshToken: validRefresh, expiresIn: 900 });
    }
    if (path === '/api/v1/auth/login') return unauthorized();
    const accepted =
      !options.refuseEverything && request.headers.get('Authorization') === `Bearer ${validToken}`;
    return accepted ? json(200, { path }) : unauthorized();
  });
  return { fetch, seen };
}

function signedInClient(server: ReturnType<typeof fakeApi>) {
  const store = new TokenStore(undefined);
  store.save({ accessToken: 'access-0', refreshToken: 'refresh-0' });
  const client = createClient<paths>({ baseUrl: 'http://console.test', fetch: server.fetch });
  const refresher = createTokenRefresher(store, async (refreshToken) => {
    const { data, response } = await client.POST('/api/v1/auth/refresh', { body: { refreshToken } });
    if (!data)
      throw new ApiProblem({ type: 'x', title: 'x', status: response.status, code: 'X', detail: 'x' });
    return data;
  });
  client.use(createAuthMiddleware(store, refresher));
  return { client, store };
}

const refreshCalls = (server: ReturnType<typeof fakeApi>) =>
  server.seen.filter((call) => call.path === '/api/v1/auth/refresh');

describe('the auth middleware', () => {
  it('sends the access token as a Bearer token', async () => {
    const server = fakeApi();
    const { client } = signedInClient(server);
    const { response } = await client.GET('/api/v1/auth/me');
    expect(response.status).toBe(200);
    expect(server.seen[0]!.authorization).toBe('Bearer access-0');
  });

  it('refreshes once for any number of requests refused at the same time, and retries each once', async () => {
    const server = fakeApi({ validToken: 'expired' });
    const { client, store } = signedInClient(server);
    const results = await Promise.all([
      client.GET('/api/v1/auth/me'),
      client.GET('/api/v1/roles'),
      client.GET('/api/v1/permissions'),
    ]);
    expect(results.map((result) => result.response.status)).toEqual([200, 200, 200]);
    expect(refreshCalls(server)).toHaveLength(1);
    expect(store.tokens).toEqual({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    const retries = server.seen.filter((call) => call.authorization === 'Bearer access-1');
    expect(retries.map((call) => call.path).sort()).toEqual([
      '/api/v1/auth/me',
      '/api/v1/permissions',
      '/api/v1/roles',
    ]);
  });

  it('retries only once: a second 401 is the answer', async () => {
    const server = fakeApi({ validToken: 'expired', refuseEverything: true });
    const { client } = signedInClient(server);
    const { response } = await client.GET('/api/v1/auth/me');
    expect(response.status).toBe(401);
    expect(server.seen.map((call) => call.path)).toEqual([
      '/api/v1/auth/me',
      '/api/v1/auth/refresh',
      '/api/v1/auth/me',
    ]);
  });

  it('keeps the body of a refused POST for its retry', async () => {
    const server = fakeApi({ validToken: 'expired' });
    const { client } = signedInClient(server);
    const { response } = await client.PATCH('/api/v1/auth/me', { body: { displayName: '李雷' } });
    expect(response.status).toBe(200);
    const retry = server.seen.find((call) => call.authorization === 'Bearer access-1')!;
    expect(JSON.parse(retry.body)).toEqual({ displayName: '李雷' });
  });

  it('ends the session when the refresh token is refused, without retrying', async () => {
    const server = fakeApi({ validToken: 'expired', refreshFails: 'refused' });
    const { client, store } = signedInClient(server);
    const changes = vi.fn();
    store.subscribe(changes);
    const { response } = await client.GET('/api/v1/auth/me');
    expect(response.status).toBe(401);
    expect(store.getSnapshot()).toEqual({ tokens: undefined, ended: 'expired' });
    expect(changes).toHaveBeenCalled();
    expect(server.seen.map((call) => call.path)).toEqual(['/api/v1/auth/me', '/api/v1/auth/refresh']);
  });

  it('keeps the session when the refresh could not be sent (offline), and reports the failure', async () => {
    const server = fakeApi({ validToken: 'expired', refreshFails: 'offline' });
    const { client, store } = signedInClient(server);
    await expect(client.GET('/api/v1/auth/me')).rejects.toThrow('Failed to fetch');
    expect(store.tokens?.accessToken).toBe('access-0');
  });

  it('sends no token to sign-in, and does not refresh when sign-in is refused', async () => {
    const server = fakeApi();
    const { client } = signedInClient(server);
    const { response } = await client.POST('/api/v1/auth/login', {
      body: { username: 'li.lei', password: 'wrong' },
    });
    expect(response.status).toBe(401);
    expect(server.seen).toHaveLength(1);
    expect(server.seen[0]!.authorization).toBeNull();
  });
});
