/** Addresses the code links to directly; the sidebar lists them in layout/navigation.ts. */
export const PATHS = {
  dashboard: '/',
  login: '/login',
  approvals: '/approvals',
  orgUnits: '/admin/org-units',
  users: '/admin/users',
  apiKeys: '/admin/api-keys',
  webhooks: '/admin/webhooks',
  auditLog: '/admin/audit-log',
} as const;
