import { currentActor, DataScope, scopeAllows, WHOLE_COMPANY } from '@zhanggui/api-platform';

/** The caller's reach for a permission; outside a request (jobs, demo data) the whole company. */
export async function salesScope(permission: string): Promise<DataScope> {
  const actor = currentActor();
  return actor ? actor.scopeFor(permission) : WHOLE_COMPANY;
}

export function inScope(scope: DataScope, orgUnitId: string): boolean {
  return scopeAllows(scope, orgUnitId);
}

/** SQL-side scope parameter: null means everything. */
export function scopeParam(scope: DataScope): string[] | null {
  return scope.all ? null : [...scope.orgUnitIds];
}

export function currentUserId(): string | null {
  const actor = currentActor();
  return actor?.kind === 'user' ? actor.id : null;
}
