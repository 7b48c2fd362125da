import type { PurchaseOrderAction, PurchaseOrderStatus } from './purchasing.api';

/**
 * What a purchaser can do with an order in each status, mirroring the API's state machine (draft → submit →
 * approved, or pending the general manager above the threshold → send → receive → close; cancel before
 * anything arrived). Receiving is offered separately, by its own form.
 */
export function purchaseOrderActions(status: PurchaseOrderStatus): PurchaseOrderAction[] {
  switch (status) {
    case 'draft':
      return ['submit', 'cancel'];
    case 'approved':
      return ['send', 'cancel'];
    case 'sent':
      return ['cancel'];
    case 'partially_received':
    case 'received':
      return ['close'];
    default:
      return [];
  }
}

export function canReceive(status: PurchaseOrderStatus): boolean {
  return status === 'sent' || status === 'partially_received';
}
