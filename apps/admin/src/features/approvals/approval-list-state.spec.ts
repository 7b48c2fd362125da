import { describe, expect, it } from 'vitest';
import { readUrlState } from '../../shared/url-state/url-state';
import { approvalListSpec, approvalTabs, effectiveTab, toApprovalQuery } from './approval-list-state';

const stateOf = (search: string) => readUrlState(approvalListSpec, new URLSearchParams(search));

describe('approval list state', () => {
  it('opens on the inbox', () => {
    expect(stateOf('')).toEqual({ tab: 'inbox', status: undefined, limit: 50 });
  });

  it('offers "all" only to those who may read every request', () => {
    expect(approvalTabs(false)).toEqual(['inbox', 'mine']);
    expect(approvalTabs(true)).toEqual(['inbox', 'mine', 'all']);
    expect(effectiveTab('all', false)).toBe('inbox');
    expect(effectiveTab('all', true)).toBe('all');
  });

  it('asks for my requests with their status, and the inbox without one', () => {
    const state = stateOf('tab=mine&status=rejected');
    expect(toApprovalQuery('mine', state, undefined)).toEqual({
      mine: true,
      status: 'rejected',
      limit: 50,
      cursor: undefined,
      count: true,
    });
    expect(toApprovalQuery('inbox', state, 'c2')).toEqual({
      mine: undefined,
      status: undefined,
      limit: 50,
      cursor: 'c2',
      count: undefined,
    });
  });

  it('ignores a status the API does not know', () => {
    expect(stateOf('tab=all&status=lost').status).toBeUndefined();
  });
});
