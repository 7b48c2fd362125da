import type { PermissionGrant, RoleCode } from '@zhanggui/api-identity';

const CUSTOMER_SERVICE: RoleCode[] = ['customer-service-agent', 'customer-service-lead'];
/** The sales line reads the orders of their own territory (scoped by their assignment's org unit). */
const TERRITORY_MANAGERS: RoleCode[] = [
  'sales-manager',
  'provincial-manager',
  'regional-manager',
  'city-manager',
];

export const ORDER_PERMISSIONS: PermissionGrant[] = [
  {
    permission: 'orders:read',
    description: 'See orders (within one’s territory; an API key: the orders it placed)',
    roles: [...CUSTOMER_SERVICE, ...TERRITORY_MANAGERS, 'finance'],
  },
  {
    permission: 'orders:create',
    description: 'Place orders for customers (customer service, and the website’s API key)',
    roles: CUSTOMER_SERVICE,
  },
  {
    permission: 'orders:write',
    description: 'Change orders before shipment and write notes and internal remarks on them',
    roles: CUSTOMER_SERVICE,
  },
  {
    permission: 'orders:fulfil',
    description: 'Allocate, ship and deliver the orders of one’s city (logistics)',
    roles: ['city-manager'],
  },
  {
    permission: 'orders:cancel',
    description: 'Cancel orders before shipment (their stock is released)',
    roles: CUSTOMER_SERVICE,
  },
  {
    permission: 'orders:complete',
    description: 'Mark delivered orders completed once the return window has passed',
    roles: ['customer-service-lead'],
  },
  {
    permission: 'payment-settings:write',
    description: 'Set the secret the payment provider signs its callbacks with',
    roles: ['system-administrator'],
  },
];
