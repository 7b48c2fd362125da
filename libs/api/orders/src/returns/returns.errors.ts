import { BusinessRuleError, ConflictError, FieldProblem, NotFoundError } from '@zhanggui/api-platform';

export class ReturnNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('RETURN_NOT_FOUND', `There is no return ${id}.`);
  }
}

export class ReturnTransitionNotAllowedError extends ConflictError {
  constructor(from: string, to: string, action: string, kind: string) {
    super('RETURN_TRANSITION_NOT_ALLOWED', `A ${kind} that is ${from} cannot become ${to} (${action}).`, [
      { field: 'status', message: `${from} → ${to} is not allowed` },
    ]);
  }
}

export class ReturnOrderNotDeliveredError extends ConflictError {
  constructor(number: string, status: string) {
    super('RETURN_ORDER_NOT_DELIVERED', `${number} is ${status}: only delivered goods can be returned.`, [
      { field: 'orderId', message: `${status} orders cannot be returned` },
    ]);
  }
}

export class ReturnWindowClosedError extends BusinessRuleError {
  constructor(number: string, closedAt: Date) {
    super('RETURN_WINDOW_CLOSED', `The return window of ${number} closed at ${closedAt.toISOString()}.`, [
      { field: 'orderId', message: 'the return window has closed' },
    ]);
  }
}

export class ReturnLinesInvalidError extends BusinessRuleError {
  constructor(problems: FieldProblem[]) {
    super('RETURN_LINES_INVALID', 'Some lines cannot be returned as asked.', problems);
  }
}

export class ReturnInspectionIncompleteError extends BusinessRuleError {
  constructor(problems: FieldProblem[]) {
    super(
      'RETURN_INSPECTION_INCOMPLETE',
      'Say for every line of the return whether it is restocked or scrapped.',
      problems,
    );
  }
}

export class RefundExceedsPaidError extends BusinessRuleError {
  constructor(left: number) {
    super('REFUND_EXCEEDS_PAID', `Only ${left} 分 of what was paid for the order has not been refunded yet.`);
  }
}
