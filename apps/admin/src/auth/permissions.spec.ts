import { describe, expect, it } from 'vitest';
import { permissionCheck } from './permissions';

describe('permissionCheck', () => {
  it('grants exactly the permissions held', () => {
    const can = permissionCheck(['users:read', 'org-units:read']);
    expect(can('users:read')).toBe(true);
    expect(can('users:write')).toBe(false);
    expect(can('audit-events:read')).toBe(false);
  });

  it('grants nothing to a user without roles', () => {
    expect(permissionCheck([])('org-units:read')).toBe(false);
  });
});
