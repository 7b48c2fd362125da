import type { PermissionGrant } from '../roles/roles.api';

export interface PermissionGroup {
  /** The part before the colon: `org-units` of `org-units:read`. */
  resource: string;
  grants: PermissionGrant[];
}

/** `resource:action` permissions grouped by resource, in the order the API lists them. */
export function groupByResource(grants: readonly PermissionGrant[]): PermissionGroup[] {
  const groups = new Map<string, PermissionGrant[]>();
  for (const grant of grants) {
    const resource = resourceOf(grant.permission);
    groups.set(resource, [...(groups.get(resource) ?? []), grant]);
  }
  return [...groups].map(([resource, list]) => ({ resource, grants: list }));
}

export function resourceOf(permission: string): string {
  const colon = permission.indexOf(':');
  return colon < 0 ? permission : permission.slice(0, colon);
}

export function actionOf(permission: string): string {
  const colon = permission.indexOf(':');
  return colon < 0 ? '' : permission.slice(colon + 1);
}
