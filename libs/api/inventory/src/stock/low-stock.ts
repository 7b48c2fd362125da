/**
 * Low stock: available below the reorder point. A reorder point of 0 means "not watched". What matters for
 * alerts is the crossing: StockLow fires when a balance becomes low, not on every movement while it stays low.
 */
export function isLow(available: number, reorderPoint: number): boolean {
  return reorderPoint > 0 && available < reorderPoint;
}

export type LowStockTransition = 'became-low' | 'recovered' | 'unchanged';

export function lowStockTransition(
  wasLow: boolean,
  now: { available: number; reorderPoint: number },
): LowStockTransition {
  const low = isLow(now.available, now.reorderPoint);
  if (low === wasLow) return 'unchanged';
  return low ? 'became-low' : 'recovered';
}
