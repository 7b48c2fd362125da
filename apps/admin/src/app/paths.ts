/** Addresses the code links to directly; section pages' addresses live in layout/navigation.ts. */
export const PATHS = {
  dashboard: '/',
  login: '/login',
  orgUnits: '/admin/org-units',
} as const;
