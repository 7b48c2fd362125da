export interface WarehouseCandidate {
  id: string;
  code: string;
  regionId: string | null;
  active: boolean;
}

/**
 * The warehouse that serves a territory: one whose region is the territory itself, else its parent region,
 * else its province — nearest first (`territoryLineage` is the territory and its ancestors, nearest first).
 * Several at the same level: the lowest code, so the choice is the same every time. None: undefined.
 */
export function chooseWarehouse(
  territoryLineage: readonly string[],
  warehouses: readonly WarehouseCandidate[],
): WarehouseCandidate | undefined {
  for (const unitId of territoryLineage) {
    const here = warehouses
      .filter((w) => w.active && w.regionId === unitId)
      .sort((a, b) => (a.code < b.code ? -1 : a.code > b.code ? 1 : 0));
    if (here.length > 0) return here[0];
  }
  return undefined;
}
