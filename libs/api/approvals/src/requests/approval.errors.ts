import { BusinessRuleError, ConflictError, DomainError, NotFoundError } from '@zhanggui/api-platform';

export class ApprovalRequestNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('APPROVAL_REQUEST_NOT_FOUND', `There is no approval request ${id}.`);
  }
}

export class SelfApprovalError extends DomainError {
  constructor() {
    super(403, 'SELF_APPROVAL', 'Forbidden', {
      detail: 'You asked for this approval, so someone else must decide it.',
    });
  }
}

export class NotAnApproverError extends DomainError {
  constructor(role: string) {
    super(403, 'NOT_AN_APPROVER', 'Forbidden', {
      detail: `This step waits for a ${role} whose scope covers the request; that is not you.`,
    });
  }
}

export class ApprovalAlreadyFinishedError extends ConflictError {
  constructor(status: string) {
    super('APPROVAL_FINISHED', `The request is already ${status}.`);
  }
}

export class NoApproverError extends BusinessRuleError {
  constructor(role: string, position: number) {
    super(
      'NO_APPROVER',
      `Nobody but the requester holds the role ${role} for this record, so step ${position} could never be decided.`,
      [{ field: `steps.${position - 1}.role`, message: `no one else holds ${role} here` }],
    );
  }
}

export class NotYourRequestError extends DomainError {
  constructor() {
    super(403, 'NOT_YOUR_REQUEST', 'Forbidden', {
      detail: 'Only the person who asked for an approval may cancel it.',
    });
  }
}
