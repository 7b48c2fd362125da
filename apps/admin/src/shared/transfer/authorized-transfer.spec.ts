import { describe, expect, it } from 'vitest';
import { attachmentName } from './authorized-transfer';

describe('attachmentName', () => {
  it('reads the file name of an attachment', () => {
    expect(attachmentName('attachment; filename="catalog-20261127.csv"', 'x.csv')).toBe(
      'catalog-20261127.csv',
    );
    expect(attachmentName("attachment; filename*=UTF-8''%E5%95%86%E5%93%81.csv", 'x.csv')).toBe('商品.csv');
  });

  it('falls back when the header names none', () => {
    expect(attachmentName(null, 'catalog.csv')).toBe('catalog.csv');
    expect(attachmentName('attachment', 'catalog.csv')).toBe('catalog.csv');
  });
});
