import type { PermissionCheck } from '../../auth/permissions';
import type { OrderStatus, OrderStep } from './orders.api';

/** Which step each status allows (the API's state machine), and who may take it. */
const NEXT: Record<OrderStatus, readonly OrderStep[]> = {
  pending_payment: ['cancel'],
  confirmed: ['allocate', 'cancel'],
  allocated: ['ship', 'cancel'],
  shipped: ['deliver'],
  delivered: ['complete'],
  completed: [],
  cancelled: [],
};

const NEEDS = {
  allocate: 'orders:fulfil',
  ship: 'orders:fulfil',
  deliver: 'orders:fulfil',
  complete: 'orders:complete',
  cancel: 'orders:cancel',
} as const;

/** The steps to offer for an order: allowed by its status and by the user's permissions. */
export function orderSteps(status: OrderStatus, can: PermissionCheck): OrderStep[] {
  return NEXT[status].filter((step) => can(NEEDS[step]));
}
