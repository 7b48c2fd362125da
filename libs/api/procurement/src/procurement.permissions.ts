import type { PermissionGrant, RoleCode } from '@zhanggui/api-identity';

/** Purchasing is the product manager's (DOMAIN.md: 产品经理 builds the purchase list and runs tenders). */
const PURCHASING: RoleCode[] = ['product-manager'];

export const PROCUREMENT_PERMISSIONS: PermissionGrant[] = [
  {
    permission: 'suppliers:read',
    description: 'See suppliers, their terms and delivery rating (bank accounts masked)',
    roles: [...PURCHASING, 'finance'],
  },
  { permission: 'suppliers:write', description: 'Add and change suppliers', roles: PURCHASING },
  {
    // Not a `:read`, on purpose: the auditor and GM do not get it with "read everything".
    permission: 'suppliers:bank-read',
    description: 'See suppliers’ bank accounts in full (to pay them)',
    roles: ['finance', 'general-manager'],
  },
  {
    permission: 'purchase-orders:read',
    description: 'See purchase orders, their receipts and history',
    roles: [...PURCHASING, 'finance'],
  },
  {
    permission: 'purchase-orders:write',
    description: 'Draft, submit, send, close and cancel purchase orders',
    roles: PURCHASING,
  },
  {
    permission: 'goods-receipts:write',
    description: 'Receive goods against purchase orders (stock and cost move with it)',
    roles: PURCHASING,
  },
  {
    permission: 'supplier-invoices:read',
    description: 'See supplier invoices and their three-way match',
    roles: [...PURCHASING, 'finance'],
  },
  {
    permission: 'supplier-invoices:write',
    description: 'Enter supplier invoices; approve mismatched ones with a reason or send them back',
    roles: ['finance'],
  },
  {
    permission: 'tenders:read',
    description: 'See tenders; quotes only after each closes',
    roles: PURCHASING,
  },
  {
    permission: 'tenders:write',
    description: 'Invite suppliers, record quotes, award tenders',
    roles: PURCHASING,
  },
  { permission: 'purchase-lists:read', description: 'See purchase lists (采购清单)', roles: PURCHASING },
  {
    permission: 'purchase-lists:write',
    description: 'Generate, edit and approve purchase lists',
    roles: PURCHASING,
  },
  {
    permission: 'procurement-policy:write',
    description: 'Set the purchase order approval threshold and the invoice matching tolerances',
    roles: ['general-manager'],
  },
];
