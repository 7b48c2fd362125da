import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState } from '../../shared/url-state/url-state';
import { stockListSpec, toStockLevelQuery } from './stock-list-state';
import { barWidths, signedQuantity } from './signed';

const WAREHOUSE = '0190a0b0-0000-7000-8000-000000000010';
const read = (query: string) => readUrlState(stockListSpec, new URLSearchParams(query));

describe('stock list state', () => {
  it('reads warehouse, region, SKU and low-only from the URL, ignoring what is not an id', () => {
    expect(read(`warehouseId=${WAREHOUSE}&skuId=广州&low=1`)).toEqual({
      warehouseId: WAREHOUSE,
      regionId: undefined,
      skuId: undefined,
      low: true,
      limit: 50,
    });
  });

  it('writes low-only as low=1 and leaves it out when off', () => {
    const params = writeUrlState(stockListSpec, new URLSearchParams(), { low: true });
    expect(params.toString()).toBe('low=1');
    expect(writeUrlState(stockListSpec, params, { low: false }).toString()).toBe('');
  });

  it('asks the API for low stock only when the filter is on, and for the total on the first page only', () => {
    expect(toStockLevelQuery(read('low=1'), undefined)).toMatchObject({ lowOnly: true, count: true });
    expect(toStockLevelQuery(read(''), 'c2')).toMatchObject({
      lowOnly: undefined,
      count: undefined,
      cursor: 'c2',
    });
  });
});

describe('signedQuantity', () => {
  it('always shows the sign of a change', () => {
    expect([signedQuantity(20), signedQuantity(-3), signedQuantity(0), signedQuantity(1200)]).toEqual([
      '+20',
      '−3',
      '0',
      `+${(1200).toLocaleString()}`,
    ]);
  });
});

describe('barWidths', () => {
  it('scales each balance to the largest, never below zero', () => {
    expect(barWidths([120, 60, 0])).toEqual([100, 50, 0]);
    expect(barWidths([0, 0])).toEqual([0, 0]);
  });
});
