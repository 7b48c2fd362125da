import { ListingRuleError, nextStatus } from './product-listing';

const ready = { imageCount: 1, skusWithoutWebsitePrice: [], skusBelowMargin: [], activeSkuCount: 1 };

describe('the listing workflow', () => {
  it('goes draft → in review → listed → delisted → in review again', () => {
    expect(nextStatus('draft', 'submit')).toBe('in_review');
    expect(nextStatus('in_review', 'list', ready)).toBe('listed');
    expect(nextStatus('listed', 'delist')).toBe('delisted');
    expect(nextStatus('delisted', 'submit')).toBe('in_review');
    expect(nextStatus('in_review', 'reject')).toBe('draft');
  });

  it('refuses transitions that skip steps', () => {
    expect(() => nextStatus('draft', 'list', ready)).toThrow('a draft product cannot be listed');
    expect(() => nextStatus('listed', 'submit')).toThrow(ListingRuleError);
    expect(() => nextStatus('draft', 'delist')).toThrow(ListingRuleError);
  });

  it('lists only with an image, a website price for every SKU and a price above the margin', () => {
    try {
      nextStatus('in_review', 'list', {
        imageCount: 0,
        skusWithoutWebsitePrice: ['A-1'],
        skusBelowMargin: ['A-2'],
        activeSkuCount: 2,
      });
      throw new Error('should have refused');
    } catch (error) {
      expect((error as ListingRuleError).reasons).toEqual([
        'it has no image',
        'no website price for A-1',
        'website price below the minimum margin for A-2',
      ]);
    }
  });
});
