import { receiptProblems } from './goods-receipt-rules';

const lines = [
  { id: 'a', quantity: 10, receivedQuantity: 4 },
  { id: 'b', quantity: 5, receivedQuantity: 0 },
];

describe('receiptProblems', () => {
  it('accepts up to what is still outstanding', () => {
    expect(
      receiptProblems(lines, [
        { purchaseOrderLineId: 'a', quantity: 6 },
        { purchaseOrderLineId: 'b', quantity: 1 },
      ]),
    ).toEqual([]);
  });

  it('refuses more than was ordered, naming the field', () => {
    expect(receiptProblems(lines, [{ purchaseOrderLineId: 'a', quantity: 7 }])).toEqual([
      { field: 'lines.0.quantity', message: 'only 6 of 10 ordered are still to arrive' },
    ]);
  });

  it('refuses lines of other orders and repeated lines', () => {
    expect(
      receiptProblems(lines, [
        { purchaseOrderLineId: 'b', quantity: 1 },
        { purchaseOrderLineId: 'zz', quantity: 1 },
        { purchaseOrderLineId: 'b', quantity: 1 },
      ]).map((p) => p.field),
    ).toEqual(['lines.1.purchaseOrderLineId', 'lines.2.purchaseOrderLineId']);
  });
});
