import { Money } from '@zhanggui/api-platform';

/** From `fromAttainmentBp` (10000 = 100% of target) upward, commission is `rateBp` of the actual sales. */
export interface CommissionTier {
  fromAttainmentBp: number;
  rateBp: number;
}

/** Tiers must start at 0 and rise strictly, so every attainment falls in exactly one. */
export function tiersProblem(tiers: readonly CommissionTier[]): string | undefined {
  if (tiers.length === 0) return 'at least one tier is needed';
  if (tiers[0].fromAttainmentBp !== 0) return 'the first tier must start at 0';
  for (let i = 1; i < tiers.length; i++)
    if (tiers[i].fromAttainmentBp <= tiers[i - 1].fromAttainmentBp)
      return 'tiers must be in rising order of attainment';
  return undefined;
}

/** The rate of the highest tier reached. */
export function rateFor(tiers: readonly CommissionTier[], attainmentBp: number): number {
  let rate = 0;
  for (const tier of tiers) if (attainmentBp >= tier.fromAttainmentBp) rate = tier.rateBp;
  return rate;
}

/** Commission in 分: the rate applied to the (non-negative) actual, rounded half-even once. */
export function commissionFor(actual: number, rateBp: number, currency = 'CNY'): number {
  if (actual <= 0 || rateBp <= 0) return 0;
  return Money.of(actual, currency).multiplyByRatio(rateBp, 10_000).toJSON().amount;
}
