import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../api/client';
import { sessionStore, type TokenPair } from './token-store';

export type CurrentUser = ApiSchemas['MeResponse'];
export type Credentials = ApiSchemas['LoginDto'];
export type ProfileChanges = ApiSchemas['UpdateOwnProfileDto'];
export type PasswordChange = ApiSchemas['ChangeOwnPasswordDto'];

export const authKeys = {
  me: ['auth', 'me'] as const,
};

export function currentUserQuery() {
  return queryOptions({
    queryKey: authKeys.me,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/auth/me', { signal })),
    // Permissions change rarely (an administrator edits roles); a minute is soon enough to notice.
    staleTime: 60_000,
  });
}

export function signIn(credentials: Credentials): Promise<TokenPair> {
  return unwrap(api.POST('/api/v1/auth/login', { body: credentials }));
}

/** Ends the session on the server, then here. Forgetting the tokens matters most, so it happens regardless. */
export async function signOut(): Promise<void> {
  try {
    await unwrap(api.POST('/api/v1/auth/logout'));
  } catch {
    // Offline or already expired: the refresh token dies with this tab's storage anyway.
  }
  sessionStore.end('signed-out');
}

export function updateMyProfile(changes: ProfileChanges) {
  return unwrap(api.PATCH('/api/v1/auth/me', { body: changes }));
}

/** The API signs out every session of the user, this one too: the caller sends them to sign in again. */
export async function changeMyPassword(change: PasswordChange): Promise<void> {
  await unwrap(api.POST('/api/v1/auth/me/password', { body: change }));
  sessionStore.end('password-changed');
}
