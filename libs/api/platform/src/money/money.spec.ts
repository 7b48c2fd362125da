import fc from 'fast-check';
import { Money, MoneyError } from './money';

describe('Money', () => {
  it('keeps amounts in whole minor units and refuses fractions', () => {
    expect(Money.of(1999, 'CNY').toJSON()).toEqual({ amount: 1999, currency: 'CNY' });
    expect(() => Money.of(19.99, 'CNY')).toThrow(MoneyError);
    expect(() => Money.of(Number.MAX_SAFE_INTEGER + 1, 'CNY')).toThrow(MoneyError);
    expect(() => Money.of(1, 'rmb')).toThrow(MoneyError);
  });

  it('refuses to mix currencies', () => {
    expect(() => Money.of(1, 'CNY').plus(Money.of(1, 'USD'))).toThrow(/CNY with USD/);
  });

  it('rounds ratios once, half to even by default', () => {
    expect(Money.of(250, 'CNY').multiplyByRatio(1, 100).amount).toBe(2); // 2.5 → 2
    expect(Money.of(350, 'CNY').multiplyByRatio(1, 100).amount).toBe(4); // 3.5 → 4
    expect(Money.of(250, 'CNY').multiplyByRatio(1, 100, 'half-up').amount).toBe(3);
    expect(Money.of(-250, 'CNY').multiplyByRatio(1, 100, 'half-up').amount).toBe(-3);
    expect(Money.of(199, 'CNY').multiplyByRatio(1, 100, 'down').amount).toBe(1);
    expect(Money.of(101, 'CNY').multiplyByRatio(1, 100, 'up').amount).toBe(2);
    expect(Money.of(10000, 'CNY').multiplyByRatio(13, 100).amount).toBe(1300);
  });

  it('allocates 100 分 over three equal weights as 34, 33, 33', () => {
    expect(
      Money.of(100, 'CNY')
        .allocate([1, 1, 1])
        .map((m) => m.amount),
    ).toEqual([34, 33, 33]);
  });

  it('allocation always adds up to the whole and stays within one unit of the exact share', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: -1_000_000_000, max: 1_000_000_000 }),
        fc
          .array(fc.integer({ min: 0, max: 1000 }), { minLength: 1, maxLength: 12 })
          .filter((w) => w.some((x) => x > 0)),
        (amount, weights) => {
          const parts = Money.of(amount, 'CNY').allocate(weights);
          const total = weights.reduce((a, b) => a + b, 0);
          expect(parts.reduce((sum, p) => sum + p.amount, 0)).toBe(amount);
          parts.forEach((part, i) =>
            expect(Math.abs(part.amount - (amount * weights[i]) / total)).toBeLessThan(1),
          );
        },
      ),
    );
  });

  it('plus and minus are inverse and exact', () => {
    fc.assert(
      fc.property(fc.integer({ min: -1e12, max: 1e12 }), fc.integer({ min: -1e12, max: 1e12 }), (a, b) => {
        const x = Money.of(a, 'CNY');
        const y = Money.of(b, 'CNY');
        expect(x.plus(y).minus(y).equals(x)).toBe(true);
      }),
    );
  });
});
