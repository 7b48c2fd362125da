import { useQuery } from '@tanstack/react-query';
import { useMemo, useSyncExternalStore } from 'react';
import { currentUserQuery, type CurrentUser } from './auth.api';
import { permissionCheck, type PermissionCheck } from './permissions';
import { sessionStore, type SessionSnapshot } from './token-store';

/** Whether this tab holds a session, re-rendering when it starts or ends. */
export function useSession(): SessionSnapshot {
  return useSyncExternalStore(sessionStore.subscribe, sessionStore.getSnapshot);
}

/** The signed-in user. Only for components under RequireSession, which renders them once it is loaded. */
export function useCurrentUser(): CurrentUser {
  const { data } = useQuery(currentUserQuery());
  if (!data) throw new Error('useCurrentUser() is for pages inside RequireSession');
  return data;
}

/** `can('users:write')`: whether the signed-in user holds a permission. */
export function usePermissions(): PermissionCheck {
  const { permissions } = useCurrentUser();
  return useMemo(() => permissionCheck(permissions), [permissions]);
}
