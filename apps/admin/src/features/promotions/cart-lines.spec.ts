import { describe, expect, it } from 'vitest';
import { addCartLine, previewPromotionIds } from './cart-lines';

describe('addCartLine', () => {
  it('adds a new SKU as a line, and the same SKU to its quantity', () => {
    const one = addCartLine([], { skuId: 'a', label: 'A', quantity: 1 });
    const two = addCartLine(one, { skuId: 'b', label: 'B', quantity: 2 });
    expect(addCartLine(two, { skuId: 'a', label: 'A', quantity: 3 })).toEqual([
      { skuId: 'a', label: 'A', quantity: 4 },
      { skuId: 'b', label: 'B', quantity: 2 },
    ]);
  });
});

describe('previewPromotionIds', () => {
  it('always includes the promotion being edited, once', () => {
    expect(previewPromotionIds('p1', ['p2', 'p1'])).toEqual(['p1', 'p2']);
  });
});
