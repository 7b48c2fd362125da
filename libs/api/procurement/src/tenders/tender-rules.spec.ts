import { AwardRuleError, chooseAward, isSealed, QuoteFacts, rankQuotes } from './tender-rules';

const items = [
  { id: 'i1', quantity: 100 },
  { id: 'i2', quantity: 10 },
];
const quote = (id: string, prices: Record<string, number>, leadTimeDays = 7, minute = 0): QuoteFacts => ({
  id,
  supplierId: `s-${id}`,
  leadTimeDays,
  submittedAt: new Date(Date.UTC(2026, 0, 1, 0, minute)),
  prices: new Map(Object.entries(prices)),
});

describe('tender rules', () => {
  it('seals quotes until the closing moment', () => {
    const closesAt = new Date('2026-01-10T10:00:00Z');
    expect(isSealed(closesAt, new Date('2026-01-10T09:59:59.999Z'))).toBe(true);
    expect(isSealed(closesAt, closesAt)).toBe(false);
  });

  it('ranks compliant quotes by total, and puts incomplete or slow ones after', () => {
    const ranked = rankQuotes(
      items,
      [
        quote('a', { i1: 1000, i2: 5000 }), // 150,000
        quote('b', { i1: 900 }), // cheapest, but misses i2
        quote('c', { i1: 1100, i2: 1000 }), // 120,000
        quote('d', { i1: 500, i2: 500 }, 30), // cheapest complete, too slow
      ],
      14,
    );
    expect(ranked.map((q) => [q.quoteId, q.total, q.compliant, q.rank])).toEqual([
      ['c', 120000, true, 1],
      ['a', 150000, true, 2],
      ['d', 55000, false, 3],
      ['b', 90000, false, 4],
    ]);
    expect(ranked[2].nonCompliance).toEqual(['lead time 30 days exceeds the 14 allowed']);
    expect(ranked[3].nonCompliance).toEqual(['1 of 2 items not quoted']);
  });

  it('breaks ties on total by lead time, then by who quoted first', () => {
    const ranked = rankQuotes(
      items,
      [
        quote('late', { i1: 1, i2: 1 }, 5, 9),
        quote('slow', { i1: 1, i2: 1 }, 9, 0),
        quote('early', { i1: 1, i2: 1 }, 5, 1),
      ],
      null,
    );
    expect(ranked.map((q) => q.quoteId)).toEqual(['early', 'late', 'slow']);
  });

  it('awards the lowest compliant quote by default, and another only with a reason', () => {
    const ranked = rankQuotes(
      items,
      [quote('a', { i1: 1000, i2: 5000 }), quote('c', { i1: 1100, i2: 1000 })],
      null,
    );
    expect(chooseAward(ranked, {})).toMatchObject({ quote: { quoteId: 'c' }, isLowest: true });
    expect(chooseAward(ranked, { quoteId: 'c' }).isLowest).toBe(true);
    expect(() => chooseAward(ranked, { quoteId: 'a' })).toThrow(AwardRuleError);
    expect(() => chooseAward(ranked, { quoteId: 'a', reason: '  ' })).toThrow(
      'not the lowest compliant quote',
    );
    expect(chooseAward(ranked, { quoteId: 'a', reason: '质量更稳定' })).toMatchObject({ isLowest: false });
    expect(() => chooseAward(ranked, { quoteId: 'zz', reason: 'x' })).toThrow('not one of this tender');
  });

  it('needs a chosen quote and a reason when none is compliant', () => {
    const ranked = rankQuotes(items, [quote('b', { i1: 900 })], null);
    expect(() => chooseAward(ranked, {})).toThrow('No quote is compliant');
    expect(() => chooseAward(ranked, { quoteId: 'b' })).toThrow('not compliant');
    expect(chooseAward(ranked, { quoteId: 'b', reason: '唯一报价' }).quote.quoteId).toBe('b');
  });
});
