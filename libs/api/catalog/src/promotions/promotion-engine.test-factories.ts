import { Money } from '@zhanggui/api-platform';
import type { CartLine, PromotionRule, PromotionTarget, Quote } from './promotion-rule';

// Factories for the promotion engine's tests: amounts are plain numbers of 分, everything else has a default.

export const CNY = 'CNY';

export const fen = (amount: number, currency = CNY): Money => Money.of(amount, currency);

export function cartLine(
  lineId: string,
  unitPrice: number,
  quantity = 1,
  more: Partial<CartLine> = {},
): CartLine {
  return {
    lineId,
    skuId: `sku-${lineId}`,
    productId: `product-${lineId}`,
    categoryIds: [],
    quantity,
    unitPrice: fen(unitPrice),
    ...more,
  };
}

export const ORDER: PromotionTarget = { scope: 'order' };
export const products = (...productIds: string[]): PromotionTarget => ({ scope: 'products', productIds });
export const categories = (...categoryIds: string[]): PromotionTarget => ({
  scope: 'categories',
  categoryIds,
});

type RuleBase = Pick<PromotionRule, 'id' | 'name' | 'priority' | 'stacking' | 'exclusionGroup' | 'target'>;
type BaseOptions = Partial<Omit<RuleBase, 'id'>>;
type RuleOf<Kind extends PromotionRule['kind']> = Extract<PromotionRule, { kind: Kind }>;

const base = (id: string, options: BaseOptions): RuleBase => ({
  id,
  name: id,
  priority: 10,
  stacking: 'combinable',
  target: ORDER,
  ...options,
});

export const percentOff = (
  id: string,
  basisPoints: number,
  options: BaseOptions = {},
): RuleOf<'percent_off'> => ({
  ...base(id, options),
  kind: 'percent_off',
  basisPoints,
});

export const amountOff = (id: string, amount: number, options: BaseOptions = {}): RuleOf<'amount_off'> => ({
  ...base(id, options),
  kind: 'amount_off',
  amount: fen(amount),
});

export const spendSave = (
  id: string,
  threshold: number,
  amount: number,
  repeat: boolean,
  options: BaseOptions = {},
): RuleOf<'spend_save'> => ({
  ...base(id, options),
  kind: 'spend_save',
  threshold: fen(threshold),
  amount: fen(amount),
  repeat,
});

export const buyXGetY = (
  id: string,
  buy: number,
  get: number,
  options: BaseOptions = {},
): RuleOf<'buy_x_get_y'> => ({
  ...base(id, options),
  kind: 'buy_x_get_y',
  buy,
  get,
});

/** Each line's discounts as `promotionId: 分` and what it pays, keyed by line id. */
export function linesOf(quote: Quote): Record<string, { discounts: Record<string, number>; amount: number }> {
  return Object.fromEntries(
    quote.lines.map((line) => [
      line.lineId,
      {
        discounts: Object.fromEntries(line.discounts.map((d) => [d.promotionId, d.amount.amount])),
        amount: line.amount.amount,
      },
    ]),
  );
}

/** Applied promotions as `promotionId: 分`, in the order applied. */
export function appliedOf(quote: Quote): Array<[string, number]> {
  return quote.applied.map((applied) => [applied.promotionId, applied.amount.amount]);
}

/** Why each promotion was not applied, keyed by promotion id. */
export function reasonsOf(quote: Quote): Record<string, string> {
  return Object.fromEntries(quote.notApplied.map((n) => [n.promotionId, n.reason]));
}
