import { describe, expect, it } from 'vitest';
import { readUrlState, writeUrlState } from '../../shared/url-state/url-state';
import { productListSpec, toProductListQuery } from './product-list-state';

const CATEGORY = '0190a0b0-0000-7000-8000-000000000001';

describe('product list state', () => {
  it('reads search and filters from the URL, ignoring what is not allowed', () => {
    const state = readUrlState(
      productListSpec,
      new URLSearchParams(`q=手机&status=listed&categoryId=${CATEGORY}&brandId=nope`),
    );
    expect(state).toEqual({
      q: '手机',
      status: 'listed',
      categoryId: CATEGORY,
      brandId: undefined,
      sort: '-createdAt',
      limit: 20,
    });
  });

  it('writes only what differs from the defaults', () => {
    const params = writeUrlState(productListSpec, new URLSearchParams(), {
      q: '手机壳',
      status: undefined,
      limit: 20,
    });
    expect(params.toString()).toBe(`q=${encodeURIComponent('手机壳')}`);
  });

  it('asks for the total on the first page only', () => {
    const state = readUrlState(productListSpec, new URLSearchParams('q=sjk'));
    expect(toProductListQuery(state, undefined)).toMatchObject({ q: 'sjk', count: true, cursor: undefined });
    expect(toProductListQuery(state, 'c2')).toMatchObject({ q: 'sjk', count: undefined, cursor: 'c2' });
  });
});
