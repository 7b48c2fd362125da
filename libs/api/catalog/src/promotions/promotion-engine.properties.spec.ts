import fc from 'fast-check';
import { Money } from '@zhanggui/api-platform';
import { quoteCart } from './promotion-engine';
import { CNY, fen } from './promotion-engine.test-factories';
import type { CartLine, PromotionReward, PromotionRule, PromotionTarget, Quote } from './promotion-rule';

// Small pools of products and categories, so that random promotions often reach random lines; amounts drawn
// often from a few round values, so that ties (equal lines, equal discounts) are common, as order-dependence
// hides in ties.
const PRODUCTS = ['p1', 'p2', 'p3', 'p4'];
const CATEGORIES = ['c1', 'c2', 'c3'];

const often = (values: number[], min: number, max: number) =>
  fc.oneof(fc.constantFrom(...values), fc.integer({ min, max }));

const lineArbitrary: fc.Arbitrary<CartLine> = fc.record({
  lineId: fc.string({ minLength: 1, maxLength: 3 }),
  skuId: fc.constantFrom('s1', 's2', 's3'),
  productId: fc.constantFrom(...PRODUCTS),
  categoryIds: fc.subarray(CATEGORIES),
  quantity: often([1, 3], 1, 12),
  unitPrice: fc
    .oneof(often([1, 100, 1000, 3333], 0, 50), fc.integer({ min: 0, max: 50_000 }))
    .map((amount) => fen(amount)),
});

const cartArbitrary = fc.uniqueArray(lineArbitrary, { selector: (line) => line.lineId, maxLength: 6 });

const targetArbitrary: fc.Arbitrary<PromotionTarget> = fc.oneof(
  fc.constant({ scope: 'order' as const }),
  fc.subarray(PRODUCTS, { minLength: 1 }).map((productIds) => ({ scope: 'products' as const, productIds })),
  fc
    .subarray(CATEGORIES, { minLength: 1 })
    .map((categoryIds) => ({ scope: 'categories' as const, categoryIds })),
);

const money = (max: number) => often([100, 1000, 3000], 1, max).map((amount) => fen(amount));

const rewardArbitrary: fc.Arbitrary<PromotionReward> = fc.oneof(
  fc.record({ kind: fc.constant('percent_off' as const), basisPoints: often([1000, 2000, 5000], 1, 9999) }),
  fc.record({ kind: fc.constant('amount_off' as const), amount: money(20_000) }),
  fc.record({
    kind: fc.constant('spend_save' as const),
    threshold: money(100_000),
    amount: money(20_000),
    repeat: fc.boolean(),
  }),
  fc.record({
    kind: fc.constant('buy_x_get_y' as const),
    buy: fc.integer({ min: 1, max: 4 }),
    get: fc.integer({ min: 1, max: 3 }),
  }),
);

const promotionArbitrary: fc.Arbitrary<PromotionRule> = fc
  .tuple(
    fc.record({
      id: fc.string({ minLength: 1, maxLength: 3 }),
      name: fc.constantFrom('双十一', '满300减30', '夏季特惠'),
      priority: fc.integer({ min: 0, max: 3 }),
      stacking: fc.constantFrom('exclusive' as const, 'combinable' as const, 'combinable' as const),
      exclusionGroup: fc.constantFrom(undefined, undefined, 'g1', 'g2'),
      target: targetArbitrary,
    }),
    rewardArbitrary,
  )
  .map(([base, reward]) => ({ ...base, ...reward }));

/** Some promotions come with a twin under another id, so that equal discounts must be settled by id. */
const promotionsArbitrary = fc
  .tuple(fc.uniqueArray(promotionArbitrary, { selector: (p) => p.id, maxLength: 6 }), fc.array(fc.boolean()))
  .map(([promotions, twinned]) => [
    ...promotions,
    ...promotions.filter((_, i) => twinned[i]).map((p) => ({ ...p, id: `${p.id}/双` })),
  ]);

/** A cart and promotions, plus the same two lists shuffled. */
const scenarioArbitrary = fc.tuple(cartArbitrary, promotionsArbitrary).chain(([lines, promotions]) =>
  fc.record({
    lines: fc.constant(lines),
    promotions: fc.constant(promotions),
    shuffledLines: fc.shuffledSubarray(lines, { minLength: lines.length }),
    shuffledPromotions: fc.shuffledSubarray(promotions, { minLength: promotions.length }),
  }),
);

const sum = (amounts: Money[]): number => Money.sum(amounts, CNY).amount;

/** The quote as plain data, lines keyed by id, so two quotes compare whatever order their lines came in. */
const comparable = (quote: Quote) => {
  const plain = JSON.parse(JSON.stringify(quote));
  return { ...plain, lines: Object.fromEntries(plain.lines.map((l: { lineId: string }) => [l.lineId, l])) };
};

describe('quoteCart, for any cart and promotions', () => {
  it('keeps the books: lines, totals, applied promotions and line discounts all agree', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ lines, promotions }) => {
        const quote = quoteCart(lines, promotions, CNY);
        const allDiscounts = quote.lines.flatMap((line) => line.discounts);

        expect(quote.lines.map((line) => line.lineId)).toEqual(lines.map((line) => line.lineId));
        expect(quote.listTotal.amount).toBe(sum(lines.map((line) => line.unitPrice.times(line.quantity))));
        expect(quote.total.amount).toBe(sum(quote.lines.map((line) => line.amount)));
        expect(quote.total.amount).toBeGreaterThanOrEqual(0);
        expect(quote.total.amount).toBeLessThanOrEqual(quote.listTotal.amount);
        expect(quote.discountTotal.amount).toBe(quote.listTotal.amount - quote.total.amount);
        expect(quote.discountTotal.amount).toBe(sum(quote.applied.map((applied) => applied.amount)));
        expect(quote.discountTotal.amount).toBe(sum(allDiscounts.map((discount) => discount.amount)));
        for (const line of quote.lines) {
          expect(line.listAmount.amount).toBe(line.unitPrice.amount * line.quantity);
          expect(line.amount.amount).toBe(line.listAmount.amount - sum(line.discounts.map((d) => d.amount)));
          expect(line.amount.amount).toBeGreaterThanOrEqual(0);
          for (const discount of line.discounts) expect(discount.amount.amount).toBeGreaterThan(0);
        }
        for (const applied of quote.applied) {
          const onLines = allDiscounts.filter((discount) => discount.promotionId === applied.promotionId);
          expect(applied.amount.amount).toBeGreaterThan(0);
          expect(sum(onLines.map((discount) => discount.amount))).toBe(applied.amount.amount);
        }
      }),
    );
  });

  it('gives the same quote for any order of the promotions and of the lines', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ lines, promotions, shuffledLines, shuffledPromotions }) => {
        const original = quoteCart(lines, promotions, CNY);
        const shuffled = quoteCart(shuffledLines, shuffledPromotions, CNY);
        expect(comparable(shuffled)).toEqual(comparable(original));
        expect(shuffled.lines.map((line) => line.lineId)).toEqual(shuffledLines.map((line) => line.lineId));
      }),
      { numRuns: 500 },
    );
  });

  it('obeys the stacking rules and accounts for every promotion once', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ lines, promotions }) => {
        const quote = quoteCart(lines, promotions, CNY);
        const byId = new Map(promotions.map((p) => [p.id, p]));
        const applied = quote.applied.map((a) => byId.get(a.promotionId)!);

        expect([...quote.applied, ...quote.notApplied].map((p) => p.promotionId).sort()).toEqual(
          promotions.map((p) => p.id).sort(),
        );
        if (applied.some((p) => p.stacking === 'exclusive')) expect(applied).toHaveLength(1);
        const groups = applied.flatMap((p) => (p.exclusionGroup === undefined ? [] : [p.exclusionGroup]));
        expect(new Set(groups).size).toBe(groups.length);
        for (const reason of quote.notApplied.map((n) => n.reason)) expect(reason).not.toBe('');
      }),
    );
  });

  it('never gives less than any exclusive promotion would alone', () => {
    fc.assert(
      fc.property(scenarioArbitrary, ({ lines, promotions }) => {
        const quote = quoteCart(lines, promotions, CNY);
        for (const promotion of promotions.filter((p) => p.stacking === 'exclusive')) {
          const alone = quoteCart(lines, [promotion], CNY);
          expect(quote.discountTotal.amount).toBeGreaterThanOrEqual(alone.discountTotal.amount);
        }
      }),
    );
  });
});
