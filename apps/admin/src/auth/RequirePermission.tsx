import type { ReactNode } from 'react';
import { NoAccessResult } from '../shared/ui/NoAccessResult';
import type { Permission } from './permissions';
import { usePermissions } from './use-session';

/** A page for holders of `permission`; anyone else who opens its address is told they have no access. */
export function RequirePermission({ permission, children }: { permission: Permission; children: ReactNode }) {
  const can = usePermissions();
  return can(permission) ? children : <NoAccessResult permission={permission} />;
}
