/**
 * Splits ids for queries that bind one parameter per id (`IN (:...ids)`): PostgreSQL takes at most 65,535
 * parameters in a statement, and an import may name 50,000 SKUs.
 */
export function inBatches<T>(items: T[], size = 1000): T[][] {
  const batches: T[][] = [];
  for (let start = 0; start < items.length; start += size) batches.push(items.slice(start, start + size));
  return batches;
}
