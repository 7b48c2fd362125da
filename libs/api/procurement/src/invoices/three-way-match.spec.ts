import { OrderLineFacts, threeWayMatch } from './three-way-match';

const tolerances = { priceToleranceBp: 100, quantityTolerance: 0 };
const order: OrderLineFacts[] = [
  { id: 'a', lineNo: 1, unitPrice: 10000, receivedQuantity: 10, invoicedQuantity: 0 },
  { id: 'b', lineNo: 2, unitPrice: 2500, receivedQuantity: 6, invoicedQuantity: 2 },
];

describe('threeWayMatch', () => {
  it('matches the order price for what arrived and is not yet billed', () => {
    expect(
      threeWayMatch(
        order,
        [
          { purchaseOrderLineId: 'a', quantity: 10, unitPrice: 10000 },
          { purchaseOrderLineId: 'b', quantity: 4, unitPrice: 2500 },
        ],
        tolerances,
      ),
    ).toEqual({ matched: true, discrepancies: [] });
  });

  it('accepts a price within ±1% and refuses one just beyond', () => {
    const at = (unitPrice: number) =>
      threeWayMatch(order, [{ purchaseOrderLineId: 'a', quantity: 10, unitPrice }], tolerances).matched;
    expect(at(10100)).toBe(true);
    expect(at(9900)).toBe(true);
    expect(at(10101)).toBe(false);
    expect(at(9899)).toBe(false);
  });

  it('lists every discrepancy with the field, the expected and the actual value', () => {
    const result = threeWayMatch(
      order,
      [
        { purchaseOrderLineId: 'a', quantity: 12, unitPrice: 10500 },
        { purchaseOrderLineId: 'b', quantity: 6, unitPrice: 2500 },
      ],
      tolerances,
    );
    expect(result.matched).toBe(false);
    expect(result.discrepancies.map((d) => [d.field, d.kind, d.expected, d.actual])).toEqual([
      ['lines.0.unitPrice', 'price', 10000, 10500],
      ['lines.0.quantity', 'quantity', 10, 12],
      ['lines.1.quantity', 'quantity', 4, 6],
    ]);
  });

  it('holds quantities exact by default, and within a tolerance when one is set', () => {
    const line = [{ purchaseOrderLineId: 'a', quantity: 9, unitPrice: 10000 }];
    expect(threeWayMatch(order, line, tolerances).matched).toBe(false);
    expect(threeWayMatch(order, line, { ...tolerances, quantityTolerance: 1 }).matched).toBe(true);
  });

  it('refuses to bill goods that have not arrived', () => {
    const notArrived = [{ ...order[0], receivedQuantity: 0 }];
    expect(
      threeWayMatch(notArrived, [{ purchaseOrderLineId: 'a', quantity: 10, unitPrice: 10000 }], tolerances)
        .discrepancies[0],
    ).toMatchObject({ kind: 'quantity', expected: 0, actual: 10 });
  });
});
