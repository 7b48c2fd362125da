import { describe, expect, it } from 'vitest';
import type { Sku } from './products.api';
import { attributesOf, skuChangesBetween, skuFormValuesOf, skuInputOf } from './sku-form';

const sku: Sku = {
  id: 's1',
  code: 'IP15-CASE-BLK',
  name: '黑色',
  attributes: { 颜色: '黑色' },
  barcode: '6901234567890',
  unit: '件',
  weightGrams: 45,
  status: 'active',
  prices: {},
  version: 3,
};

describe('sku form', () => {
  it('turns attribute rows into a map, dropping blank rows', () => {
    expect(attributesOf([{ name: ' 颜色 ', value: ' 黑色 ' }, { name: '', value: 'x' }, {}])).toEqual({
      颜色: '黑色',
    });
  });

  it('sends a new SKU without empty fields', () => {
    expect(
      skuInputOf({ code: ' A-1 ', name: '', attributes: [], barcode: ' ', unit: '件', weightGrams: null }),
    ).toEqual({
      code: 'A-1',
      name: undefined,
      attributes: undefined,
      barcode: undefined,
      unit: '件',
      weightGrams: undefined,
    });
  });

  it('sends only what changed', () => {
    const values = skuFormValuesOf(sku);
    expect(skuChangesBetween(sku, values)).toBeUndefined();
    expect(
      skuChangesBetween(sku, {
        ...values,
        attributes: [...values.attributes!, { name: '尺码', value: 'iPhone 15' }],
        weightGrams: 50,
      }),
    ).toEqual({ attributes: { 颜色: '黑色', 尺码: 'iPhone 15' }, weightGrams: 50 });
  });
});
