import { BusinessRuleError, ConflictError, NotFoundError } from '@zhanggui/api-platform';
import type { FieldProblem } from '@zhanggui/api-platform';

export class AccountNotFoundError extends NotFoundError {
  constructor(what: string) {
    super('ACCOUNT_NOT_FOUND', `No ledger account ${what}.`);
  }
}

export class AccountCodeTakenError extends ConflictError {
  constructor(code: string) {
    super('ACCOUNT_CODE_TAKEN', `Account code ${code} is already in the chart.`, [
      { field: 'code', message: 'is taken' },
    ]);
  }
}

export class AccountRuleError extends BusinessRuleError {
  constructor(code: string, detail: string, field: string) {
    super(code, detail, [{ field, message: detail }]);
  }
}

export class JournalEntryNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('JOURNAL_ENTRY_NOT_FOUND', `No journal entry ${id}.`);
  }
}

export class PeriodNotFoundError extends NotFoundError {
  constructor(code: string) {
    super('PERIOD_NOT_FOUND', `No accounting period ${code}.`);
  }
}

/** The entry's lines break double entry (unbalanced, one-sided, a parent or inactive account …). */
export class UnbalancedEntryError extends BusinessRuleError {
  constructor(detail: string, errors: FieldProblem[]) {
    super('JOURNAL_ENTRY_INVALID', detail, errors);
  }
}

export class PeriodClosedError extends BusinessRuleError {
  constructor(period: string, field = 'entryDate') {
    super('PERIOD_CLOSED', `Accounting period ${period} is closed: nothing can be posted into it.`, [
      { field, message: `period ${period} is closed` },
    ]);
  }
}

export class PeriodStateError extends BusinessRuleError {
  constructor(code: string, detail: string) {
    super(code, detail);
  }
}

export class EntryPostedError extends BusinessRuleError {
  constructor(number: string) {
    super('JOURNAL_ENTRY_POSTED', `Entry ${number} is posted and cannot change: post a reversal instead.`);
  }
}

export class EntryReversalError extends BusinessRuleError {
  constructor(detail: string) {
    super('JOURNAL_ENTRY_NOT_REVERSIBLE', detail);
  }
}
