import { PermissionCatalog } from './permission-catalog';

describe('PermissionCatalog', () => {
  const grant = (permission: string, roles: Array<'product-manager' | 'city-manager'>) => ({
    permission,
    description: permission,
    roles,
  });

  it('gives each role set its permissions, reads also to the auditor', () => {
    const catalog = new PermissionCatalog();
    catalog.register([grant('products:write', ['product-manager']), grant('orders:read', ['city-manager'])]);
    expect([...catalog.permissionsOf(['product-manager'])]).toEqual(['products:write']);
    expect([...catalog.permissionsOf(['city-manager', 'product-manager'])].sort()).toEqual([
      'orders:read',
      'products:write',
    ]);
    expect([...catalog.permissionsOf(['auditor'])]).toEqual(['orders:read']);
  });

  it('answers a role set the same whatever the order of its roles', () => {
    const catalog = new PermissionCatalog();
    catalog.register([grant('products:write', ['product-manager']), grant('orders:read', ['city-manager'])]);
    expect(catalog.permissionsOf(['product-manager', 'city-manager'])).toEqual(
      catalog.permissionsOf(['city-manager', 'product-manager']),
    );
  });

  it('counts grants registered after a role set was first asked for', () => {
    const catalog = new PermissionCatalog();
    catalog.register([grant('products:write', ['product-manager'])]);
    expect([...catalog.permissionsOf(['product-manager'])]).toEqual(['products:write']);
    catalog.register([grant('prices:write', ['product-manager'])]);
    expect([...catalog.permissionsOf(['product-manager'])].sort()).toEqual([
      'prices:write',
      'products:write',
    ]);
  });
});
