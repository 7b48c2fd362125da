import { Money } from '@zhanggui/api-platform';

export interface PricingPolicy {
  /** Basis points over cost the shop aims for (3000 = 30%). */
  targetMarginBp: number;
  /** Basis points over cost below which a price needs the general manager's approval (1000 = 10%). */
  minimumMarginBp: number;
}

export interface PriceEvidence {
  cost?: Money;
  lowestCompetitor?: { amount: Money; competitor: string; observedAt: Date };
  offlinePrice?: Money;
}

export interface Suggestion {
  amount?: Money;
  /** The lowest price that needs no approval: cost × (1 + minimum margin), rounded up. */
  floor?: Money;
  reasoning: string[];
}

/** The lowest price that keeps the minimum margin (rounded up: a fen below would already be under it). */
export function marginFloor(cost: Money, policy: PricingPolicy): Money {
  return cost.multiplyByRatio(10_000 + policy.minimumMarginBp, 10_000, 'up');
}

export function isBelowMargin(price: Money, cost: Money | undefined, policy: PricingPolicy): boolean {
  return cost !== undefined && price.compare(marginFloor(cost, policy)) < 0;
}

/**
 * The product manager's suggested price (产品定价): cost plus the target margin, then checked against the
 * market — no dearer than the cheapest competitor, no dearer online than in the shops (the traditional
 * channel) — but never below the minimum margin. Every step says why, in the order it was taken.
 */
export function suggestPrice(evidence: PriceEvidence, policy: PricingPolicy): Suggestion {
  if (!evidence.cost) return { reasoning: ['No purchase cost is known yet, so there is no suggestion.'] };
  const cost = evidence.cost;
  const floor = marginFloor(cost, policy);
  // For a cost of a few fen, rounding could put the target under the floor; the floor wins.
  let amount = maxOf(cost.multiplyByRatio(10_000 + policy.targetMarginBp, 10_000), floor);
  const reasoning = [
    `Cost ${yuan(cost)} plus the target margin of ${percent(policy.targetMarginBp)}: ${yuan(amount)}.`,
  ];

  const competitor = evidence.lowestCompetitor;
  if (competitor && competitor.amount.compare(amount) < 0) {
    const matched = maxOf(competitor.amount, floor);
    reasoning.push(
      matched.equals(competitor.amount)
        ? `${competitor.competitor} sells it for ${yuan(competitor.amount)} (seen ${competitor.observedAt.toISOString().slice(0, 10)}): match it.`
        : `${competitor.competitor} sells it for ${yuan(competitor.amount)}, below the minimum margin: go no lower than ${yuan(floor)}.`,
    );
    amount = matched;
  }
  const offline = evidence.offlinePrice;
  if (offline && offline.compare(amount) < 0) {
    const capped = maxOf(offline, floor);
    reasoning.push(
      capped.equals(offline)
        ? `The shops (traditional channel) sell it for ${yuan(offline)}: the website should not be dearer.`
        : `The shops sell it for ${yuan(offline)}, below the minimum margin: go no lower than ${yuan(floor)}.`,
    );
    amount = capped;
  }
  reasoning.push(
    `Minimum margin ${percent(policy.minimumMarginBp)}: prices below ${yuan(floor)} need the general manager’s approval.`,
  );
  return { amount, floor, reasoning };
}

function maxOf(a: Money, b: Money): Money {
  return a.compare(b) >= 0 ? a : b;
}

export function yuan(money: Money): string {
  const sign = money.amount < 0 ? '-' : '';
  const fen = Math.abs(money.amount);
  return `${sign}¥${Math.floor(fen / 100)}.${String(fen % 100).padStart(2, '0')}`;
}

function percent(bp: number): string {
  return `${bp / 100}%`;
}
