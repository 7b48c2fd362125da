import { describe, expect, it } from 'vitest';
import { readUrlState } from '../../shared/url-state/url-state';
import { contractListSpec, isContractListFiltered, toContractQuery } from './contract-list-state';

describe('contract list state', () => {
  it('reads filters from the URL and ignores what is not one', () => {
    const state = readUrlState(
      contractListSpec,
      new URLSearchParams('status=active&kind=lease&expiring=30&q=%20仓库%20&orgUnitId=nope'),
    );
    expect(state).toEqual({
      status: 'active',
      kind: 'lease',
      orgUnitId: undefined,
      q: '仓库',
      expiring: '30',
      limit: 50,
    });
    expect(isContractListFiltered(state)).toBe(true);
    expect(readUrlState(contractListSpec, new URLSearchParams('expiring=45')).expiring).toBeUndefined();
  });

  it('asks for active contracts ending soonest first when "expiring" is chosen', () => {
    const state = readUrlState(contractListSpec, new URLSearchParams('status=draft&expiring=30'));
    expect(toContractQuery(state, undefined)).toMatchObject({
      status: undefined,
      expiringWithinDays: 30,
      sort: 'endsOn',
      count: true,
    });
    const plain = readUrlState(contractListSpec, new URLSearchParams('status=draft'));
    expect(toContractQuery(plain, 'next')).toMatchObject({
      status: 'draft',
      expiringWithinDays: undefined,
      sort: undefined,
      cursor: 'next',
      count: undefined,
    });
  });
});
