import { describe, expect, it } from 'vitest';
import { permissionCheck } from '../auth/permissions';
import { NAV_SECTIONS, visibleNavSections } from './navigation';

const adminPages = (held: string[]) =>
  visibleNavSections(NAV_SECTIONS, permissionCheck(held))
    .find((section) => section.key === 'admin')
    ?.pages.map((page) => page.label);

describe('visibleNavSections', () => {
  it('offers a system administrator every administration page', () => {
    expect(
      adminPages([
        'org-units:read',
        'users:read',
        'api-keys:read',
        'webhooks:read',
        'audit-events:read',
        'users:write',
      ]),
    ).toEqual(['orgUnits', 'usersRoles', 'apiKeys', 'webhooks', 'auditLog']);
  });

  it('offers a city manager only what their permissions open', () => {
    expect(adminPages(['org-units:read', 'users:read'])).toEqual(['orgUnits', 'usersRoles']);
  });

  it('hides a section when none of its pages is open to the user', () => {
    expect(adminPages([])).toBeUndefined();
  });

  it('keeps the sections that are not built yet, which need no permission', () => {
    const keys = visibleNavSections(NAV_SECTIONS, permissionCheck([])).map((section) => section.key);
    expect(keys).toEqual(['sales', 'catalog', 'inventory', 'orders', 'support', 'hr', 'finance']);
  });
});
