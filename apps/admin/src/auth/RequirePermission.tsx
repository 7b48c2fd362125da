import type { ReactNode } from 'react';
import { NoAccessResult } from '../shared/ui/NoAccessResult';
import type { PermissionRequirement } from './permissions';
import { usePermissions } from './use-session';

/** A page for holders of `permission` (any one of a list); anyone else who opens its address is told they have no access. */
export function RequirePermission({
  permission,
  children,
}: {
  permission: PermissionRequirement;
  children: ReactNode;
}) {
  const can = usePermissions();
  const named = typeof permission === 'string' ? permission : permission.join(' / ');
  return can(permission) ? children : <NoAccessResult permission={named} />;
}
