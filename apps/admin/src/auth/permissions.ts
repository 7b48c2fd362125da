/**
 * The permissions the console looks at to offer a menu entry or a button. The API is the real gate (it answers
 * 403); hiding what someone may not use only spares them the refusal. New permissions appear in GET
 * /permissions as domains register them; only the ones the console checks need to be listed here.
 */
export type Permission =
  | 'org-units:read'
  | 'org-units:write'
  | 'users:read'
  | 'users:write'
  | 'roles:read'
  | 'api-keys:read'
  | 'api-keys:write'
  | 'webhooks:read'
  | 'webhooks:write'
  | 'audit-events:read'
  | 'approvals:use'
  | 'approval-requests:read'
  | 'catalog:read'
  | 'catalog:write'
  | 'catalog:import'
  | 'product-content:write'
  | 'products:review'
  | 'prices:read'
  | 'prices:write'
  | 'competitor-prices:write'
  | 'promotions:read'
  | 'promotions:write'
  | 'price-quotes:create'
  | 'warehouses:read'
  | 'warehouses:write'
  | 'stock:read'
  | 'stock-movements:read'
  | 'stock:adjust'
  | 'stock:transfer'
  | 'stock:reorder'
  | 'suppliers:read'
  | 'suppliers:write'
  | 'purchase-orders:read'
  | 'purchase-orders:write'
  | 'goods-receipts:write'
  | 'supplier-invoices:read'
  | 'supplier-invoices:write'
  | 'tenders:read'
  | 'tenders:write'
  | 'purchase-lists:read'
  | 'purchase-lists:write'
  | 'customers:read'
  | 'orders:read'
  | 'orders:create'
  | 'orders:write'
  | 'orders:fulfil'
  | 'orders:cancel'
  | 'orders:complete'
  | 'rebates:read';

export type PermissionCheck = (permission: Permission) => boolean;

/** A check against what the signed-in user holds (GET /auth/me's `permissions`). */
export function permissionCheck(held: readonly string[]): PermissionCheck {
  const set = new Set(held);
  return (permission) => set.has(permission);
}
