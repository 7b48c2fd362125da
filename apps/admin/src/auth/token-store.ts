import type { ApiSchemas } from '../api/client';

export type TokenPair = Pick<ApiSchemas['TokenPairResponse'], 'accessToken' | 'refreshToken'>;

/** Why there is no session any more; the sign-in page words its greeting after it. */
export type SessionEnd = 'signed-out' | 'expired' | 'password-changed';

export interface SessionSnapshot {
  readonly tokens: TokenPair | undefined;
  /** Set when a session of this tab has just ended; undefined when there never was one. */
  readonly ended: SessionEnd | undefined;
}

const STORAGE_KEY = 'zhanggui.session';

/**
 * The signed-in user's token pair. Kept in memory, where every request reads it, and mirrored to
 * sessionStorage so that reloading the page does not sign the user out.
 *
 * Why sessionStorage and not localStorage: it ends with the tab, so a 30-day refresh token is not left on the
 * disk of a shared office computer after the tab is closed, and tabs do not share it, so two tabs never race to
 * spend the same single-use refresh token (reusing one signs out the whole session family). A duplicated tab
 * starts with a copy, though: if both refresh, the second is signed out. Script on our own origin can read it
 * either way, as it can any token JavaScript sends; an httpOnly cookie would need the API to support one.
 */
export class TokenStore {
  private snapshot: SessionSnapshot;
  private readonly listeners = new Set<() => void>();

  constructor(private readonly storage: Storage | undefined) {
    this.snapshot = { tokens: readStored(storage), ended: undefined };
  }

  get tokens(): TokenPair | undefined {
    return this.snapshot.tokens;
  }

  /** For useSyncExternalStore: the same object until something changes. */
  readonly getSnapshot = (): SessionSnapshot => this.snapshot;

  readonly subscribe = (listener: () => void): (() => void) => {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  };

  save(tokens: TokenPair): void {
    const pair = { accessToken: tokens.accessToken, refreshToken: tokens.refreshToken };
    this.snapshot = { tokens: pair, ended: undefined };
    try {
      this.storage?.setItem(STORAGE_KEY, JSON.stringify(pair));
    } catch {
      // Storage blocked or full: the session still works until the next reload.
    }
    this.notify();
  }

  end(reason: SessionEnd): void {
    if (!this.snapshot.tokens && this.snapshot.ended === reason) return;
    this.snapshot = { tokens: undefined, ended: reason };
    try {
      this.storage?.removeItem(STORAGE_KEY);
    } catch {
      // See save().
    }
    this.notify();
  }

  private notify(): void {
    for (const listener of this.listeners) listener();
  }
}

function readStored(storage: Storage | undefined): TokenPair | undefined {
  try {
    const parsed: unknown = JSON.parse(storage?.getItem(STORAGE_KEY) ?? 'null');
    if (
      typeof parsed === 'object' &&
      parsed !== null &&
      typeof (parsed as TokenPair).accessToken === 'string' &&
      typeof (parsed as TokenPair).refreshToken === 'string'
    ) {
      return parsed as TokenPair;
    }
  } catch {
    // Unreadable: start signed out.
  }
  return undefined;
}

function browserSessionStorage(): Storage | undefined {
  try {
    return window.sessionStorage;
  } catch {
    return undefined;
  }
}

/** This tab's session, shared by the API client and the components that show who is signed in. */
export const sessionStore = new TokenStore(browserSessionStorage());
