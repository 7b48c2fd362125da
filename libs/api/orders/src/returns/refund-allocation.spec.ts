import fc from 'fast-check';
import { paidPerLine, rebateShareOf, refundForUnits } from './refund-allocation';

describe('refund allocation', () => {
  it('spreads an order-level discount over the lines by amount, adding up to the total', () => {
    const paid = paidPerLine(
      [
        { id: 'a', quantity: 1, amount: 1000 },
        { id: 'b', quantity: 3, amount: 2000 },
      ],
      2900,
    );
    expect(paid).toEqual(
      new Map([
        ['a', 967],
        ['b', 1933],
      ]),
    );
  });

  it('keeps line amounts when there is no order-level discount', () => {
    expect(paidPerLine([{ id: 'a', quantity: 2, amount: 999 }], 999).get('a')).toBe(999);
  });

  it('refunds units cumulatively, rounding down: 1 + 1 + 1 of 3 units of 1000 is 333 + 333 + 334', () => {
    expect([
      refundForUnits(1000, 3, 0, 1),
      refundForUnits(1000, 3, 1, 1),
      refundForUnits(1000, 3, 2, 1),
    ]).toEqual([333, 333, 334]);
  });

  it('never refunds more than was paid, and all of it when everything comes back (property)', () => {
    fc.assert(
      fc.property(
        fc.array(
          fc.record({
            quantity: fc.integer({ min: 1, max: 20 }),
            amount: fc.integer({ min: 0, max: 1_000_000 }),
          }),
          {
            minLength: 1,
            maxLength: 6,
          },
        ),
        fc.integer({ min: 0, max: 100_000 }),
        fc.array(fc.tuple(fc.nat(), fc.integer({ min: 1, max: 20 })), { maxLength: 30 }),
        (rawLines, orderDiscount, returns) => {
          const lines = rawLines.map((l, i) => ({ id: `l${i}`, ...l }));
          const sum = lines.reduce((a, l) => a + l.amount, 0);
          const total = Math.max(sum - orderDiscount, 0);
          const paid = paidPerLine(lines, total);
          expect([...paid.values()].reduce((a, b) => a + b, 0)).toBe(sum === 0 ? 0 : total);
          const returned = new Map<string, number>();
          let refunded = 0;
          for (const [pick, wanted] of returns) {
            const line = lines[pick % lines.length];
            const already = returned.get(line.id) ?? 0;
            const units = Math.min(wanted, line.quantity - already);
            if (units <= 0) continue;
            const refund = refundForUnits(paid.get(line.id)!, line.quantity, already, units);
            expect(refund).toBeGreaterThanOrEqual(0);
            refunded += refund;
            returned.set(line.id, already + units);
          }
          expect(refunded).toBeLessThanOrEqual(sum === 0 ? 0 : total);
          for (const line of lines) {
            const units = line.quantity - (returned.get(line.id) ?? 0);
            if (units > 0)
              refunded += refundForUnits(
                paid.get(line.id)!,
                line.quantity,
                returned.get(line.id) ?? 0,
                units,
              );
          }
          expect(refunded).toBe(sum === 0 ? 0 : total);
        },
      ),
    );
  });

  it('splits refunds between rebate and money in the paid proportion, never more rebate than was paid', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1_000_000 }),
        fc.integer({ min: 0, max: 100 }),
        fc.array(fc.integer({ min: 1, max: 100 }), { maxLength: 10 }),
        (total, rebatePercent, parts) => {
          const rebatePaid = Math.floor((total * rebatePercent) / 100);
          let before = 0;
          let rebate = 0;
          for (const part of parts) {
            const value = Math.min(Math.floor((total * part) / 100), total - before);
            rebate += rebateShareOf(value, before, rebatePaid, total);
            before += value;
          }
          expect(rebate).toBeLessThanOrEqual(rebatePaid);
          if (before === total) expect(rebate).toBe(rebatePaid);
        },
      ),
    );
  });
});
