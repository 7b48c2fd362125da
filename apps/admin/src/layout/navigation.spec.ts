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

  it('keeps the sections that are not built yet, which need no permission, and hides those that need one', () => {
    const keys = visibleNavSections(NAV_SECTIONS, permissionCheck([])).map((section) => section.key);
    expect(keys).toEqual(['finance']);
  });

  it('offers the catalog by permission: a product manager sees it all, customer service only promotions', () => {
    const catalogPages = (held: string[]) =>
      visibleNavSections(NAV_SECTIONS, permissionCheck(held))
        .find((section) => section.key === 'catalog')
        ?.pages.map((page) => page.label);
    expect(catalogPages(['catalog:read', 'promotions:read', 'catalog:import'])).toEqual([
      'products',
      'categories',
      'brands',
      'promotions',
      'catalogTransfer',
    ]);
    expect(catalogPages(['promotions:read'])).toEqual(['promotions']);
  });

  it('offers a product manager stock and purchasing, and finance only what it may read', () => {
    const pages = (held: string[], key: string) =>
      visibleNavSections(NAV_SECTIONS, permissionCheck(held))
        .find((section) => section.key === key)
        ?.pages.map((page) => page.label);
    const productManager = ['stock:read', 'warehouses:read', 'purchase-orders:read', 'suppliers:read'];
    expect(pages(productManager, 'inventory')).toEqual([
      'stock',
      'stockAlerts',
      'stockTransfers',
      'warehouses',
    ]);
    expect(pages(productManager, 'purchasing')).toEqual(['purchaseOrders', 'suppliers']);
    expect(pages(['purchase-orders:read'], 'inventory')).toBeUndefined();
  });

  it('offers purchase lists, tenders and supplier invoices to whoever may read them', () => {
    const purchasing = (held: string[]) =>
      visibleNavSections(NAV_SECTIONS, permissionCheck(held))
        .find((section) => section.key === 'purchasing')
        ?.pages.map((page) => page.label);
    expect(
      purchasing([
        'purchase-orders:read',
        'purchase-lists:read',
        'tenders:read',
        'supplier-invoices:read',
        'suppliers:read',
      ]),
    ).toEqual(['purchaseOrders', 'purchaseLists', 'tenders', 'supplierInvoices', 'suppliers']);
    expect(purchasing(['supplier-invoices:read'])).toEqual(['supplierInvoices']);
  });
});
