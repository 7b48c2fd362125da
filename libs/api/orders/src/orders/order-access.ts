import type { ObjectLiteral, SelectQueryBuilder } from 'typeorm';
import { applyDataScope, currentActor, DataScope, scopeAllows, WHOLE_COMPANY } from '@zhanggui/api-platform';
import type { Order } from './order.entity';

/**
 * Who may reach which orders with a permission: an order belongs to the sales territory of its shipping
 * city, so managers reach their territory's orders; a partner's API key (the website) reaches only the orders
 * it placed. Outside a request (jobs) everything.
 */
export interface OrderReach {
  scope: DataScope;
  /** Set for API keys: only orders created by this key. */
  createdById?: string;
}

export async function orderReach(permission: string): Promise<OrderReach> {
  const actor = currentActor();
  if (!actor) return { scope: WHOLE_COMPANY };
  const scope = await actor.scopeFor(permission);
  return actor.kind === 'api-key' ? { scope, createdById: actor.id } : { scope };
}

export function reachAllows(reach: OrderReach, order: Pick<Order, 'orgUnitId' | 'createdById'>): boolean {
  if (reach.createdById && order.createdById !== reach.createdById) return false;
  return scopeAllows(reach.scope, order.orgUnitId);
}

export function applyOrderReach<T extends ObjectLiteral>(
  query: SelectQueryBuilder<T>,
  alias: string,
  reach: OrderReach,
): SelectQueryBuilder<T> {
  applyDataScope(query, `${alias}.org_unit_id`, reach.scope);
  if (reach.createdById)
    query.andWhere(`${alias}.created_by_id = :reachCreatedById`, { reachCreatedById: reach.createdById });
  return query;
}

/** Internal remarks are for staff: a partner system never sees them. */
export function seesInternalNotes(): boolean {
  return currentActor()?.kind !== 'api-key';
}
