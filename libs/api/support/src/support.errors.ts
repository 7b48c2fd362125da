import { BusinessRuleError, ConflictError, NotFoundError } from '@zhanggui/api-platform';

export class TicketNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('TICKET_NOT_FOUND', `There is no ticket ${id} (or it is not in one of your queues).`);
  }
}

export class TicketTransitionNotAllowedError extends ConflictError {
  constructor(from: string, to: string) {
    super('TICKET_TRANSITION_NOT_ALLOWED', `A ticket that is ${from} cannot become ${to}.`, [
      { field: 'status', message: `${from} → ${to} is not allowed` },
    ]);
  }
}

export class TicketReopenWindowClosedError extends ConflictError {
  constructor(until: Date) {
    super(
      'TICKET_REOPEN_WINDOW_CLOSED',
      `The reopen window closed at ${until.toISOString()}: open a new ticket.`,
      [{ field: 'status', message: 'the reopen window has closed' }],
    );
  }
}

export class TicketNotResolvedError extends ConflictError {
  constructor(status: string) {
    super('TICKET_NOT_RESOLVED', `Satisfaction is recorded for resolved tickets; this one is ${status}.`);
  }
}

export class QueueNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('SUPPORT_QUEUE_NOT_FOUND', `There is no support queue ${id}.`);
  }
}

export class NotInQueueError extends BusinessRuleError {
  constructor(field: string) {
    super('NOT_A_QUEUE_MEMBER', 'Agents work the queues they belong to; a lead assigns elsewhere.', [
      { field, message: 'not a member of the ticket’s queue' },
    ]);
  }
}

export class NotASupportAgentError extends BusinessRuleError {
  constructor(userIds: string[]) {
    super('NOT_A_SUPPORT_AGENT', `Not an active customer-service agent or lead: ${userIds.join(', ')}.`, [
      { field: 'userIds', message: 'every member must be an active customer-service agent or lead' },
    ]);
  }
}

export class NoQueueError extends BusinessRuleError {
  constructor() {
    super('NO_SUPPORT_QUEUE', 'There is no active support queue to put the ticket in.', [
      { field: 'queueId', message: 'is required while no default queue exists' },
    ]);
  }
}

export class OrderOfAnotherCustomerError extends BusinessRuleError {
  constructor() {
    super('TICKET_ORDER_MISMATCH', 'The linked order belongs to another customer.', [
      { field: 'orderId', message: 'is not an order of this customer' },
    ]);
  }
}

export class SlaPolicyNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('SLA_POLICY_NOT_FOUND', `There is no SLA policy ${id}.`);
  }
}

export class StandardAnswerNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('STANDARD_ANSWER_NOT_FOUND', `There is no standard answer ${id}.`);
  }
}

export class KbArticleNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('KB_ARTICLE_NOT_FOUND', `There is no knowledge-base article ${id}.`);
  }
}

export class AttachmentNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('TICKET_ATTACHMENT_NOT_FOUND', `There is no attachment ${id}.`);
  }
}

export class FollowUpRuleNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('FOLLOW_UP_RULE_NOT_FOUND', `There is no follow-up rule ${id}.`);
  }
}

export class FollowUpVisitNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('FOLLOW_UP_VISIT_NOT_FOUND', `There is no follow-up visit ${id}.`);
  }
}

export class VisitAlreadyClosedError extends ConflictError {
  constructor(status: string) {
    super('FOLLOW_UP_VISIT_CLOSED', `The visit is already ${status}.`);
  }
}

export class KeyAccountRuleNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('KEY_ACCOUNT_RULE_NOT_FOUND', `There is no key-account rule ${id}.`);
  }
}

export class KeyAccountCandidateNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('KEY_ACCOUNT_CANDIDATE_NOT_FOUND', `There is no key-account candidate ${id}.`);
  }
}

export class CandidateAlreadyDecidedError extends ConflictError {
  constructor(status: string) {
    super('KEY_ACCOUNT_CANDIDATE_DECIDED', `The candidate is already ${status}.`);
  }
}
