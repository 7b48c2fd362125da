/** What support publishes (outbox → other departments and partners' webhooks). */
export const TICKET_CREATED = 'TicketCreated';
export const TICKET_RESOLVED = 'TicketResolved';
export const TICKET_SLA_WARNING = 'TicketSlaWarning';
export const TICKET_ESCALATED = 'TicketEscalated';
export const KEY_ACCOUNT_CONFIRMED = 'KeyAccountConfirmed';
export const FOLLOW_UP_COMPLETED = 'FollowUpCompleted';

export interface TicketEventPayload extends Record<string, unknown> {
  ticketId: string;
  ticketNumber: string;
  customerId: string;
  orderId: string | null;
  queueId: string;
  assigneeId: string | null;
  category: string;
  priority: string;
}

export interface TicketResolvedPayload extends TicketEventPayload {
  resolvedAt: string;
  firstResponseBreached: boolean;
  resolutionBreached: boolean;
}

export interface TicketSlaAlertPayload extends TicketEventPayload {
  /** first-response-warning, first-response-breach, resolution-warning, resolution-breach. */
  kind: string;
  percent: number;
  notifiedUserId: string | null;
}

export interface KeyAccountConfirmedPayload extends Record<string, unknown> {
  candidateId: string;
  customerId: string;
  rule: string;
  orderAmount: number;
  orderCount: number;
  salesOwnerId: string | null;
  note: string | null;
}
