import { describe, expect, it } from 'vitest';
import { permissionCheck } from '../../auth/permissions';
import { availableListingActions } from './listing-actions';

const manager = permissionCheck(['catalog:write', 'product-content:write', 'products:review']);
const editor = permissionCheck(['product-content:write']);

describe('availableListingActions', () => {
  it('follows the workflow draft → in review → listed → delisted', () => {
    expect(availableListingActions('draft', manager)).toEqual(['submit']);
    expect(availableListingActions('in_review', manager)).toEqual(['list', 'reject']);
    expect(availableListingActions('listed', manager)).toEqual(['delist']);
    expect(availableListingActions('delisted', manager)).toEqual(['submit']);
  });

  it('lets an editor submit for review but not list', () => {
    expect(availableListingActions('draft', editor)).toEqual(['submit']);
    expect(availableListingActions('in_review', editor)).toEqual([]);
  });
});
