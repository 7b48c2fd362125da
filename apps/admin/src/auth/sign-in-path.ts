import type { SessionEnd } from './token-store';

interface Place {
  pathname: string;
  search: string;
  hash: string;
}

/**
 * Where to send someone without a session: the sign-in page, told why (so it can say so) and where they were
 * (so it can return them there). Signing out on purpose forgets the place: the next person starts afresh.
 */
export function signInPath(place: Place, ended: SessionEnd | undefined): string {
  const params = new URLSearchParams();
  if (ended && ended !== 'signed-out') params.set('reason', ended);
  const here = `${place.pathname}${place.search}${place.hash}`;
  if (ended !== 'signed-out' && here !== '/') params.set('next', here);
  const query = params.toString();
  return query ? `/login?${query}` : '/login';
}

/** Where to go after signing in: only a path on this site, never another origin (`//evil.example`). */
export function redirectTarget(next: string | null): string {
  return next && next.startsWith('/') && !next.startsWith('//') && !next.startsWith('/\\') ? next : '/';
}
