import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';
import { downloadFile, uploadFile, type UploadOptions } from '../../shared/transfer/authorized-transfer';

export type TicketSummary = ApiSchemas['TicketSummary'];
export type Ticket = ApiSchemas['TicketResponse'];
export type TimerView = ApiSchemas['TimerView'];
export type SlaView = ApiSchemas['SlaView'];
export type TicketMessage = ApiSchemas['MessageView'];
export type TicketHistoryEntry = ApiSchemas['HistoryView'];
export type TicketAttachment = ApiSchemas['AttachmentView'];
export type RenderedAnswer = ApiSchemas['RenderedAnswer'];
export type CustomerContext = ApiSchemas['CustomerContext'];
export type CustomerOrder = ApiSchemas['CustomerOrderView'];
export type NewTicket = ApiSchemas['CreateTicketDto'];
export type NewMessage = ApiSchemas['MessageDto'];
export type StandardAnswer = ApiSchemas['AnswerView'];
export type NewStandardAnswer = ApiSchemas['CreateAnswerDto'];
export type Queue = ApiSchemas['QueueView'];
export type SupportAgent = ApiSchemas['SupportAgentView'];
export type SlaPolicy = ApiSchemas['SlaPolicyView'];
export type NewSlaPolicy = ApiSchemas['CreateSlaPolicyDto'];
export type FollowUpVisit = ApiSchemas['VisitView'];
export type CompleteVisit = ApiSchemas['CompleteVisitDto'];
export type KeyAccountCandidate = ApiSchemas['CandidateView'];
export type KeyAccountRule = ApiSchemas['KeyAccountRuleView'];
export type MetricsResponse = ApiSchemas['MetricsResponse'];
export type MetricsRow = ApiSchemas['MetricsRow'];
export type TicketQuery = NonNullable<operations['Tickets_list']['parameters']['query']>;
export type VisitQuery = NonNullable<operations['FollowUps_list']['parameters']['query']>;
export type MetricsQuery = operations['Metrics_metrics']['parameters']['query'];
export type TicketStatus = Ticket['status'];
export type TicketPriority = Ticket['priority'];
export type TicketCategory = Ticket['category'];
export type TicketChannel = Ticket['channel'];

export const TICKET_STATUSES = [
  'new',
  'open',
  'waiting_on_customer',
  'resolved',
  'closed',
] as const satisfies readonly TicketStatus[];
export const TICKET_PRIORITIES = [
  'low',
  'normal',
  'high',
  'urgent',
] as const satisfies readonly TicketPriority[];
export const TICKET_CATEGORIES = [
  'pre-sales',
  'order',
  'after-sales',
  'complaint',
  'suggestion',
] as const satisfies readonly TicketCategory[];
export const TICKET_CHANNELS = [
  'phone',
  'chat',
  'email',
  'web',
  'api',
] as const satisfies readonly TicketChannel[];
/** The channels an agent types a ticket in from (the website and API keys open their own). */
export const AGENT_CHANNELS = ['phone', 'chat', 'email'] as const satisfies readonly TicketChannel[];

export const supportKeys = {
  all: ['support'] as const,
  tickets: () => [...supportKeys.all, 'tickets'] as const,
  ticketList: (query: TicketQuery) => [...supportKeys.tickets(), 'list', query] as const,
  ticket: (id: string) => [...supportKeys.tickets(), 'detail', id] as const,
  ticketPart: (id: string, part: string) => [...supportKeys.ticket(id), part] as const,
  queues: () => [...supportKeys.all, 'queues'] as const,
  agents: () => [...supportKeys.all, 'agents'] as const,
  answers: (query: { q?: string; category?: TicketCategory; all?: 'true' }) =>
    [...supportKeys.all, 'answers', query] as const,
  placeholders: () => [...supportKeys.all, 'placeholders'] as const,
  slaPolicies: () => [...supportKeys.all, 'sla-policies'] as const,
  visits: (query: VisitQuery) => [...supportKeys.all, 'visits', query] as const,
  candidates: (status: string) => [...supportKeys.all, 'key-accounts', status] as const,
  keyAccountRules: () => [...supportKeys.all, 'key-account-rules'] as const,
  metrics: (query: MetricsQuery) => [...supportKeys.all, 'metrics', query] as const,
};

export const ifMatch = (record: { version: number }) => ({ 'If-Match': `"${record.version}"` });

/** Which status may follow which (the API's rule; reopening is also bound by the reopen window). */
const NEXT: Record<TicketStatus, readonly TicketStatus[]> = {
  new: ['open', 'waiting_on_customer', 'resolved'],
  open: ['waiting_on_customer', 'resolved'],
  waiting_on_customer: ['open', 'resolved'],
  resolved: ['open', 'closed'],
  closed: ['open'],
};

/** The status moves to offer for a ticket: legal ones only, and no reopening once the window has passed. */
export function nextStatuses(ticket: Pick<Ticket, 'status' | 'reopenableUntil'>, now = new Date()) {
  return NEXT[ticket.status].filter(
    (to) =>
      !(
        (ticket.status === 'resolved' || ticket.status === 'closed') &&
        to === 'open' &&
        ticket.reopenableUntil &&
        new Date(ticket.reopenableUntil) < now
      ),
  );
}

export function ticketListQuery(query: TicketQuery) {
  return queryOptions({
    queryKey: supportKeys.ticketList(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/tickets', { params: { query }, signal })),
    // The SLA timers move on: read them again every minute while the queue is open.
    refetchInterval: 60_000,
  });
}

export function ticketQuery(id: string) {
  return queryOptions({
    queryKey: supportKeys.ticket(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/tickets/{id}', { params: { path: { id } }, signal })),
    refetchInterval: 60_000,
  });
}

export function threadQuery(id: string) {
  return queryOptions({
    queryKey: supportKeys.ticketPart(id, 'thread'),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/tickets/{id}/messages', { params: { path: { id } }, signal })),
  });
}

export function historyQuery(id: string) {
  return queryOptions({
    queryKey: supportKeys.ticketPart(id, 'history'),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/tickets/{id}/history', { params: { path: { id } }, signal })),
  });
}

export function attachmentsQuery(id: string) {
  return queryOptions({
    queryKey: supportKeys.ticketPart(id, 'attachments'),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/tickets/{id}/attachments', { params: { path: { id } }, signal })),
  });
}

export function customerContextQuery(id: string) {
  return queryOptions({
    queryKey: supportKeys.ticketPart(id, 'customer'),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/tickets/{id}/customer-context', { params: { path: { id } }, signal })),
  });
}

export function queuesQuery() {
  return queryOptions({
    queryKey: supportKeys.queues(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/support-queues', { signal })),
    staleTime: 60_000,
  });
}

export function agentsQuery() {
  return queryOptions({
    queryKey: supportKeys.agents(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/support-queues/agents', { signal })),
    staleTime: 5 * 60_000,
  });
}

export function answersQuery(query: { q?: string; category?: TicketCategory; all?: 'true' }) {
  return queryOptions({
    queryKey: supportKeys.answers(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/standard-answers', { params: { query }, signal })),
  });
}

export function placeholdersQuery() {
  return queryOptions({
    queryKey: supportKeys.placeholders(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/standard-answers/placeholders', { signal })),
    staleTime: Infinity,
  });
}

export function slaPoliciesQuery() {
  return queryOptions({
    queryKey: supportKeys.slaPolicies(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sla-policies', { signal })),
  });
}

export function visitsQuery(query: VisitQuery) {
  return queryOptions({
    queryKey: supportKeys.visits(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/follow-up-visits', { params: { query }, signal })),
  });
}

export function candidatesQuery(status: 'suggested' | 'confirmed' | 'dismissed') {
  return queryOptions({
    queryKey: supportKeys.candidates(status),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/key-account-candidates', { params: { query: { status } }, signal })),
  });
}

export function keyAccountRulesQuery() {
  return queryOptions({
    queryKey: supportKeys.keyAccountRules(),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/key-account-rules', { signal })),
    staleTime: 60_000,
  });
}

export function metricsQuery(query: MetricsQuery) {
  return queryOptions({
    queryKey: supportKeys.metrics(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/support-metrics', { params: { query }, signal })),
  });
}

export function createTicket(input: NewTicket): Promise<Ticket> {
  return unwrap(api.POST('/api/v1/tickets', { body: input }));
}

export function transitionTicket(ticket: Ticket, status: TicketStatus, note?: string): Promise<Ticket> {
  return unwrap(
    api.POST('/api/v1/tickets/{id}/transition', {
      params: { path: { id: ticket.id }, header: ifMatch(ticket) },
      body: { status, note: note?.trim() || undefined },
    }),
  );
}

export function assignTicket(
  ticket: Ticket,
  input: { queueId?: string; assigneeId?: string | null },
): Promise<Ticket> {
  return unwrap(
    api.POST('/api/v1/tickets/{id}/assign', {
      params: { path: { id: ticket.id }, header: ifMatch(ticket) },
      body: input,
    }),
  );
}

export function updateTicket(ticket: Ticket, changes: ApiSchemas['UpdateTicketDto']): Promise<Ticket> {
  return unwrap(
    api.PATCH('/api/v1/tickets/{id}', {
      params: { path: { id: ticket.id }, header: ifMatch(ticket) },
      body: changes,
    }),
  );
}

export function addMessage(ticketId: string, input: NewMessage) {
  return unwrap(
    api.POST('/api/v1/tickets/{id}/messages', { params: { path: { id: ticketId } }, body: input }),
  );
}

export function renderAnswer(ticketId: string, standardAnswerId: string): Promise<RenderedAnswer> {
  return unwrap(
    api.POST('/api/v1/tickets/{id}/render-answer', {
      params: { path: { id: ticketId } },
      body: { standardAnswerId },
    }),
  );
}

export function recordSatisfaction(ticketId: string, score: number, comment?: string): Promise<Ticket> {
  return unwrap(
    api.POST('/api/v1/tickets/{id}/satisfaction', {
      params: { path: { id: ticketId } },
      body: { score, comment: comment?.trim() || undefined },
    }),
  );
}

export function uploadAttachment(ticketId: string, file: File, options?: UploadOptions) {
  return uploadFile<TicketAttachment>(
    `/api/v1/tickets/${encodeURIComponent(ticketId)}/attachments`,
    file,
    options,
  );
}

export function downloadAttachment(attachment: TicketAttachment): Promise<string> {
  return downloadFile(attachment.url, attachment.fileName);
}

export function createAnswer(input: NewStandardAnswer): Promise<StandardAnswer> {
  return unwrap(api.POST('/api/v1/standard-answers', { body: input }));
}

export function updateAnswer(
  answer: StandardAnswer,
  changes: Partial<NewStandardAnswer>,
): Promise<StandardAnswer> {
  return unwrap(
    api.PATCH('/api/v1/standard-answers/{id}', {
      params: { path: { id: answer.id }, header: ifMatch(answer) },
      body: changes,
    }),
  );
}

export function createSlaPolicy(input: NewSlaPolicy): Promise<SlaPolicy> {
  return unwrap(api.POST('/api/v1/sla-policies', { body: input }));
}

export function updateSlaPolicy(policy: SlaPolicy, changes: Partial<NewSlaPolicy>): Promise<SlaPolicy> {
  return unwrap(
    api.PATCH('/api/v1/sla-policies/{id}', {
      params: { path: { id: policy.id }, header: ifMatch(policy) },
      body: changes,
    }),
  );
}

export function claimVisit(id: string): Promise<FollowUpVisit> {
  return unwrap(api.POST('/api/v1/follow-up-visits/{id}/claim', { params: { path: { id } } }));
}

export function completeVisit(id: string, input: CompleteVisit): Promise<FollowUpVisit> {
  return unwrap(
    api.POST('/api/v1/follow-up-visits/{id}/complete', { params: { path: { id } }, body: input }),
  );
}

export function decideCandidate(
  id: string,
  decision: 'confirm' | 'dismiss',
  input: { note?: string },
): Promise<KeyAccountCandidate> {
  const body = { note: input.note?.trim() || undefined };
  return decision === 'confirm'
    ? unwrap(api.POST('/api/v1/key-account-candidates/{id}/confirm', { params: { path: { id } }, body }))
    : unwrap(api.POST('/api/v1/key-account-candidates/{id}/dismiss', { params: { path: { id } }, body }));
}

export function evaluateKeyAccountRules(): Promise<{ suggested: number }> {
  return unwrap(api.POST('/api/v1/key-account-rules/evaluate'));
}
