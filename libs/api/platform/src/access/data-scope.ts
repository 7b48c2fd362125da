import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import type { DataScope } from './actor';

/**
 * Limits a query to the records of the caller's org units: `column` is the record's org unit id. The scope's
 * ids already include every unit below the assigned ones, so a regional manager sees the region's cities.
 * Records outside answer as not found (404), never 403, so ids cannot be probed.
 */
export function applyDataScope<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  column: string,
  scope: DataScope,
): SelectQueryBuilder<T> {
  if (scope.all) return query;
  if (scope.orgUnitIds.length === 0) return query.andWhere('false');
  return query.andWhere(`${column} = ANY(:scopeOrgUnitIds)`, { scopeOrgUnitIds: scope.orgUnitIds });
}

export function scopeAllows(scope: DataScope, orgUnitId: string | null): boolean {
  if (scope.all) return true;
  return orgUnitId !== null && scope.orgUnitIds.includes(orgUnitId);
}
