import type { PermissionGrant, RoleCode } from '@zhanggui/api-identity';

/** The sales line: they read the customers of their own territory (scoped by their assignment's org unit). */
const TERRITORY_MANAGERS: RoleCode[] = [
  'sales-manager',
  'provincial-manager',
  'regional-manager',
  'city-manager',
];
const CUSTOMER_SERVICE: RoleCode[] = ['customer-service-agent', 'customer-service-lead'];

export const ORDERS_PERMISSIONS: PermissionGrant[] = [
  {
    permission: 'customers:read',
    description:
      'See customers and members (within one’s territory); personal data masked without customers:pii-read',
    roles: [...CUSTOMER_SERVICE, ...TERRITORY_MANAGERS, 'finance'],
  },
  {
    permission: 'customers:write',
    description: 'Register customers, change their details, addresses and consent',
    roles: CUSTOMER_SERVICE,
  },
  {
    // Not a `:read`, so the auditor and the general manager do not get personal data by default.
    permission: 'customers:pii-read',
    description:
      'See customers’ phones, emails, birthdays and street addresses unmasked (within one’s territory)',
    roles: [...CUSTOMER_SERVICE, ...TERRITORY_MANAGERS],
  },
  {
    permission: 'customers:merge',
    description: 'Review likely duplicate customers and merge them',
    roles: ['customer-service-lead'],
  },
  {
    permission: 'members:register',
    description: 'Register customers as members (customer service, and the website’s API key)',
    roles: CUSTOMER_SERVICE,
  },
  {
    permission: 'member-levels:read',
    description: 'See member levels, their thresholds and rebates',
    roles: [...CUSTOMER_SERVICE, ...TERRITORY_MANAGERS, 'planner', 'finance'],
  },
  {
    permission: 'member-levels:write',
    description: 'Set member levels and their rules, re-evaluate every member’s level',
    roles: ['sales-manager'],
  },
  {
    permission: 'territory-cities:write',
    description: 'Map cities to the sales territories that serve them (customers follow)',
    roles: ['sales-manager', 'system-administrator'],
  },
];
