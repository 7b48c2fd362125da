import { Money } from '@zhanggui/api-platform';

/** How a node's children compare with it: `difference` > 0 is still to allocate, < 0 over-allocated. */
export interface AllocationBalance {
  allocated: number;
  difference: number;
  balanced: boolean;
}

/** Children should add up to their parent; when they do not, the difference is shown, not hidden. */
export function allocationBalance(parentAmount: number, childAmounts: readonly number[]): AllocationBalance {
  const allocated = childAmounts.reduce((sum, amount) => sum + amount, 0);
  return { allocated, difference: parentAmount - allocated, balanced: allocated === parentAmount };
}

/**
 * Splits a parent's amount over children by weight (e.g. last year's sales), in whole 分, the remainder going
 * to the largest fractions: the parts always add up to the parent exactly.
 */
export function splitByWeights(amount: number, weights: readonly number[], currency = 'CNY'): number[] {
  if (weights.length === 0) return [];
  if (weights.every((weight) => weight === 0)) weights = weights.map(() => 1);
  return Money.of(amount, currency)
    .allocate([...weights])
    .map((part) => part.toJSON().amount);
}

/** Attainment in basis points (10000 = 100%), rounded down; no target means no attainment. */
export function attainmentBp(actual: number, target: number): number | null {
  if (target <= 0) return null;
  return Math.floor((Math.max(actual, 0) * 10_000) / target);
}
