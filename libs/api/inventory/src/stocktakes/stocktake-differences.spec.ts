import { stocktakeDifferences } from './stocktake-differences';

describe('stocktake differences', () => {
  const books = new Map([
    ['a', { onHand: 10, reserved: 2 }],
    ['b', { onHand: 5, reserved: 0 }],
  ]);
  const read = (skuId: string) => books.get(skuId);

  it('books shrinkage as negative, a found surplus as positive and an exact count as zero', () => {
    const { differences, problems } = stocktakeDifferences(
      [
        { skuId: 'a', counted: 7 },
        { skuId: 'b', counted: 5 },
      ],
      read,
    );
    expect(problems).toEqual([]);
    expect(differences).toEqual([
      { skuId: 'a', expected: 10, counted: 7, difference: -3 },
      { skuId: 'b', expected: 5, counted: 5, difference: 0 },
    ]);
  });

  it('counts a SKU the books never held from zero', () => {
    expect(stocktakeDifferences([{ skuId: 'new', counted: 4 }], read).differences).toEqual([
      { skuId: 'new', expected: 0, counted: 4, difference: 4 },
    ]);
  });

  it('refuses a count below what orders hold reserved, and the same SKU twice', () => {
    const { problems } = stocktakeDifferences(
      [
        { skuId: 'a', counted: 1 },
        { skuId: 'b', counted: 0 },
        { skuId: 'b', counted: 3 },
      ],
      read,
    );
    expect(problems).toEqual([
      { index: 0, kind: 'below-reserved', reserved: 2 },
      { index: 2, kind: 'duplicate' },
    ]);
  });
});
