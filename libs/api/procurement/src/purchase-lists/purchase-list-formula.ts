/** Everything a suggestion is computed from, for one SKU (summed over the region's warehouses). */
export interface ReplenishmentFacts {
  /** Units shipped to customers over the window. */
  shippedQuantity: number;
  windowDays: number;
  /** The preferred supplier's lead time. */
  leadTimeDays: number;
  /** Days until the product manager next reviews the list: the order must cover them too. */
  reviewDays: number;
  safetyStock: number;
  reorderPoint: number;
  /** Open backlog: units reserved for customers' orders, still on hand. */
  reserved: number;
  onHand: number;
  /** Ordered from suppliers and not yet received, plus transfers on their way in. */
  inTransit: number;
}

export interface Replenishment {
  /** Units per day over the window (for people; the quantity itself is computed in whole numbers). */
  velocityPerDay: number;
  /** leadTimeDays + reviewDays. */
  coverageDays: number;
  /** ceil(velocity × coverage days): what will sell before the next order can arrive. */
  expectedDemand: number;
  /** on hand + in transit − reserved is under the reorder point. */
  belowReorderPoint: boolean;
  /** max(0, expectedDemand + safetyStock + reserved − onHand − inTransit). */
  suggestedQuantity: number;
}

/**
 * The purchase list's rule (采购清单): buy what will sell until the next order could arrive, plus the safety
 * stock and the open backlog, less what is on hand or already coming. The demand is ceil(shipped × coverage
 * ÷ window) in integers, so no floating point decides a quantity.
 */
export function suggestReplenishment(facts: ReplenishmentFacts): Replenishment {
  if (facts.windowDays <= 0) throw new RangeError('The sales window must be at least one day');
  const coverageDays = facts.leadTimeDays + facts.reviewDays;
  const expectedDemand = ceilDivide(facts.shippedQuantity * coverageDays, facts.windowDays);
  const suggestedQuantity = Math.max(
    0,
    expectedDemand + facts.safetyStock + facts.reserved - facts.onHand - facts.inTransit,
  );
  return {
    velocityPerDay: Math.round((facts.shippedQuantity * 1000) / facts.windowDays) / 1000,
    coverageDays,
    expectedDemand,
    belowReorderPoint: facts.onHand + facts.inTransit - facts.reserved < facts.reorderPoint,
    suggestedQuantity,
  };
}

function ceilDivide(numerator: number, denominator: number): number {
  return Math.floor((numerator + denominator - 1) / denominator);
}
