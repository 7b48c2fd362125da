import type {
  CustomerContext,
  FollowUpVisit,
  KeyAccountCandidate,
  KeyAccountRule,
  MetricsResponse,
  Queue,
  StandardAnswer,
  SupportAgent,
  Ticket,
  TicketMessage,
  TicketSummary,
  TimerView,
} from './support.api';

export const TICKET_ID = '0190a0b0-0000-7000-8000-000000000a01';
export const CUSTOMER_ID = '0190a0b0-0000-7000-8000-000000000a02';
export const ORDER_ID = '0190a0b0-0000-7000-8000-000000000a03';
export const QUEUE_ID = '0190a0b0-0000-7000-8000-000000000a04';
export const AGENT_ID = '0190a0b0-0000-7000-8000-0000000000aa';
export const OTHER_AGENT_ID = '0190a0b0-0000-7000-8000-000000000a06';
export const ANSWER_ID = '0190a0b0-0000-7000-8000-000000000a07';
export const VISIT_ID = '0190a0b0-0000-7000-8000-000000000a08';
export const CANDIDATE_ID = '0190a0b0-0000-7000-8000-000000000a09';
export const RULE_ID = '0190a0b0-0000-7000-8000-000000000a0a';

export const AGENT_PERMISSIONS = [
  'tickets:read',
  'tickets:create',
  'tickets:write',
  'support-queues:read',
  'sla-policies:read',
  'standard-answers:read',
  'follow-ups:read',
  'follow-ups:write',
  'key-accounts:read',
  'key-accounts:decide',
  'key-account-rules:read',
  'customers:read',
  'orders:read',
  'returns:read',
];
export const LEAD_PERMISSIONS = [
  ...AGENT_PERMISSIONS,
  'all-tickets:read',
  'tickets:assign',
  'support-queues:write',
  'sla-policies:write',
  'standard-answers:write',
  'key-account-rules:write',
  'support-metrics:read',
];

export const page = (...data: unknown[]) => ({ data, nextCursor: null, total: data.length });

export function fakeTimer(overrides: Partial<TimerView> = {}): TimerView {
  return {
    targetMinutes: 240,
    elapsedMinutes: 60,
    remainingMinutes: 180,
    percent: 25,
    dueAt: '2026-11-28T06:00:00.000Z',
    stoppedAt: null,
    state: 'running',
    breached: false,
    ...overrides,
  };
}

export function fakeTicketSummary(overrides: Partial<TicketSummary> = {}): TicketSummary {
  return {
    id: TICKET_ID,
    number: 'TK-20261128-0001',
    subject: '快递三天没有更新',
    channel: 'phone',
    customerId: CUSTOMER_ID,
    orderId: ORDER_ID,
    returnId: null,
    category: 'order',
    priority: 'high',
    status: 'open',
    queueId: QUEUE_ID,
    assigneeId: AGENT_ID,
    tags: ['物流'],
    sla: {
      policyId: '0190a0b0-0000-7000-8000-000000000a10',
      firstResponse: fakeTimer(),
      resolution: fakeTimer({ targetMinutes: 2160, remainingMinutes: 2100, percent: 3 }),
      businessHours: true,
    },
    firstRespondedAt: null,
    resolvedAt: null,
    satisfactionScore: null,
    createdAt: '2026-11-28T02:00:00.000Z',
    updatedAt: '2026-11-28T02:00:00.000Z',
    version: 1,
    ...overrides,
  };
}

export function fakeTicket(overrides: Partial<Ticket> = {}): Ticket {
  return {
    ...fakeTicketSummary(),
    satisfactionComment: null,
    closedAt: null,
    reopenCount: 0,
    reopenableUntil: null,
    ...overrides,
  };
}

export function fakeMessage(overrides: Partial<TicketMessage> = {}): TicketMessage {
  return {
    id: '0190a0b0-0000-7000-8000-000000000b01',
    kind: 'customer',
    public: true,
    body: '我的快递三天没有物流信息了。',
    standardAnswerId: null,
    authorKind: 'user',
    authorId: AGENT_ID,
    authorLabel: '王芳',
    createdAt: '2026-11-28T02:00:00.000Z',
    ...overrides,
  };
}

export function fakeContext(overrides: Partial<CustomerContext> = {}): CustomerContext {
  const order = {
    orderId: ORDER_ID,
    orderNumber: 'SO-20261128-0001',
    status: 'shipped',
    channel: 'website',
    total: 7800,
    currency: 'CNY',
    carrier: '顺丰',
    trackingNumber: 'SF1234567890',
    placedAt: '2026-11-25T02:00:00.000Z',
    deliveredAt: null,
  };
  return {
    customer: {
      id: CUSTOMER_ID,
      number: 'C-000123',
      name: '王芳',
      phone: '139****0002',
      email: null,
      memberLevel: '银卡会员',
    },
    recentOrders: [order],
    recentTickets: [],
    openTicketCount: 1,
    keyAccount: null,
    linkedOrder: order,
    ...overrides,
  };
}

export function fakeAnswer(overrides: Partial<StandardAnswer> = {}): StandardAnswer {
  return {
    id: ANSWER_ID,
    code: 'SHIP-WHERE',
    title: '物流查询',
    category: 'order',
    body: '{{customerName}}您好，您的订单{{orderNumber}}已由{{carrier}}发出，运单号{{trackingNumber}}。',
    tags: [],
    placeholders: ['customerName', 'orderNumber', 'carrier', 'trackingNumber'],
    active: true,
    useCount: 3,
    version: 1,
    ...overrides,
  };
}

export function fakeQueue(overrides: Partial<Queue> = {}): Queue {
  return {
    id: QUEUE_ID,
    code: 'GENERAL',
    name: '综合咨询',
    description: null,
    teamOrgUnitId: null,
    leadUserId: null,
    active: true,
    memberIds: [AGENT_ID, OTHER_AGENT_ID],
    activeTickets: 4,
    version: 1,
    ...overrides,
  };
}

export const AGENTS: SupportAgent[] = [
  { id: AGENT_ID, username: 'admin', displayName: '系统管理员', role: 'customer-service-lead' },
  { id: OTHER_AGENT_ID, username: 'kefu1', displayName: '李客服', role: 'customer-service-agent' },
];

export function fakeVisit(overrides: Partial<FollowUpVisit> = {}): FollowUpVisit {
  return {
    id: VISIT_ID,
    number: 'FV-20261128-0001',
    ruleId: RULE_ID,
    trigger: 'order-delivered',
    customerId: CUSTOMER_ID,
    orderId: ORDER_ID,
    ticketId: null,
    queueId: QUEUE_ID,
    assigneeId: null,
    dueDate: '2026-11-27',
    overdue: true,
    status: 'scheduled',
    outcome: null,
    satisfactionScore: null,
    completedAt: null,
    version: 1,
    ...overrides,
  };
}

export function fakeCandidate(overrides: Partial<KeyAccountCandidate> = {}): KeyAccountCandidate {
  return {
    id: CANDIDATE_ID,
    customerId: CUSTOMER_ID,
    ruleId: RULE_ID,
    status: 'suggested',
    metricValue: 620000,
    orderCount: 7,
    orderAmount: 620000,
    ticketCount: 1,
    lastOrderAt: '2026-11-20T02:00:00.000Z',
    note: null,
    salesOwnerId: null,
    decidedAt: null,
    version: 1,
    ...overrides,
  };
}

export const KEY_ACCOUNT_RULE: KeyAccountRule = {
  id: RULE_ID,
  name: '90 天消费满 5000 元',
  kind: 'order-amount',
  windowDays: 90,
  threshold: 500000,
  active: true,
  version: 1,
};

export function fakeMetrics(): MetricsResponse {
  const row = {
    key: AGENT_ID,
    created: 12,
    resolved: 10,
    avgFirstResponseMinutes: 35.5,
    avgResolutionMinutes: 185,
    slaAttainmentPercent: 90,
    avgSatisfaction: 4.5,
    satisfactionResponses: 6,
    followUpsDone: 3,
  };
  return {
    from: '2026-11-01',
    to: '2026-11-28',
    groupBy: 'agent',
    rows: [row, { ...row, key: OTHER_AGENT_ID, slaAttainmentPercent: 60, avgSatisfaction: null }],
    total: { ...row, key: null, created: 24 },
  };
}

export const CUSTOMER = {
  id: CUSTOMER_ID,
  number: 'C-000123',
  name: '王芳',
  phone: '139****0002',
  masked: true,
};
