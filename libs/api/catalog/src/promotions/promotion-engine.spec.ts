import { MoneyError } from '@zhanggui/api-platform';
import { PromotionCurrencyMismatchError, PromotionInputInvalidError, quoteCart } from './promotion-engine';
import {
  amountOff,
  appliedOf,
  buyXGetY,
  cartLine,
  categories,
  CNY,
  fen,
  linesOf,
  percentOff,
  products,
  reasonsOf,
  spendSave,
} from './promotion-engine.test-factories';
import type { PromotionRule } from './promotion-rule';

describe('quoteCart', () => {
  describe('percent_off', () => {
    it('takes a percentage off the targeted products only, rounded half to even once per line', () => {
      const quote = quoteCart(
        [cartLine('A', 9999, 2, { productId: 'phone' }), cartLine('B', 5000, 1, { productId: 'case' })],
        [percentOff('P', 1250, { target: products('phone') })],
        CNY,
      );
      // 12.5% of 199.98 is 24.9975
      expect(linesOf(quote)).toEqual({
        A: { discounts: { P: 2500 }, amount: 17498 },
        B: { discounts: {}, amount: 5000 },
      });
      expect(quote.listTotal.amount).toBe(24998);
      expect(quote.discountTotal.amount).toBe(2500);
      expect(quote.total.amount).toBe(22498);
      expect(quote.applied).toEqual([{ promotionId: 'P', promotionName: 'P', amount: fen(2500) }]);
    });

    it('reaches a line through any ancestor of its category', () => {
      const quote = quoteCart(
        [
          cartLine('A', 10000, 1, { categoryIds: ['cables', 'accessories', 'digital'] }),
          cartLine('B', 3000, 1, { categoryIds: ['snacks', 'food'] }),
        ],
        [percentOff('P', 1000, { target: categories('digital') })],
        CNY,
      );
      expect(linesOf(quote)).toEqual({
        A: { discounts: { P: 1000 }, amount: 9000 },
        B: { discounts: {}, amount: 3000 },
      });
    });

    it('on the order, rounds once on the order amount and spreads it over the lines', () => {
      const quote = quoteCart(
        [cartLine('A', 333), cartLine('B', 333), cartLine('C', 334)],
        [percentOff('P', 1250)],
        CNY,
      );
      // 12.5% of 10.00 is 1.25 exactly; rounding each line (41.625, 41.625, 41.75) would have given 1.26.
      expect(quote.discountTotal.amount).toBe(125);
      expect(linesOf(quote)).toEqual({
        A: { discounts: { P: 42 }, amount: 291 },
        B: { discounts: { P: 41 }, amount: 292 },
        C: { discounts: { P: 42 }, amount: 292 },
      });
    });

    it('rounds on the line amount, not per unit: 33.33% of one 1 分 unit is nothing, of three is 1 分', () => {
      const one = quoteCart(
        [cartLine('A', 1, 1, { productId: 'clip' })],
        [percentOff('P', 3333, { target: products('clip') })],
        CNY,
      );
      expect(one.applied).toEqual([]);
      expect(reasonsOf(one)).toEqual({ P: '33.33% off ¥0.01 rounds to nothing' });

      const three = quoteCart(
        [cartLine('A', 1, 3, { productId: 'clip' })],
        [percentOff('P', 3333, { target: products('clip') })],
        CNY,
      );
      expect(linesOf(three).A).toEqual({ discounts: { P: 1 }, amount: 2 });
    });

    it('rounds halves to even: half of 5 分 is 2, half of 7 分 is 4', () => {
      const quote = quoteCart(
        [cartLine('A', 5, 1, { productId: 'x' }), cartLine('B', 7, 1, { productId: 'x' })],
        [percentOff('P', 5000, { target: products('x') })],
        CNY,
      );
      expect(linesOf(quote)).toEqual({
        A: { discounts: { P: 2 }, amount: 3 },
        B: { discounts: { P: 4 }, amount: 3 },
      });
    });
  });

  describe('amount_off', () => {
    it('takes a fixed amount off each targeted unit', () => {
      const quote = quoteCart(
        [cartLine('A', 2000, 3, { productId: 'mug' }), cartLine('B', 2000, 1)],
        [amountOff('P', 500, { target: products('mug') })],
        CNY,
      );
      expect(linesOf(quote)).toEqual({
        A: { discounts: { P: 1500 }, amount: 4500 },
        B: { discounts: {}, amount: 2000 },
      });
    });

    it('takes it off each unit of the targeted categories', () => {
      const quote = quoteCart(
        [
          cartLine('A', 2000, 2, { categoryIds: ['tea'] }),
          cartLine('B', 2000, 1, { categoryIds: ['coffee'] }),
        ],
        [amountOff('P', 300, { target: categories('tea') })],
        CNY,
      );
      expect(linesOf(quote)).toEqual({
        A: { discounts: { P: 600 }, amount: 3400 },
        B: { discounts: {}, amount: 2000 },
      });
    });

    it('never takes a line below zero', () => {
      const quote = quoteCart(
        [cartLine('A', 2000, 2, { productId: 'mug' })],
        [amountOff('P', 3000, { target: products('mug') })],
        CNY,
      );
      expect(linesOf(quote).A).toEqual({ discounts: { P: 4000 }, amount: 0 });
      expect(quote.total.amount).toBe(0);
    });

    it('on the order, takes the amount off once and spreads it in proportion to the lines', () => {
      const quote = quoteCart([cartLine('A', 20000), cartLine('B', 10000)], [amountOff('P', 5000)], CNY);
      expect(linesOf(quote)).toEqual({
        A: { discounts: { P: 3333 }, amount: 16667 },
        B: { discounts: { P: 1667 }, amount: 8333 },
      });
    });

    it('spreads 100 分 over three equal lines as 34, 33, 33, whatever order the lines come in', () => {
      const lines = [cartLine('L1', 1000), cartLine('L2', 1000), cartLine('L3', 1000)];
      for (const order of [lines, [...lines].reverse()]) {
        const quote = quoteCart(order, [amountOff('P', 100)], CNY);
        expect(Object.fromEntries(quote.lines.map((l) => [l.lineId, l.discounts[0].amount.amount]))).toEqual({
          L1: 34,
          L2: 33,
          L3: 33,
        });
      }
    });

    it('never takes the order below zero', () => {
      const quote = quoteCart([cartLine('A', 10000), cartLine('B', 20000)], [amountOff('P', 50000)], CNY);
      expect(appliedOf(quote)).toEqual([['P', 30000]]);
      expect(linesOf(quote)).toEqual({
        A: { discounts: { P: 10000 }, amount: 0 },
        B: { discounts: { P: 20000 }, amount: 0 },
      });
    });
  });

  describe('spend_save (满减)', () => {
    it.each([
      ['single, below the threshold', false, 29999, 0],
      ['single, at the threshold', false, 30000, 3000],
      ['single, twice the threshold', false, 65000, 3000],
      ['repeated (每满300减30), at the threshold', true, 30000, 3000],
      ['repeated, just under twice', true, 59999, 3000],
      ['repeated, twice and more', true, 65000, 6000],
      ['repeated, ten times', true, 300000, 30000],
    ])('%s', (_case, repeat, orderAmount, saved) => {
      const quote = quoteCart([cartLine('A', orderAmount)], [spendSave('S', 30000, 3000, repeat)], CNY);
      expect(quote.discountTotal.amount).toBe(saved);
    });

    it('explains a threshold not reached', () => {
      const quote = quoteCart([cartLine('A', 25000)], [spendSave('S', 30000, 3000, false)], CNY);
      expect(quote.notApplied).toEqual([
        {
          promotionId: 'S',
          promotionName: 'S',
          reason: 'spend ¥300.00 on the order to get ¥30.00 off (cart has ¥250.00)',
        },
      ]);
    });

    it('on the order, spreads the saving over the lines', () => {
      const quote = quoteCart(
        [cartLine('A', 40000), cartLine('B', 25000)],
        [spendSave('S', 30000, 3000, false)],
        CNY,
      );
      expect(linesOf(quote)).toEqual({
        A: { discounts: { S: 1846 }, amount: 38154 },
        B: { discounts: { S: 1154 }, amount: 23846 },
      });
    });

    it('on categories, counts and discounts only their lines', () => {
      const lines = [
        cartLine('A', 20000, 1, { categoryIds: ['accessories'] }),
        cartLine('B', 15000, 1, { categoryIds: ['accessories'] }),
        cartLine('C', 50000, 1, { categoryIds: ['food'] }),
      ];
      const promotion = spendSave('S', 30000, 3000, false, { target: categories('accessories') });

      expect(linesOf(quoteCart(lines, [promotion], CNY))).toEqual({
        A: { discounts: { S: 1714 }, amount: 18286 },
        B: { discounts: { S: 1286 }, amount: 13714 },
        C: { discounts: {}, amount: 50000 },
      });
      expect(reasonsOf(quoteCart([lines[0], lines[2]], [promotion], CNY))).toEqual({
        S: 'spend ¥300.00 on categories accessories to get ¥30.00 off (cart has ¥200.00)',
      });
    });

    it('on products, repeated for each full threshold of their amount', () => {
      const quote = quoteCart(
        [cartLine('A', 10000, 7, { productId: 'rice' }), cartLine('B', 90000, 1)],
        [spendSave('S', 30000, 3000, true, { target: products('rice') })],
        CNY,
      );
      expect(linesOf(quote)).toEqual({
        A: { discounts: { S: 6000 }, amount: 64000 },
        B: { discounts: {}, amount: 90000 },
      });
    });

    it('measures the threshold after the discounts applied before it', () => {
      const quote = quoteCart(
        [cartLine('A', 35000, 1, { productId: 'kettle' })],
        [
          spendSave('S', 30000, 3000, false, { priority: 1 }),
          percentOff('P', 2000, { target: products('kettle'), priority: 5 }),
        ],
        CNY,
      );
      expect(appliedOf(quote)).toEqual([['P', 7000]]);
      expect(reasonsOf(quote)).toEqual({
        S: 'spend ¥300.00 on the order to get ¥30.00 off (cart has ¥280.00 after earlier discounts)',
      });
    });
  });

  describe('buy_x_get_y', () => {
    it.each([
      [2, 0],
      [3, 1000],
      [5, 1000],
      [6, 2000],
      [7, 2000],
    ])('buy 2 get 1 on %i units of ¥10.00 gives %i 分 off', (quantity, saved) => {
      const quote = quoteCart(
        [cartLine('A', 1000, quantity, { productId: 'tea' })],
        [buyXGetY('B2G1', 2, 1, { target: products('tea') })],
        CNY,
      );
      expect(quote.discountTotal.amount).toBe(saved);
    });

    it('counts units per line, and explains when no line has enough', () => {
      const quote = quoteCart(
        [cartLine('A', 1000, 2, { productId: 'tea' }), cartLine('B', 1000, 2, { productId: 'tea' })],
        [buyXGetY('B2G1', 2, 1, { target: products('tea') })],
        CNY,
      );
      expect(reasonsOf(quote)).toEqual({
        B2G1: 'buy 2 get 1 needs 3 units on one line of products tea (the most is 2)',
      });
    });

    it('on categories or the whole order, applies to each line it reaches', () => {
      const lines = [
        cartLine('A', 500, 3, { categoryIds: ['snacks'] }),
        cartLine('B', 700, 4, { categoryIds: ['drinks'] }),
        cartLine('C', 9000, 1, { categoryIds: ['snacks'] }),
      ];
      expect(linesOf(quoteCart(lines, [buyXGetY('X', 2, 1, { target: categories('snacks') })], CNY))).toEqual(
        {
          A: { discounts: { X: 500 }, amount: 1000 },
          B: { discounts: {}, amount: 2800 },
          C: { discounts: {}, amount: 9000 },
        },
      );
      expect(linesOf(quoteCart(lines, [buyXGetY('X', 2, 1)], CNY))).toEqual({
        A: { discounts: { X: 500 }, amount: 1000 },
        B: { discounts: { X: 700 }, amount: 2100 },
        C: { discounts: {}, amount: 9000 },
      });
    });

    it('values the free units at what is left of the line after earlier discounts', () => {
      const quote = quoteCart(
        [cartLine('A', 10000, 3, { productId: 'tea' })],
        [
          buyXGetY('B2G1', 2, 1, { target: products('tea'), priority: 2 }),
          percentOff('P', 1000, { target: products('tea'), priority: 1 }),
        ],
        CNY,
      );
      expect(appliedOf(quote)).toEqual([
        ['P', 3000],
        ['B2G1', 9000],
      ]);
      expect(quote.total.amount).toBe(18000);
    });
  });

  describe('input it refuses', () => {
    it('refuses lines or promotions in another currency than the cart', () => {
      expect(() => quoteCart([cartLine('A', 1000, 1, { unitPrice: fen(1000, 'USD') })], [], CNY)).toThrow(
        PromotionCurrencyMismatchError,
      );
      const inHongKongDollars: PromotionRule = {
        ...spendSave('S', 30000, 3000, true),
        amount: fen(100, 'HKD'),
      };
      expect(() => quoteCart([cartLine('A', 1000)], [inHongKongDollars], CNY)).toThrow(
        'The cart is quoted in CNY, but promotions.0.amount is in HKD.',
      );
    });

    it.each([
      ['a quantity of zero', [cartLine('A', 1000, 0)], [], 'lines.0.quantity'],
      ['a fractional quantity', [cartLine('A', 1000, 1.5)], [], 'lines.0.quantity'],
      ['a negative price', [cartLine('A', -1)], [], 'lines.0.unitPrice'],
      ['a repeated line id', [cartLine('A', 1), cartLine('A', 2)], [], 'lines.1.lineId'],
      ['a repeated promotion id', [], [amountOff('M', 1), amountOff('M', 2)], 'promotions.1.id'],
      ['0 basis points', [], [percentOff('P', 0)], 'promotions.0.basisPoints'],
      ['100% off', [], [percentOff('P', 10000)], 'promotions.0.basisPoints'],
      ['a zero amount off', [], [amountOff('M', 0)], 'promotions.0.amount'],
      ['a zero threshold', [], [spendSave('S', 0, 100, true)], 'promotions.0.threshold'],
      ['buy 0 get 1', [], [buyXGetY('B', 0, 1)], 'promotions.0.buy'],
      [
        'a target naming no product',
        [],
        [percentOff('P', 1000, { target: products() })],
        'promotions.0.target',
      ],
      [
        'an unknown stacking',
        [],
        [amountOff('M', 1, { stacking: 'sometimes' as any })],
        'promotions.0.stacking',
      ],
      ['an unknown kind', [], [{ ...amountOff('M', 1), kind: 'free_gift' as any }], 'promotions.0.kind'],
      [
        'a priority that is not a number',
        [],
        [amountOff('M', 1, { priority: NaN })],
        'promotions.0.priority',
      ],
    ])('refuses %s', (_case, lines, promotions, field) => {
      try {
        quoteCart(lines, promotions, CNY);
        throw new Error('expected quoteCart to refuse its input');
      } catch (error) {
        expect(error).toBeInstanceOf(PromotionInputInvalidError);
        expect((error as PromotionInputInvalidError).errors?.map((p) => p.field)).toEqual([field]);
      }
    });

    it('refuses a currency that is not an ISO 4217 code', () => {
      expect(() => quoteCart([], [], 'rmb')).toThrow(MoneyError);
    });
  });
});
