import { TEST_ADMIN_PASSWORD, TestApp } from '@zhanggui/api-platform/testing';
import type { RoleCode } from '../access/roles';

export interface SignedInUser {
  id: string;
  username: string;
  password: string;
  token: string;
  /** `Authorization` header value. */
  auth: string;
}

/** Signs in as the first administrator that every test app creates. */
export async function signInAsAdmin(t: TestApp): Promise<SignedInUser> {
  return signIn(t, 'admin', TEST_ADMIN_PASSWORD);
}

export async function signIn(t: TestApp, username: string, password: string): Promise<SignedInUser> {
  const response = await t.http().post('/api/v1/auth/login').send({ username, password });
  if (response.status !== 200)
    throw new Error(`Sign-in as ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
  const me = await t
    .http()
    .get('/api/v1/auth/me')
    .set('Authorization', `Bearer ${response.body.accessToken}`);
  return {
    id: me.body.id,
    username,
    password,
    token: response.body.accessToken,
    auth: `Bearer ${response.body.accessToken}`,
  };
}

let counter = 0;

/**
 * Creates a user holding the given roles (each with an optional org-unit scope) through the API, as the
 * administrator, and signs in as them.
 */
export async function userWithRoles(
  t: TestApp,
  admin: SignedInUser,
  roles: Array<{ role: RoleCode; orgUnitId?: string | null }>,
  profile: { orgUnitId?: string | null; username?: string } = {},
): Promise<SignedInUser> {
  const username =
    profile.username ?? `user-${process.pid}-${++counter}-${Math.random().toString(36).slice(2, 6)}`;
  const password = `correct horse ${Math.random().toString(36).slice(2, 10)} staple`;
  const response = await t
    .http()
    .post('/api/v1/users')
    .set('Authorization', admin.auth)
    .send({ username, displayName: username, password, roles, orgUnitId: profile.orgUnitId ?? null });
  if (response.status !== 201)
    throw new Error(`Creating ${username} failed: ${response.status} ${JSON.stringify(response.body)}`);
  return signIn(t, username, password);
}

export { createOrgTree } from './org-tree';
export type { OrgTree } from './org-tree';
