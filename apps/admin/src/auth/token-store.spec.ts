import { describe, expect, it, vi } from 'vitest';
import { TokenStore } from './token-store';

describe('TokenStore', () => {
  it('survives a reload through the storage it is given', () => {
    const first = new TokenStore(sessionStorage);
    first.save({ accessToken: 'a', refreshToken: 'r' });
    expect(new TokenStore(sessionStorage).tokens).toEqual({ accessToken: 'a', refreshToken: 'r' });
  });

  it('forgets the tokens when the session ends, and says why', () => {
    const store = new TokenStore(sessionStorage);
    store.save({ accessToken: 'a', refreshToken: 'r' });
    const listener = vi.fn();
    store.subscribe(listener);
    store.end('password-changed');
    expect(store.getSnapshot()).toEqual({ tokens: undefined, ended: 'password-changed' });
    expect(new TokenStore(sessionStorage).tokens).toBeUndefined();
    expect(listener).toHaveBeenCalledTimes(1);
  });

  it('starts signed out when the stored value is not a token pair', () => {
    sessionStorage.setItem('zhanggui.session', '{"accessToken":1}');
    expect(new TokenStore(sessionStorage).tokens).toBeUndefined();
    sessionStorage.setItem('zhanggui.session', 'not json');
    expect(new TokenStore(sessionStorage).tokens).toBeUndefined();
  });
});
