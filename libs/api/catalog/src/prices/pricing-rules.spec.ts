import fc from 'fast-check';
import { Money } from '@zhanggui/api-platform';
import { isBelowMargin, marginFloor, suggestPrice } from './pricing-rules';

const policy = { targetMarginBp: 3000, minimumMarginBp: 1000 };
const cny = (fen: number) => Money.of(fen, 'CNY');

describe('pricing rules', () => {
  it('suggests cost plus the target margin when nothing in the market is cheaper', () => {
    const suggestion = suggestPrice({ cost: cny(4000) }, policy);
    expect(suggestion.amount).toEqual(cny(5200));
    expect(suggestion.floor).toEqual(cny(4400));
    expect(suggestion.reasoning[0]).toBe('Cost ¥40.00 plus the target margin of 30%: ¥52.00.');
  });

  it('matches a cheaper competitor, but never below the minimum margin', () => {
    const observedAt = new Date('2026-11-20T00:00:00Z');
    const matched = suggestPrice(
      { cost: cny(4000), lowestCompetitor: { amount: cny(4800), competitor: '京东', observedAt } },
      policy,
    );
    expect(matched.amount).toEqual(cny(4800));
    expect(matched.reasoning[1]).toContain('京东 sells it for ¥48.00 (seen 2026-11-20): match it.');
    const floored = suggestPrice(
      { cost: cny(4000), lowestCompetitor: { amount: cny(4100), competitor: '拼多多', observedAt } },
      policy,
    );
    expect(floored.amount).toEqual(cny(4400));
    expect(floored.reasoning[1]).toContain('go no lower than ¥44.00');
  });

  it('keeps the website no dearer than the shops', () => {
    expect(suggestPrice({ cost: cny(4000), offlinePrice: cny(4999) }, policy).amount).toEqual(cny(4999));
  });

  it('has no suggestion without a cost', () => {
    expect(suggestPrice({}, policy)).toEqual({
      reasoning: ['No purchase cost is known yet, so there is no suggestion.'],
    });
  });

  it('rounds the margin floor up, so one fen less is already below it', () => {
    expect(marginFloor(cny(333), policy)).toEqual(cny(367)); // 366.3 → 367
    expect(isBelowMargin(cny(366), cny(333), policy)).toBe(true);
    expect(isBelowMargin(cny(367), cny(333), policy)).toBe(false);
    expect(isBelowMargin(cny(1), undefined, policy)).toBe(false);
  });

  it('never suggests a price below the margin floor', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 10_000_000 }),
        fc.option(fc.integer({ min: 0, max: 20_000_000 })),
        fc.option(fc.integer({ min: 0, max: 20_000_000 })),
        (cost, competitor, offline) => {
          const suggestion = suggestPrice(
            {
              cost: cny(cost),
              lowestCompetitor:
                competitor === null
                  ? undefined
                  : { amount: cny(competitor), competitor: 'x', observedAt: new Date(0) },
              offlinePrice: offline === null ? undefined : cny(offline),
            },
            policy,
          );
          expect(suggestion.amount!.compare(suggestion.floor!)).toBeGreaterThanOrEqual(0);
          expect(isBelowMargin(suggestion.amount!, cny(cost), policy)).toBe(false);
        },
      ),
    );
  });
});
