import type { PermissionGrant, RoleCode } from '@zhanggui/api-identity';

/** Everyone whose work touches products: they see the whole catalog, every status. */
const CATALOG_READERS: RoleCode[] = [
  'product-manager',
  'editor',
  'planner',
  'sales-manager',
  'provincial-manager',
  'regional-manager',
  'city-manager',
  'customer-service-agent',
  'customer-service-lead',
  'finance',
];

export const CATALOG_PERMISSIONS: PermissionGrant[] = [
  {
    permission: 'catalog:read',
    description: 'See products, SKUs, categories and brands in every status',
    roles: CATALOG_READERS,
  },
  {
    permission: 'storefront:read',
    description: 'See listed products only (the website’s API key)',
    roles: [],
  },
  {
    permission: 'catalog:write',
    description: 'Create and change products, SKUs, categories and brands',
    roles: ['product-manager'],
  },
  {
    permission: 'product-content:write',
    description: 'Write product copy and descriptions, upload and order images',
    roles: ['product-manager', 'editor', 'planner'],
  },
  {
    permission: 'products:review',
    description: 'List (上架) and delist (下架) products, send them back to draft',
    roles: ['product-manager'],
  },
  {
    permission: 'prices:read',
    description: 'See prices per channel with history, costs, competitor prices and suggested prices',
    roles: ['product-manager', 'finance', 'sales-manager', 'planner'],
  },
  { permission: 'prices:write', description: 'Set prices and costs', roles: ['product-manager'] },
  {
    permission: 'competitor-prices:write',
    description: 'Record competitors’ prices',
    roles: ['product-manager', 'planner'],
  },
  {
    permission: 'promotions:read',
    description: 'See promotions',
    roles: [
      'planner',
      'product-manager',
      'sales-manager',
      'customer-service-agent',
      'customer-service-lead',
      'finance',
    ],
  },
  {
    permission: 'promotions:write',
    description: 'Create, change and end promotions',
    roles: ['planner', 'product-manager', 'sales-manager'],
  },
  {
    permission: 'price-quotes:create',
    description: 'Price a cart: list prices, promotions and totals',
    roles: ['customer-service-agent', 'customer-service-lead', 'sales-manager', 'planner', 'product-manager'],
  },
  {
    permission: 'catalog:import',
    description: 'Import and export products, SKUs and prices as CSV',
    roles: ['product-manager'],
  },
];
