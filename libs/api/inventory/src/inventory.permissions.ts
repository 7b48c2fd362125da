import type { PermissionGrant, RoleCode } from '@zhanggui/api-identity';

/**
 * Everyone who needs to know what can be promised: customer service warns customers of shortages at once
 * (DOMAIN.md), managers watch their territory's warehouses (scoped by their assignment), finance and planning
 * read it. The website's API key is given `stock:read` when it is created.
 */
const STOCK_READERS: RoleCode[] = [
  'product-manager',
  'customer-service-agent',
  'customer-service-lead',
  'sales-manager',
  'provincial-manager',
  'regional-manager',
  'city-manager',
  'finance',
  'planner',
];

/**
 * Moving stock by hand is the warehouse's job. There is no warehouse-keeper role yet (adding one changes the
 * admin console's role list, owned elsewhere), so the product manager, who keeps products in stock, holds it.
 */
const STOCK_KEEPERS: RoleCode[] = ['product-manager'];

export const INVENTORY_PERMISSIONS: PermissionGrant[] = [
  {
    permission: 'warehouses:read',
    description: 'See warehouses (of their own territory)',
    roles: STOCK_READERS,
  },
  {
    permission: 'warehouses:write',
    description: 'Add, rename, move, deactivate warehouses',
    roles: STOCK_KEEPERS,
  },
  {
    permission: 'stock:read',
    description:
      'See stock levels, availability, transfers and low-stock alerts (also for the website’s API key)',
    roles: STOCK_READERS,
  },
  {
    permission: 'stock-movements:read',
    description: 'See the stock ledger: every movement with who, why and its source document; stocktakes',
    roles: [
      'product-manager',
      'finance',
      'sales-manager',
      'provincial-manager',
      'regional-manager',
      'city-manager',
    ],
  },
  {
    permission: 'stock:adjust',
    description: 'Correct stock by hand with a reason, and book stocktakes',
    roles: STOCK_KEEPERS,
  },
  {
    permission: 'stock:transfer',
    description: 'Send stock between warehouses, receive or cancel transfers',
    roles: STOCK_KEEPERS,
  },
  {
    permission: 'stock:reorder',
    description: 'Set reorder points and safety stock',
    roles: ['product-manager'],
  },
];
