/**
 * The permissions the console looks at to offer a menu entry or a button. The API is the real gate (it answers
 * 403); hiding what someone may not use only spares them the refusal. New permissions appear in GET
 * /permissions as domains register them; only the ones the console checks need to be listed here.
 */
export type Permission =
  | 'org-units:read'
  | 'org-units:write'
  | 'users:read'
  | 'users:write'
  | 'roles:read'
  | 'api-keys:read'
  | 'api-keys:write'
  | 'webhooks:read'
  | 'webhooks:write'
  | 'audit-events:read'
  | 'approvals:use'
  | 'approval-requests:read';

export type PermissionCheck = (permission: Permission) => boolean;

/** A check against what the signed-in user holds (GET /auth/me's `permissions`). */
export function permissionCheck(held: readonly string[]): PermissionCheck {
  const set = new Set(held);
  return (permission) => set.has(permission);
}
