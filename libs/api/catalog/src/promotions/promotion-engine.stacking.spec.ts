import { quoteCart } from './promotion-engine';
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

describe('quoteCart, with several promotions', () => {
  describe('in priority order', () => {
    it('applies line-level promotions in priority order, each on what the previous left', () => {
      const line = cartLine('A', 10000, 1, { productId: 'lamp' });
      const percentFirst = quoteCart(
        [line],
        [
          percentOff('P', 1000, { target: products('lamp'), priority: 1 }),
          amountOff('M', 500, { target: products('lamp'), priority: 2 }),
        ],
        CNY,
      );
      expect(appliedOf(percentFirst)).toEqual([
        ['P', 1000],
        ['M', 500],
      ]);
      const amountFirst = quoteCart(
        [line],
        [
          percentOff('P', 1000, { target: products('lamp'), priority: 2 }),
          amountOff('M', 500, { target: products('lamp'), priority: 1 }),
        ],
        CNY,
      );
      expect(appliedOf(amountFirst)).toEqual([
        ['M', 500],
        ['P', 950],
      ]);
    });

    it('applies order-level promotions after line-level ones, whatever their priority', () => {
      const quote = quoteCart(
        [cartLine('A', 10000, 1, { productId: 'lamp' })],
        [
          percentOff('O', 1000, { priority: 1 }),
          amountOff('L', 1000, { target: products('lamp'), priority: 9 }),
        ],
        CNY,
      );
      expect(appliedOf(quote)).toEqual([
        ['L', 1000],
        ['O', 900],
      ]);
      expect(linesOf(quote).A).toEqual({ discounts: { L: 1000, O: 900 }, amount: 8100 });
      expect(quote.lines[0].discounts.map((d) => d.promotionId)).toEqual(['L', 'O']);
    });

    it('caps each discount at what is left, and explains the ones left with nothing to take', () => {
      const quote = quoteCart(
        [cartLine('A', 1000, 1, { productId: 'pen' })],
        [
          percentOff('P', 9000, { target: products('pen'), priority: 1 }),
          amountOff('M', 500, { target: products('pen'), priority: 2 }),
          amountOff('O', 1000, { priority: 0 }),
        ],
        CNY,
      );
      expect(appliedOf(quote)).toEqual([
        ['P', 900],
        ['M', 100],
      ]);
      expect(quote.total.amount).toBe(0);
      expect(reasonsOf(quote)).toEqual({ O: 'nothing is left to discount on the order' });
    });
  });

  describe('stacking', () => {
    const lamp = [cartLine('A', 10000, 1, { productId: 'lamp' })];
    const combinables = [
      percentOff('C1', 1000, { target: products('lamp'), priority: 1, name: '灯具九折' }),
      amountOff('C2', 500, { priority: 2, name: '立减5元' }),
    ];

    it('chooses an exclusive promotion when it alone gives more than the combinable ones together', () => {
      const quote = quoteCart(
        lamp,
        [...combinables, percentOff('X', 2000, { stacking: 'exclusive', name: '双十一' })],
        CNY,
      );
      expect(appliedOf(quote)).toEqual([['X', 2000]]);
      expect(reasonsOf(quote)).toEqual({
        C1: 'excluded by 双十一 (exclusive, bigger discount: ¥20.00 against ¥15.00)',
        C2: 'excluded by 双十一 (exclusive, bigger discount: ¥20.00 against ¥15.00)',
      });
    });

    it('combines the combinable promotions when together they give more than the exclusive one', () => {
      const quote = quoteCart(
        lamp,
        [...combinables, percentOff('X', 1200, { stacking: 'exclusive', name: '双十一' })],
        CNY,
      );
      expect(appliedOf(quote)).toEqual([
        ['C1', 1000],
        ['C2', 500],
      ]);
      expect(reasonsOf(quote)).toEqual({
        X: 'exclusive, and the combinable promotions 灯具九折, 立减5元 together win (bigger discount: ¥15.00 against ¥12.00)',
      });
    });

    it('breaks a tie between an exclusive promotion and the combinable ones by priority, then id', () => {
      const exclusive = (id: string, priority: number) =>
        percentOff(id, 1500, { stacking: 'exclusive', priority });
      expect(appliedOf(quoteCart(lamp, [...combinables, exclusive('X', 0)], CNY))).toEqual([['X', 1500]]);
      expect(appliedOf(quoteCart(lamp, [...combinables, exclusive('X', 5)], CNY))).toEqual([
        ['C1', 1000],
        ['C2', 500],
      ]);
      // Same priority as C1: ids decide, 'B' before 'C1' and 'D' after it.
      expect(appliedOf(quoteCart(lamp, [...combinables, exclusive('B', 1)], CNY))).toEqual([['B', 1500]]);
      const lost = quoteCart(lamp, [...combinables, exclusive('D', 1)], CNY);
      expect(appliedOf(lost)).toEqual([
        ['C1', 1000],
        ['C2', 500],
      ]);
      expect(reasonsOf(lost).D).toBe(
        'exclusive, and the combinable promotions 灯具九折, 立减5元 together win (same discount of ¥15.00, first by priority then id)',
      );
    });

    it('never combines two exclusive promotions: the bigger one wins, a tie goes by priority then id', () => {
      const x = (id: string, basisPoints: number, priority = 10) =>
        percentOff(id, basisPoints, { stacking: 'exclusive', priority });
      expect(appliedOf(quoteCart(lamp, [x('X1', 1000), x('X2', 1500)], CNY))).toEqual([['X2', 1500]]);
      expect(appliedOf(quoteCart(lamp, [x('X1', 1500, 3), x('X2', 1500, 2)], CNY))).toEqual([['X2', 1500]]);
      expect(appliedOf(quoteCart(lamp, [x('X2', 1500), x('X1', 1500)], CNY))).toEqual([['X1', 1500]]);
    });

    it('keeps only the best member of an exclusion group, alongside the ungrouped combinable promotions', () => {
      const quote = quoteCart(
        lamp,
        [
          percentOff('G1', 1000, { exclusionGroup: 'summer', priority: 1, name: '夏季九折' }),
          amountOff('G2', 1500, { exclusionGroup: 'summer', priority: 2, name: '夏季立减15' }),
          amountOff('U', 100, { priority: 3 }),
        ],
        CNY,
      );
      expect(appliedOf(quote)).toEqual([
        ['G2', 1500],
        ['U', 100],
      ]);
      expect(reasonsOf(quote)).toEqual({
        G1: "another promotion of group 'summer', 夏季立减15, gives more (¥15.00 against ¥10.00)",
      });
    });

    it('breaks a tie inside an exclusion group by priority, then id', () => {
      const member = (id: string, priority: number) =>
        amountOff(id, 1000, { exclusionGroup: 'summer', priority });
      expect(appliedOf(quoteCart(lamp, [member('G1', 2), member('G2', 1)], CNY))).toEqual([['G2', 1000]]);
      const byId = quoteCart(lamp, [member('G2', 1), member('G1', 1)], CNY);
      expect(appliedOf(byId)).toEqual([['G1', 1000]]);
      expect(reasonsOf(byId)).toEqual({
        G2: "another promotion of group 'summer', G1, gives as much (¥10.00) and comes first by priority then id",
      });
    });

    it('gives the same quote whatever order the promotions and lines come in', () => {
      const lines = [
        cartLine('A', 3333, 3, { productId: 'lamp', categoryIds: ['lighting'] }),
        cartLine('B', 1999, 7, { productId: 'bulb', categoryIds: ['lighting'] }),
        cartLine('C', 12000, 1, { productId: 'desk' }),
      ];
      const promotions = [
        percentOff('P1', 1250, { target: categories('lighting'), priority: 1 }),
        buyXGetY('B2G1', 2, 1, { target: products('bulb'), priority: 1 }),
        amountOff('M1', 777, { exclusionGroup: 'g', priority: 2 }),
        percentOff('M2', 300, { exclusionGroup: 'g', priority: 2 }),
        spendSave('S', 10000, 1000, true, { priority: 3 }),
        percentOff('X', 2500, { stacking: 'exclusive', priority: 4 }),
      ];
      const forwards = quoteCart(lines, promotions, CNY);
      const backwards = quoteCart([...lines].reverse(), [...promotions].reverse(), CNY);

      expect(JSON.parse(JSON.stringify(backwards.lines)).reverse()).toEqual(
        JSON.parse(JSON.stringify(forwards.lines)),
      );
      expect({ ...backwards, lines: [] }).toEqual({ ...forwards, lines: [] });
      expect(backwards.lines.map((l) => l.lineId)).toEqual(['C', 'B', 'A']);
      expect(forwards.applied.length).toBeGreaterThan(2);
    });
  });

  describe('explanations', () => {
    it('explains a promotion that reaches no line, and a cart with no lines', () => {
      const promotion = percentOff('P', 1000, { target: products('missing', 'gone') });
      expect(reasonsOf(quoteCart([cartLine('A', 1000)], [promotion], CNY))).toEqual({
        P: 'no line in the cart is in products missing, gone',
      });
      expect(reasonsOf(quoteCart([], [promotion], CNY))).toEqual({ P: 'the cart is empty' });
    });

    it('lists every promotion once, applied or not, the ones not applied by priority then id', () => {
      const quote = quoteCart(
        [cartLine('A', 1000)],
        [
          spendSave('Z', 5000, 100, false, { priority: 1 }),
          spendSave('Y', 5000, 100, false, { priority: 2 }),
          spendSave('W', 5000, 100, false, { priority: 2 }),
          amountOff('M', 100, { priority: 0 }),
        ],
        CNY,
      );
      expect(appliedOf(quote)).toEqual([['M', 100]]);
      expect(quote.notApplied.map((n) => n.promotionId)).toEqual(['Z', 'W', 'Y']);
    });

    it('quotes an empty cart with no promotions as zero', () => {
      const quote = quoteCart([], [], CNY);
      expect(quote).toEqual({
        currency: CNY,
        lines: [],
        listTotal: fen(0),
        discountTotal: fen(0),
        total: fen(0),
        applied: [],
        notApplied: [],
      });
    });
  });
});
