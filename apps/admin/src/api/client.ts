import createClient from 'openapi-fetch';
import { createAuthMiddleware } from '../auth/auth-middleware';
import { createTokenRefresher } from '../auth/token-refresher';
import { sessionStore } from '../auth/token-store';
import type { components, paths } from './schema';
import { networkProblem, problemFromResponse } from './problem';

export type ApiSchemas = components['schemas'];

/**
 * The one typed client of the API (types generated from its OpenAPI document into schema.d.ts). The console
 * is served by the API itself, so requests go to the page's own origin. An absolute base URL (rather than '')
 * and fetch looked up per call keep it usable under jsdom, where tests stub globalThis.fetch.
 */
export const api = createClient<paths>({
  baseUrl: window.location.origin,
  fetch: (request) => globalThis.fetch(request),
});

interface ClientResult<T> {
  data?: T;
  error?: unknown;
  response: Response;
}

/** The body of a successful call; any other outcome is thrown as an ApiProblem. */
export async function unwrap<T>(call: Promise<ClientResult<T>>): Promise<T> {
  let result: ClientResult<T>;
  try {
    result = await call;
  } catch (error) {
    // A cancelled query (TanStack Query aborts superseded requests) is not a failure to show anyone.
    if (error instanceof DOMException && error.name === 'AbortError') throw error;
    throw networkProblem(error);
  }
  if (!result.response.ok) throw problemFromResponse(result.response, result.error);
  return result.data as T;
}

/** Shared with the uploads and downloads that go around the typed client (shared/transfer). */
export const refresher = createTokenRefresher(sessionStore, (refreshToken) =>
  unwrap(api.POST('/api/v1/auth/refresh', { body: { refreshToken } })),
);
api.use(createAuthMiddleware(sessionStore, refresher));
