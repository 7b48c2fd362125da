import { Injectable } from '@nestjs/common';
import { READ_EVERYTHING_ROLES, ROLE_CODES, RoleCode } from './roles';

export interface PermissionGrant {
  /** `resource:action`, as declared on routes with @RequirePermission. */
  permission: string;
  description: string;
  /** The roles that hold it. Every `*:read` is also held by the auditor and the general manager. */
  roles: readonly RoleCode[];
}

/**
 * Which role holds which permission. Each domain registers its own grants when its module starts (identity's
 * are in identity.permissions.ts), so a permission is declared once, next to the domain that checks it.
 */
@Injectable()
export class PermissionCatalog {
  private readonly grants = new Map<string, PermissionGrant>();
  /**
   * permissionsOf by role set: every signed-in request asks it for each of the caller's roles, and it walks
   * every grant of the monolith. Grants are registered at start; a later one empties it. Callers only read.
   */
  private readonly heldByRoles = new Map<string, ReadonlySet<string>>();

  register(grants: readonly PermissionGrant[]): void {
    this.heldByRoles.clear();
    for (const grant of grants) {
      if (this.grants.has(grant.permission))
        throw new Error(`Permission ${grant.permission} is registered twice`);
      const unknownRole = grant.roles.find((role) => !ROLE_CODES.includes(role));
      if (unknownRole) throw new Error(`Permission ${grant.permission} names an unknown role ${unknownRole}`);
      this.grants.set(grant.permission, grant);
    }
  }

  has(permission: string): boolean {
    return this.grants.has(permission);
  }

  all(): PermissionGrant[] {
    return [...this.grants.values()].sort((a, b) => a.permission.localeCompare(b.permission));
  }

  rolesHolding(permission: string): RoleCode[] {
    const grant = this.grants.get(permission);
    if (!grant) return [];
    const readers = permission.endsWith(':read') ? READ_EVERYTHING_ROLES : [];
    return [...new Set([...grant.roles, ...readers])];
  }

  permissionsOf(roles: readonly RoleCode[]): ReadonlySet<string> {
    const key = [...roles].sort().join(',');
    let held = this.heldByRoles.get(key);
    if (!held) {
      const found = new Set<string>();
      for (const grant of this.grants.values()) {
        if (this.rolesHolding(grant.permission).some((role) => roles.includes(role)))
          found.add(grant.permission);
      }
      this.heldByRoles.set(key, (held = found));
    }
    return held;
  }
}
