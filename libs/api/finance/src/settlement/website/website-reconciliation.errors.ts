import { BusinessRuleError, NotFoundError } from '@zhanggui/api-platform';
import type { FieldProblem } from '@zhanggui/api-platform';

export class StatementInvalidError extends BusinessRuleError {
  constructor(errors: FieldProblem[]) {
    super(
      'STATEMENT_INVALID',
      `The statement has malformed lines (first: ${errors[0].field}: ${errors[0].message}); nothing was imported.`,
      errors,
    );
  }
}

export class ReconciliationDayClosedError extends BusinessRuleError {
  constructor(days: string[], field = 'day') {
    super(
      'RECONCILIATION_DAY_CLOSED',
      `Reconciliation of ${days.join(', ')} is closed: nothing on it can change.`,
      days.map(() => ({ field, message: 'closed' })),
    );
  }
}

export class ReconciliationDayOpenItemsError extends BusinessRuleError {
  constructor(day: string, unexplained: number) {
    super(
      'RECONCILIATION_DAY_HAS_OPEN_ITEMS',
      `${day} has ${unexplained} statement line(s) neither matched nor explained.`,
    );
  }
}

export class StatementLineNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('STATEMENT_LINE_NOT_FOUND', `No statement line ${id}.`);
  }
}

export class StatementLineMatchedError extends BusinessRuleError {
  constructor() {
    super('STATEMENT_LINE_MATCHED', 'A matched line needs no explanation.');
  }
}
