import type { Middleware } from 'openapi-fetch';
import type { TokenRefresher } from './token-refresher';
import type { TokenStore } from './token-store';

/** The only routes that take no access token; a 401 from them is an answer to show, not a reason to refresh. */
const ANONYMOUS_ROUTES: ReadonlySet<string> = new Set(['/api/v1/auth/login', '/api/v1/auth/refresh']);

interface SentRequest {
  /** The request again, with another token: for the retry (a request's body can be read only once). */
  withToken(token: string | undefined): Request;
  token: string | undefined;
}

/**
 * Reads the body once, as text (the console sends JSON), so that the request sent and its retry are each built
 * from a string: cloning a Request instead would turn its body into a stream, which the browser uploads less
 * simply and developer tools cannot show.
 */
async function rebuildable(request: Request): Promise<(token: string | undefined) => Request> {
  const body = request.body ? await request.text() : undefined;
  return (token) => {
    const headers = new Headers(request.headers);
    if (token) headers.set('Authorization', `Bearer ${token}`);
    return new Request(request.url, {
      method: request.method,
      headers,
      body,
      signal: request.signal,
      credentials: request.credentials,
      redirect: request.redirect,
    });
  };
}

/**
 * Sends `Authorization: Bearer <access token>` on every call of the typed client. When the API answers 401 the
 * access token has expired (or was revoked): the refresher gets a new one (one refresh for any number of
 * refused requests) and the request is retried once, outside the middleware chain so that a second 401 is
 * final. When the session cannot be refreshed the store ends it, and the guard around the signed-in pages
 * sends the user to sign in.
 */
export function createAuthMiddleware(store: TokenStore, refresher: TokenRefresher): Middleware {
  const sent = new Map<string, SentRequest>();
  return {
    async onRequest({ request, schemaPath, id }) {
      if (ANONYMOUS_ROUTES.has(schemaPath)) return undefined;
      const token = store.tokens?.accessToken;
      const withToken = await rebuildable(request);
      sent.set(id, { withToken, token });
      return withToken(token);
    },
    async onResponse({ response, id, options }) {
      const original = sent.get(id);
      sent.delete(id);
      if (!original || response.status !== 401) return undefined;
      const token = await refresher.freshAccessToken(original.token);
      if (!token) return undefined;
      return options.fetch(original.withToken(token));
    },
    onError({ id }) {
      sent.delete(id);
      return undefined;
    },
  };
}
