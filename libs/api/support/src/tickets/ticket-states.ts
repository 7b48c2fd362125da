/** A ticket's life: new → open → waiting on the customer → resolved → closed; reopened within a window. */
export const TICKET_STATUSES = ['new', 'open', 'waiting_on_customer', 'resolved', 'closed'] as const;
export type TicketStatus = (typeof TICKET_STATUSES)[number];

export const TICKET_CHANNELS = ['phone', 'chat', 'email', 'web', 'api'] as const;
export type TicketChannel = (typeof TICKET_CHANNELS)[number];

export const TICKET_CATEGORIES = ['pre-sales', 'order', 'after-sales', 'complaint', 'suggestion'] as const;
export type TicketCategory = (typeof TICKET_CATEGORIES)[number];

export const TICKET_PRIORITIES = ['low', 'normal', 'high', 'urgent'] as const;
export type TicketPriority = (typeof TICKET_PRIORITIES)[number];

/** The statuses in which the SLA clocks do not run: the ball is with the customer, or the work is done. */
export const CLOCK_STOPPED: ReadonlySet<TicketStatus> = new Set([
  'waiting_on_customer',
  'resolved',
  'closed',
]);
export const OPEN_STATUSES: readonly TicketStatus[] = ['new', 'open', 'waiting_on_customer'];

/** Which status may follow which; reopening (resolved/closed → open) is also bound by the reopen window. */
const ALLOWED: Record<TicketStatus, readonly TicketStatus[]> = {
  new: ['open', 'waiting_on_customer', 'resolved'],
  open: ['waiting_on_customer', 'resolved'],
  waiting_on_customer: ['open', 'resolved'],
  resolved: ['open', 'closed'],
  closed: ['open'],
};

export function canMove(from: TicketStatus, to: TicketStatus): boolean {
  return ALLOWED[from].includes(to);
}

export function isReopen(from: TicketStatus, to: TicketStatus): boolean {
  return (from === 'resolved' || from === 'closed') && to === 'open';
}

/** Reopening is allowed until `windowDays` after the ticket was resolved. */
export function reopenAllowedUntil(resolvedAt: Date, windowDays: number): Date {
  return new Date(resolvedAt.getTime() + windowDays * 24 * 60 * 60 * 1000);
}
