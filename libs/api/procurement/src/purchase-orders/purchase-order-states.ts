export const PURCHASE_ORDER_STATUSES = [
  'draft',
  'pending_approval',
  'approved',
  'sent',
  'partially_received',
  'received',
  'closed',
  'cancelled',
] as const;
export type PurchaseOrderStatus = (typeof PURCHASE_ORDER_STATUSES)[number];

/**
 * What can happen to a purchase order. `submit` carries whether the total needs the general manager;
 * `receive` whether everything ordered has now arrived.
 */
export type PurchaseOrderAction =
  | { type: 'submit'; needsApproval: boolean }
  | { type: 'approve' }
  | { type: 'reject' }
  | { type: 'send' }
  | { type: 'receive'; complete: boolean }
  | { type: 'close' }
  | { type: 'cancel' };

export class PurchaseOrderTransitionError extends Error {
  constructor(
    readonly from: PurchaseOrderStatus,
    readonly action: PurchaseOrderAction['type'],
  ) {
    super(`A purchase order that is ${from} cannot be ${PAST[action]}`);
  }
}

const PAST: Record<PurchaseOrderAction['type'], string> = {
  submit: 'submitted',
  approve: 'approved',
  reject: 'rejected',
  send: 'sent',
  receive: 'received against',
  close: 'closed',
  cancel: 'cancelled',
};

/**
 * The one place the purchase order's life is decided:
 * draft → (submit) → pending_approval → approved, or straight to approved below the threshold;
 * a rejection returns it to draft; approved → sent → partially_received → received → closed;
 * a partially received order may be closed short; cancel from draft, approved or sent (nothing received yet).
 */
export function nextPurchaseOrderStatus(
  from: PurchaseOrderStatus,
  action: PurchaseOrderAction,
): PurchaseOrderStatus {
  const to = transition(from, action);
  if (!to) throw new PurchaseOrderTransitionError(from, action.type);
  return to;
}

function transition(from: PurchaseOrderStatus, action: PurchaseOrderAction): PurchaseOrderStatus | undefined {
  switch (action.type) {
    case 'submit':
      if (from === 'draft') return action.needsApproval ? 'pending_approval' : 'approved';
      return undefined;
    case 'approve':
      return from === 'pending_approval' ? 'approved' : undefined;
    case 'reject':
      return from === 'pending_approval' ? 'draft' : undefined;
    case 'send':
      return from === 'approved' ? 'sent' : undefined;
    case 'receive':
      if (from === 'sent' || from === 'partially_received')
        return action.complete ? 'received' : 'partially_received';
      return undefined;
    case 'close':
      return from === 'received' || from === 'partially_received' ? 'closed' : undefined;
    case 'cancel':
      return from === 'draft' || from === 'approved' || from === 'sent' ? 'cancelled' : undefined;
  }
}

/** Orders whose lines are still expected to arrive (they count as stock in transit). */
export const OPEN_PURCHASE_ORDER_STATUSES: readonly PurchaseOrderStatus[] = [
  'pending_approval',
  'approved',
  'sent',
  'partially_received',
];

export function isEditable(status: PurchaseOrderStatus): boolean {
  return status === 'draft';
}
