import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';

export type User = ApiSchemas['UserResponse'];
export type UserStatus = User['status'];
export type RoleAssignment = ApiSchemas['RoleAssignmentView'];
export type RoleAssignmentInput = ApiSchemas['RoleAssignmentInput'];
export type NewUser = ApiSchemas['CreateUserDto'];
export type UserChanges = ApiSchemas['UpdateUserDto'];
export type UserListQuery = NonNullable<operations['Users_list']['parameters']['query']>;
export type UserSort = NonNullable<UserListQuery['sort']>;

export const userKeys = {
  all: ['users'] as const,
  lists: () => [...userKeys.all, 'list'] as const,
  list: (query: UserListQuery) => [...userKeys.lists(), query] as const,
  detail: (id: string) => [...userKeys.all, 'detail', id] as const,
};

/** The version the user saw, as If-Match: if someone changed the account since, the API answers 412. */
const ifMatch = (user: Pick<User, 'version'>) => ({ 'If-Match': `"${user.version}"` });

export function userListQuery(query: UserListQuery) {
  return queryOptions({
    queryKey: userKeys.list(query),
    queryFn: async ({ signal, client }) => {
      const page = await unwrap(api.GET('/api/v1/users', { params: { query }, signal }));
      // Each row is the whole account: opening one from the list needs no second request.
      for (const user of page.data) client.setQueryData(userKeys.detail(user.id), user);
      return page;
    },
  });
}

export function userQuery(id: string) {
  return queryOptions({
    queryKey: userKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/users/{id}', { params: { path: { id } }, signal })),
  });
}

export function createUser(input: NewUser): Promise<User> {
  return unwrap(api.POST('/api/v1/users', { body: input }));
}

export function updateUser(user: Pick<User, 'id' | 'version'>, changes: UserChanges): Promise<User> {
  return unwrap(
    api.PATCH('/api/v1/users/{id}', {
      params: { path: { id: user.id }, header: ifMatch(user) },
      body: changes,
    }),
  );
}

/** Replaces all of the user's roles. */
export function setUserRoles(
  user: Pick<User, 'id' | 'version'>,
  roles: RoleAssignmentInput[],
): Promise<User> {
  return unwrap(
    api.PUT('/api/v1/users/{id}/roles', {
      params: { path: { id: user.id }, header: ifMatch(user) },
      body: { roles },
    }),
  );
}

/** The API signs the user out everywhere; they sign in again with the new password. */
export async function resetUserPassword(id: string, password: string): Promise<void> {
  await unwrap(api.POST('/api/v1/users/{id}/password', { params: { path: { id } }, body: { password } }));
}
