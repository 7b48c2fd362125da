import { useMutation, useQueryClient, type QueryClient } from '@tanstack/react-query';
import { ApiProblem } from '../../api/problem';
import { authKeys } from '../../auth/auth.api';
import { auditKeys } from '../audit-log/audit.api';
import {
  createUser,
  resetUserPassword,
  setUserRoles,
  updateUser,
  userKeys,
  type RoleAssignmentInput,
  type User,
  type UserChanges,
} from './users.api';

type UserVersion = Pick<User, 'id' | 'version'>;

export function isStaleVersion(error: unknown): boolean {
  return error instanceof ApiProblem && error.status === 412;
}

/**
 * After a change: the account as saved, the lists and the audit trail refetched (before the mutation settles,
 * so a drawer about to close shows the list already updated), and the signed-in user's own permissions if the
 * change was to their own account.
 */
function afterChange(queryClient: QueryClient, user: User) {
  queryClient.setQueryData(userKeys.detail(user.id), user);
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
    queryClient.invalidateQueries({ queryKey: auditKeys.all }),
    queryClient.invalidateQueries({ queryKey: authKeys.me }),
  ]);
}

function refreshAfterConflict(queryClient: QueryClient, error: unknown, user: UserVersion) {
  if (!isStaleVersion(error)) return;
  return Promise.all([
    queryClient.invalidateQueries({ queryKey: userKeys.detail(user.id) }),
    queryClient.invalidateQueries({ queryKey: userKeys.lists() }),
  ]);
}

export function useCreateUser() {
  const queryClient = useQueryClient();
  return useMutation({ mutationFn: createUser, onSuccess: (user) => afterChange(queryClient, user) });
}

export function useUpdateUser() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ user, changes }: { user: UserVersion; changes: UserChanges }) => updateUser(user, changes),
    onSuccess: (user) => afterChange(queryClient, user),
    onError: (error, { user }) => refreshAfterConflict(queryClient, error, user),
  });
}

export function useSetUserRoles() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ user, roles }: { user: UserVersion; roles: RoleAssignmentInput[] }) =>
      setUserRoles(user, roles),
    onSuccess: (user) => afterChange(queryClient, user),
    onError: (error, { user }) => refreshAfterConflict(queryClient, error, user),
  });
}

export function useResetUserPassword() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({ id, password }: { id: string; password: string }) => resetUserPassword(id, password),
    onSuccess: () => queryClient.invalidateQueries({ queryKey: auditKeys.all }),
  });
}
