import { currentActor, DataScope, scopeAllows, WHOLE_COMPANY } from '@zhanggui/api-platform';

/**
 * The caller's reach over customers for `permission`: the whole company outside a request (jobs, other
 * domains calling the exported services), else the org units of the caller's grants of it.
 */
export async function customerScope(permission: string): Promise<DataScope> {
  const actor = currentActor();
  return actor ? actor.scopeFor(permission) : WHOLE_COMPANY;
}

/**
 * Decides, per customer, whether the caller sees personal data: with customers:pii-read over the customer's
 * territory (customer service company-wide; a city manager for the city's customers). Other readers see
 * masked values; a customer without a territory is unmasked only for company-wide holders.
 */
export async function piiVisibility(): Promise<(territoryId: string | null) => boolean> {
  const actor = currentActor();
  if (!actor) return () => true;
  if (!actor.permissions.has('customers:pii-read')) return () => false;
  const scope = await actor.scopeFor('customers:pii-read');
  return (territoryId) => scopeAllows(scope, territoryId);
}
