import { ApiProblem } from '../api/problem';
import type { TokenPair, TokenStore } from './token-store';

export interface TokenRefresher {
  /**
   * An access token to retry with, after `rejectedToken` was refused (401); undefined when the session is over.
   * Throws when the refresh could not be asked (offline): the session may well still be good.
   */
  freshAccessToken(rejectedToken: string | undefined): Promise<string | undefined>;
}

/**
 * Trades the refresh token for a new pair when the access token is refused. Refresh tokens are single use, so
 * however many requests fail at once there is only ever one refresh in flight: the others wait for it, and a
 * request refused with a token that has since been replaced simply retries with the new one.
 */
export function createTokenRefresher(
  store: TokenStore,
  exchange: (refreshToken: string) => Promise<TokenPair>,
): TokenRefresher {
  let inFlight: Promise<string | undefined> | undefined;

  const refresh = async (refreshToken: string): Promise<string | undefined> => {
    try {
      const pair = await exchange(refreshToken);
      store.save(pair);
      return pair.accessToken;
    } catch (error) {
      if (!isRefusal(error)) throw error;
      store.end('expired');
      return undefined;
    }
  };

  return {
    freshAccessToken(rejectedToken) {
      const current = store.tokens;
      if (!current) return Promise.resolve(undefined);
      if (current.accessToken !== rejectedToken && !inFlight) return Promise.resolve(current.accessToken);
      inFlight ??= refresh(current.refreshToken).finally(() => {
        inFlight = undefined;
      });
      return inFlight;
    },
  };
}

/** The API said no to the refresh token (expired, reused, revoked): only signing in again helps. */
function isRefusal(error: unknown): boolean {
  return error instanceof ApiProblem && error.status >= 400 && error.status < 500;
}
