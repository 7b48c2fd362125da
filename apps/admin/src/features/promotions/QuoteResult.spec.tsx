import { render, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { QuoteResult } from './QuoteResult';
import type { PriceQuote } from './promotions.api';

const quote: PriceQuote = {
  currency: 'CNY',
  channel: 'website',
  lines: [
    {
      skuId: 's1',
      skuCode: 'IP15-CASE-BLK',
      productName: '苹果手机壳',
      quantity: 3,
      unitPrice: 3990,
      listAmount: 11970,
      discounts: [{ promotionId: 'p1', promotionName: '满100减10', amount: 1000 }],
      amount: 10970,
    },
  ],
  listTotal: 11970,
  discountTotal: 1000,
  total: 10970,
  applied: [{ promotionId: 'p1', promotionName: '满100减10', amount: 1000 }],
  notApplied: [{ promotionId: 'p2', promotionName: '耳机 9 折', reason: 'no line in its categories' }],
  quotedAt: '2026-11-11T00:00:00.000Z',
};

describe('QuoteResult', () => {
  it('explains each line: list price, the discounts by promotion, what remains; then the totals', () => {
    render(<QuoteResult quote={quote} />);
    const row = screen.getByText('苹果手机壳').closest('tr')!;
    expect(within(row).getByText('¥39.90')).toBeTruthy();
    expect(within(row).getByText('¥119.70')).toBeTruthy();
    expect(within(row).getByText('−¥10.00')).toBeTruthy();
    expect(within(row).getByText('满100减10')).toBeTruthy();
    expect(screen.getByTestId('quote-total').textContent).toBe('¥109.70');
    expect(screen.getByTestId('quote-not-applied').textContent).toContain(
      '耳机 9 折: no line in its categories',
    );
  });
});
