import { describe, expect, it } from 'vitest';
import { actionOf, groupByResource, resourceOf } from './permission-groups';

const grant = (permission: string) => ({ permission, description: permission, roles: [] });

describe('groupByResource', () => {
  it('puts the actions of one resource together, in the order given', () => {
    const groups = groupByResource([
      grant('api-keys:read'),
      grant('api-keys:write'),
      grant('org-units:read'),
      grant('org-units:write'),
      grant('audit-events:read'),
    ]);
    expect(groups.map((group) => [group.resource, group.grants.map((g) => actionOf(g.permission))])).toEqual([
      ['api-keys', ['read', 'write']],
      ['org-units', ['read', 'write']],
      ['audit-events', ['read']],
    ]);
  });

  it('copes with a permission without an action', () => {
    expect(resourceOf('everything')).toBe('everything');
    expect(actionOf('everything')).toBe('');
  });
});
