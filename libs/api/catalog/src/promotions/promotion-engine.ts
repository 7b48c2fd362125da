import { Money } from '@zhanggui/api-platform';
import { compareIds } from './promotion-engine-discounts';
import { assertQuotable } from './promotion-engine-input';
import { chooseAndApply } from './promotion-engine-stacking';
import type { CartLine, PromotionRule, Quote } from './promotion-rule';

export type {
  AppliedDiscount,
  CartLine,
  NotAppliedPromotion,
  PromotionReward,
  PromotionRule,
  PromotionStacking,
  PromotionTarget,
  QuotedLine,
  Quote,
} from './promotion-rule';
export { PromotionCurrencyMismatchError, PromotionInputInvalidError } from './promotion-engine.errors';

/**
 * Quotes a cart under the promotions the caller found valid for it: which promotions stack, what each line
 * pays, and why every other promotion gave nothing. Pure and deterministic: the same lines and promotions in
 * any order give the same quote.
 */
export function quoteCart(
  lines: readonly CartLine[],
  promotions: readonly PromotionRule[],
  currency: string,
): Quote {
  assertQuotable(lines, promotions, currency);
  // Allocation gives leftover 分 to earlier lines on a tie, so the engine works in one fixed line order.
  const canonical = [...lines].sort((a, b) => compareIds(a.lineId, b.lineId));
  const { result, notApplied } = chooseAndApply(canonical, promotions, currency);

  const stateOf = new Map(result.lines.map((state) => [state.line.lineId, state]));
  const quotedLines = lines.map((line) => {
    const state = stateOf.get(line.lineId)!;
    return {
      lineId: line.lineId,
      skuId: line.skuId,
      quantity: line.quantity,
      unitPrice: line.unitPrice,
      listAmount: state.listAmount,
      discounts: state.discounts,
      amount: state.remaining,
    };
  });
  const listTotal = Money.sum(
    quotedLines.map((line) => line.listAmount),
    currency,
  );
  const total = Money.sum(
    quotedLines.map((line) => line.amount),
    currency,
  );
  return {
    currency,
    lines: quotedLines,
    listTotal,
    discountTotal: listTotal.minus(total),
    total,
    applied: result.outcomes
      .filter((outcome) => !outcome.amount.isZero())
      .map(({ rule, amount }) => ({ promotionId: rule.id, promotionName: rule.name, amount })),
    notApplied,
  };
}
