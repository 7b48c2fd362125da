import type { Money } from '@zhanggui/api-platform';
import {
  applyPromotions,
  byRank,
  type DiscountedCart,
  type PromotionOutcome,
} from './promotion-engine-discounts';
import type { CartLine, NotAppliedPromotion, PromotionRule } from './promotion-rule';
import { formatMoney } from './promotion-rule-description';

/** A set of promotions allowed to apply together, with what they give together on this cart. */
interface Candidate {
  rules: PromotionRule[];
  exclusive: boolean;
  /** Its first promotion by priority then id, which breaks ties between candidates. */
  leader: PromotionRule;
  result: DiscountedCart;
}

export interface StackingDecision {
  result: DiscountedCart;
  notApplied: NotAppliedPromotion[];
}

/**
 * The stacking rule: the candidates are each exclusive promotion alone, and the combinable promotions
 * together with only the best member of each exclusion group kept. The candidate that takes the most off
 * wins; on a tie, the one whose leader ranks first.
 */
export function chooseAndApply(
  lines: readonly CartLine[],
  rules: readonly PromotionRule[],
  currency: string,
): StackingDecision {
  const alone = new Map(rules.map((rule) => [rule.id, applyPromotions(lines, [rule], currency).outcomes[0]]));
  const { kept, beatenBy } = keepBestOfEachGroup(rules, alone);

  const candidates: Candidate[] = rules
    .filter((rule) => rule.stacking === 'exclusive')
    .map((rule) => candidate([rule], true, lines, currency));
  const combined = kept.length > 0 ? candidate(kept, false, lines, currency) : undefined;
  if (combined) candidates.push(combined);
  candidates.sort(
    (a, b) => b.result.discountTotal.compare(a.result.discountTotal) || byRank(a.leader, b.leader),
  );
  const chosen = candidates[0];
  if (!chosen) return { result: applyPromotions(lines, [], currency), notApplied: [] };

  const gaveSomething = new Set(
    chosen.result.outcomes.filter((outcome) => !outcome.amount.isZero()).map((outcome) => outcome.rule.id),
  );
  const explain = (rule: PromotionRule): string => {
    const own = chosen.result.outcomes.find((outcome) => outcome.rule.id === rule.id);
    if (own) return own.reason ?? '';
    const { amount: aloneAmount, reason: aloneReason } = alone.get(rule.id)!;
    if (aloneAmount.isZero()) return aloneReason ?? '';
    const groupWinner = beatenBy.get(rule.id);
    if (groupWinner) return lostInGroup(rule, groupWinner, alone);
    const ownCandidate = rule.stacking === 'exclusive' ? aloneAmount : combined!.result.discountTotal;
    return lostToCandidate(chosen, ownCandidate);
  };
  const notApplied = [...rules]
    .filter((rule) => !gaveSomething.has(rule.id))
    .sort(byRank)
    .map((rule) => ({ promotionId: rule.id, promotionName: rule.name, reason: explain(rule) }));
  return { result: chosen.result, notApplied };
}

function candidate(
  rules: PromotionRule[],
  exclusive: boolean,
  lines: readonly CartLine[],
  currency: string,
): Candidate {
  const leader = [...rules].sort(byRank)[0];
  return { rules, exclusive, leader, result: applyPromotions(lines, rules, currency) };
}

/** Combinable promotions without a group, plus the member of each group that alone takes the most off. */
function keepBestOfEachGroup(
  rules: readonly PromotionRule[],
  alone: Map<string, PromotionOutcome>,
): { kept: PromotionRule[]; beatenBy: Map<string, PromotionRule> } {
  const kept: PromotionRule[] = [];
  const groups = new Map<string, PromotionRule[]>();
  for (const rule of rules) {
    if (rule.stacking !== 'combinable') continue;
    if (rule.exclusionGroup === undefined) kept.push(rule);
    else groups.set(rule.exclusionGroup, [...(groups.get(rule.exclusionGroup) ?? []), rule]);
  }
  const beatenBy = new Map<string, PromotionRule>();
  for (const members of groups.values()) {
    const [best, ...rest] = members.sort(
      (a, b) => alone.get(b.id)!.amount.compare(alone.get(a.id)!.amount) || byRank(a, b),
    );
    kept.push(best);
    for (const loser of rest) beatenBy.set(loser.id, best);
  }
  return { kept, beatenBy };
}

function lostInGroup(
  rule: PromotionRule,
  winner: PromotionRule,
  alone: Map<string, PromotionOutcome>,
): string {
  const mine = alone.get(rule.id)!.amount;
  const theirs = alone.get(winner.id)!.amount;
  const group = `another promotion of group '${rule.exclusionGroup}'`;
  return theirs.equals(mine)
    ? `${group}, ${winner.name}, gives as much (${formatMoney(mine)}) and comes first by priority then id`
    : `${group}, ${winner.name}, gives more (${formatMoney(theirs)} against ${formatMoney(mine)})`;
}

function lostToCandidate(chosen: Candidate, ownCandidate: Money): string {
  const winning = chosen.result.discountTotal;
  const margin = winning.equals(ownCandidate)
    ? `same discount of ${formatMoney(winning)}, first by priority then id`
    : `bigger discount: ${formatMoney(winning)} against ${formatMoney(ownCandidate)}`;
  if (chosen.exclusive) return `excluded by ${chosen.leader.name} (exclusive, ${margin})`;
  const names = chosen.rules
    .filter((other) => chosen.result.outcomes.some((o) => o.rule.id === other.id && !o.amount.isZero()))
    .sort(byRank)
    .map((other) => other.name)
    .join(', ');
  return `exclusive, and the combinable promotions ${names} together win (${margin})`;
}
