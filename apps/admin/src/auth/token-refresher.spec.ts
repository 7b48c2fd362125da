import { describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../api/problem';
import { createTokenRefresher } from './token-refresher';
import { TokenStore, type TokenPair } from './token-store';

function signedIn(tokens: TokenPair = { accessToken: 'access-0', refreshToken: 'refresh-0' }) {
  const store = new TokenStore(undefined);
  store.save(tokens);
  return store;
}

const refused = new ApiProblem({ type: 'x', title: 'x', status: 401, code: 'UNAUTHENTICATED', detail: 'x' });

describe('createTokenRefresher', () => {
  it('asks for one new pair however many callers need one at the same time', async () => {
    const store = signedIn();
    let answer!: (pair: TokenPair) => void;
    const exchange = vi.fn(() => new Promise<TokenPair>((resolve) => (answer = resolve)));
    const refresher = createTokenRefresher(store, exchange);
    const waiting = [1, 2, 3].map(() => refresher.freshAccessToken('access-0'));
    answer({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    expect(await Promise.all(waiting)).toEqual(['access-1', 'access-1', 'access-1']);
    expect(exchange).toHaveBeenCalledTimes(1);
    expect(exchange).toHaveBeenCalledWith('refresh-0');
    expect(store.tokens).toEqual({ accessToken: 'access-1', refreshToken: 'refresh-1' });
  });

  it('hands out the current token, without refreshing, to a request refused with a replaced one', async () => {
    const store = signedIn({ accessToken: 'access-1', refreshToken: 'refresh-1' });
    const exchange = vi.fn();
    const refresher = createTokenRefresher(store, exchange);
    expect(await refresher.freshAccessToken('access-0')).toBe('access-1');
    expect(exchange).not.toHaveBeenCalled();
  });

  it('refreshes again later, when the new token expires in its turn', async () => {
    const store = signedIn();
    let issued = 0;
    const refresher = createTokenRefresher(store, async () => {
      issued += 1;
      return { accessToken: `access-${issued}`, refreshToken: `refresh-${issued}` };
    });
    expect(await refresher.freshAccessToken('access-0')).toBe('access-1');
    expect(await refresher.freshAccessToken('access-1')).toBe('access-2');
  });

  it('ends the session as expired when the API refuses the refresh token', async () => {
    const store = signedIn();
    const refresher = createTokenRefresher(store, () => Promise.reject(refused));
    expect(await refresher.freshAccessToken('access-0')).toBeUndefined();
    expect(store.getSnapshot()).toEqual({ tokens: undefined, ended: 'expired' });
  });

  it('keeps the session, and passes the failure on, when the API could not be reached', async () => {
    const store = signedIn();
    const offline = new ApiProblem({ type: 'x', title: 'x', status: 0, code: 'NETWORK_ERROR', detail: 'x' });
    const refresher = createTokenRefresher(store, () => Promise.reject(offline));
    await expect(refresher.freshAccessToken('access-0')).rejects.toBe(offline);
    expect(store.tokens?.accessToken).toBe('access-0');
  });

  it('has nothing to offer when nobody is signed in', async () => {
    const exchange = vi.fn();
    const refresher = createTokenRefresher(new TokenStore(undefined), exchange);
    expect(await refresher.freshAccessToken(undefined)).toBeUndefined();
    expect(exchange).not.toHaveBeenCalled();
  });
});
