import { Money } from '@zhanggui/api-platform';
import type { AppliedDiscount, CartLine, PromotionRule, PromotionTarget } from './promotion-rule';
import { describeReward, describeTarget, formatMoney, formatPercent } from './promotion-rule-description';

const BASIS_POINTS = 10_000;

export interface LineState {
  line: CartLine;
  listAmount: Money;
  /** What is left to discount after the promotions applied so far. */
  remaining: Money;
  discounts: AppliedDiscount[];
}

export interface PromotionOutcome {
  rule: PromotionRule;
  /** All it took off, over every line; zero when it gave nothing. */
  amount: Money;
  /** Why it gave nothing; set only when `amount` is zero. */
  reason?: string;
}

export interface DiscountedCart {
  lines: LineState[];
  /** One per promotion, in the order applied. */
  outcomes: PromotionOutcome[];
  discountTotal: Money;
}

/** Priority, then id: the one order used for applying promotions and for breaking every tie. */
export function byRank(a: PromotionRule, b: PromotionRule): number {
  if (a.priority !== b.priority) return a.priority < b.priority ? -1 : 1;
  return compareIds(a.id, b.id);
}

/** Code-unit order, not locale order, so the result is the same on every server. */
export function compareIds(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

/**
 * Order-level promotions apply to the order amount and are spread over the lines afterwards. Buy-x-get-y is
 * counted per line by nature, so on the whole order it is a line-level promotion on every line.
 */
export function isOrderLevel(rule: PromotionRule): boolean {
  return rule.target.scope === 'order' && rule.kind !== 'buy_x_get_y';
}

/**
 * Applies the given promotions, all of them, to fresh copies of the lines: line-level ones first, then
 * order-level ones, each by priority and on what the previous ones left. Choosing which promotions may stack
 * is not done here.
 */
export function applyPromotions(
  lines: readonly CartLine[],
  rules: readonly PromotionRule[],
  currency: string,
): DiscountedCart {
  const states: LineState[] = lines.map((line) => {
    const listAmount = line.unitPrice.times(line.quantity);
    return { line, listAmount, remaining: listAmount, discounts: [] };
  });
  const ordered = [...rules].sort(
    (a, b) => Number(isOrderLevel(a)) - Number(isOrderLevel(b)) || byRank(a, b),
  );
  const outcomes = ordered.map((rule) => applyOne(rule, states, currency));
  return {
    lines: states,
    outcomes,
    discountTotal: Money.sum(
      outcomes.map((outcome) => outcome.amount),
      currency,
    ),
  };
}

function applyOne(rule: PromotionRule, states: LineState[], currency: string): PromotionOutcome {
  const result = sharesOf(rule, states, currency);
  if ('nothing' in result) return { rule, amount: Money.zero(currency), reason: result.nothing };
  result.shares.forEach((share, i) => {
    if (share.isZero()) return;
    states[i].remaining = states[i].remaining.minus(share);
    states[i].discounts.push({ promotionId: rule.id, promotionName: rule.name, amount: share });
  });
  return { rule, amount: Money.sum(result.shares, currency) };
}

/** Each line's share of the promotion (zero for lines it does not touch), or why it gives nothing. */
type Shares = { shares: Money[] } | { nothing: string };

function sharesOf(rule: PromotionRule, states: LineState[], currency: string): Shares {
  const targeted = states.flatMap((state, i) => (isTargeted(rule.target, state.line) ? [i] : []));
  if (targeted.length === 0) {
    return {
      nothing:
        states.length === 0
          ? 'the cart is empty'
          : `no line in the cart is in ${describeTarget(rule.target)}`,
    };
  }
  const pool = Money.sum(
    targeted.map((i) => states[i].remaining),
    currency,
  );
  if (pool.isZero()) return { nothing: `nothing is left to discount on ${describeTarget(rule.target)}` };

  const shares = computeShares(rule, states, targeted, pool, currency);
  if ('nothing' in shares || shares.shares.some((share) => !share.isZero())) return shares;
  return { nothing: whyNothing(rule, states, targeted, pool) };
}

function computeShares(
  rule: PromotionRule,
  states: LineState[],
  targeted: number[],
  pool: Money,
  currency: string,
): Shares {
  const zeros = states.map(() => Money.zero(currency));
  switch (rule.kind) {
    case 'percent_off':
      // Rounded once: on the order amount for the order, on each line's amount for lines (never per unit).
      return isOrderLevel(rule)
        ? spread(pool.multiplyByRatio(rule.basisPoints, BASIS_POINTS), states, targeted, zeros)
        : perLine(states, targeted, zeros, (s) =>
            s.remaining.multiplyByRatio(rule.basisPoints, BASIS_POINTS),
          );
    case 'amount_off':
      return isOrderLevel(rule)
        ? spread(capped(rule.amount, 1, pool), states, targeted, zeros)
        : perLine(states, targeted, zeros, (s) => capped(rule.amount, s.line.quantity, s.remaining));
    case 'spend_save': {
      if (pool.compare(rule.threshold) < 0) {
        const after = targeted.some((i) => !states[i].remaining.equals(states[i].listAmount))
          ? ' after earlier discounts'
          : '';
        return {
          nothing:
            `spend ${formatMoney(rule.threshold)} on ${describeTarget(rule.target)} to get ` +
            `${formatMoney(rule.amount)} off (cart has ${formatMoney(pool)}${after})`,
        };
      }
      const times = rule.repeat ? Number(BigInt(pool.amount) / BigInt(rule.threshold.amount)) : 1;
      return spread(capped(rule.amount, times, pool), states, targeted, zeros);
    }
    case 'buy_x_get_y': {
      const { buy, get } = rule;
      // The free units' share of what is left, so a discount applied before counts on them too.
      return perLine(states, targeted, zeros, (s) =>
        s.remaining.multiplyByRatio(Math.floor(s.line.quantity / (buy + get)) * get, s.line.quantity),
      );
    }
  }
}

function whyNothing(rule: PromotionRule, states: LineState[], targeted: number[], pool: Money): string {
  if (rule.kind === 'buy_x_get_y') {
    const most = Math.max(...targeted.map((i) => states[i].line.quantity));
    if (most < rule.buy + rule.get) {
      return (
        `${describeReward(rule)} needs ${rule.buy + rule.get} units on one line of ` +
        `${describeTarget(rule.target)} (the most is ${most})`
      );
    }
  }
  if (rule.kind === 'percent_off') {
    return `${formatPercent(rule.basisPoints)} off ${formatMoney(pool)} rounds to nothing`;
  }
  return `${describeReward(rule)} gives nothing on what is left of ${describeTarget(rule.target)}`;
}

function isTargeted(target: PromotionTarget, line: CartLine): boolean {
  switch (target.scope) {
    case 'order':
      return true;
    case 'products':
      return target.productIds.includes(line.productId);
    case 'categories':
      return line.categoryIds.some((id) => target.categoryIds.includes(id));
  }
}

function perLine(
  states: LineState[],
  targeted: number[],
  zeros: Money[],
  discountOf: (state: LineState) => Money,
): Shares {
  const shares = [...zeros];
  for (const i of targeted) shares[i] = discountOf(states[i]);
  return { shares };
}

/** Spreads one discount over the targeted lines in proportion to what is left of each (never beyond it). */
function spread(discount: Money, states: LineState[], targeted: number[], zeros: Money[]): Shares {
  const shares = [...zeros];
  if (discount.isZero()) return { shares };
  const parts = discount.allocate(targeted.map((i) => states[i].remaining.amount));
  targeted.forEach((lineIndex, k) => (shares[lineIndex] = parts[k]));
  return { shares };
}

/** `amount × times`, but no more than `cap`; in BigInt so a large quantity cannot overflow. */
function capped(amount: Money, times: number, cap: Money): Money {
  const full = BigInt(amount.amount) * BigInt(times);
  return full >= BigInt(cap.amount) ? cap : Money.of(Number(full), cap.currency);
}
