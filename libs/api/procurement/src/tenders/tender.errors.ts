import { BusinessRuleError, DomainError, InvalidInputError, NotFoundError } from '@zhanggui/api-platform';

export class TenderNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('TENDER_NOT_FOUND', `There is no tender ${id}.`);
  }
}

export class TenderQuoteNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('TENDER_QUOTE_NOT_FOUND', `There is no tender quote ${id}.`);
  }
}

export class AttachmentNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('ATTACHMENT_NOT_FOUND', `There is no quote attachment ${id}.`);
  }
}

/** Quotes are sealed until the closing time, for everyone: the same answer for every role. */
export class TenderSealedError extends DomainError {
  constructor(number: string, closesAt: Date) {
    super(409, 'TENDER_SEALED', 'Sealed until closing', {
      detail: `The quotes of ${number} are sealed until ${closesAt.toISOString()}; nobody can read them before then.`,
    });
  }
}

export class TenderClosedError extends BusinessRuleError {
  constructor(number: string, closesAt: Date) {
    super('TENDER_CLOSED', `${number} closed at ${closesAt.toISOString()}: no more quotes or changes.`, [
      { field: 'closesAt', message: 'has passed' },
    ]);
  }
}

export class TenderNotOpenError extends BusinessRuleError {
  constructor(number: string, status: string) {
    super('TENDER_NOT_OPEN', `${number} is ${status}.`, [{ field: 'status', message: `is ${status}` }]);
  }
}

export class ClosingTimeInvalidError extends InvalidInputError {
  constructor() {
    super('CLOSING_TIME_INVALID', 'The closing time must be in the future.', [
      { field: 'closesAt', message: 'must be in the future' },
    ]);
  }
}

export class SupplierNotInvitedError extends BusinessRuleError {
  constructor(number: string) {
    super('SUPPLIER_NOT_INVITED', `The supplier was not invited to ${number}.`, [
      { field: 'supplierId', message: 'not invited to this tender' },
    ]);
  }
}

export class QuoteLinesInvalidError extends BusinessRuleError {
  constructor(field: string, message: string) {
    super('QUOTE_LINES_INVALID', `The quote does not fit the tender: ${field} ${message}.`, [
      { field, message },
    ]);
  }
}

export class AwardRefusedError extends BusinessRuleError {
  constructor(code: string, message: string, field: string) {
    super(code, `${message}.`, [{ field, message }]);
  }
}

export class AttachmentRefusedError extends InvalidInputError {
  constructor(reason: string) {
    super('ATTACHMENT_REFUSED', `The attachment is refused: ${reason}.`, [
      { field: 'file', message: reason },
    ]);
  }
}
