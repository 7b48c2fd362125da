import type { Money } from '@zhanggui/api-platform';

/** One line of the cart being quoted. */
export interface CartLine {
  lineId: string;
  skuId: string;
  productId: string;
  /** The product's category and every ancestor, so a promotion on 数码 reaches a line in 手机配件. */
  categoryIds: string[];
  /** Whole units, at least 1. */
  quantity: number;
  unitPrice: Money;
}

export type PromotionTarget =
  | { scope: 'order' }
  | { scope: 'products'; productIds: string[] }
  | { scope: 'categories'; categoryIds: string[] };

export type PromotionStacking = 'exclusive' | 'combinable';

/** What the promotion gives, by kind. Amounts are in the cart's currency. */
export type PromotionReward =
  /** `basisPoints` of the targeted amount off: 1250 is 12.5%. */
  | { kind: 'percent_off'; basisPoints: number }
  /** `amount` off each targeted unit; off the order once when the target is the order. */
  | { kind: 'amount_off'; amount: Money }
  /** 满减: `amount` off once the targeted amount reaches `threshold`; with `repeat`, for every full threshold. */
  | { kind: 'spend_save'; threshold: Money; amount: Money; repeat: boolean }
  /** On each targeted line, `get` units free for every `buy + get` units. */
  | { kind: 'buy_x_get_y'; buy: number; get: number };

/**
 * A promotion the caller has already found valid for this cart (date, channel, region, usage limits): the
 * engine decides only how much it gives and whether it stacks with the others.
 */
export type PromotionRule = {
  id: string;
  name: string;
  /** Lower applies first and wins ties. */
  priority: number;
  stacking: PromotionStacking;
  /** Combinable promotions sharing a group exclude each other; exclusive ones ignore it. */
  exclusionGroup?: string;
  target: PromotionTarget;
} & PromotionReward;

export interface AppliedDiscount {
  promotionId: string;
  promotionName: string;
  amount: Money;
}

export interface QuotedLine {
  lineId: string;
  skuId: string;
  quantity: number;
  unitPrice: Money;
  listAmount: Money;
  /** In the order they were applied; they add up to `listAmount − amount`. */
  discounts: AppliedDiscount[];
  amount: Money;
}

export interface NotAppliedPromotion {
  promotionId: string;
  promotionName: string;
  /** For people: why it gave nothing on this cart. */
  reason: string;
}

export interface Quote {
  currency: string;
  /** In the order the cart gave them. */
  lines: QuotedLine[];
  listTotal: Money;
  discountTotal: Money;
  total: Money;
  /** Each applied promotion with everything it took off, in the order applied. */
  applied: AppliedDiscount[];
  /** Every other promotion passed in, by priority then id. */
  notApplied: NotAppliedPromotion[];
}
