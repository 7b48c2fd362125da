import {
  BusinessRuleError,
  ConflictError,
  DomainError,
  FieldProblem,
  InvalidInputError,
  NotFoundError,
} from '@zhanggui/api-platform';

export class ExpenseClaimNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('EXPENSE_CLAIM_NOT_FOUND', `There is no expense claim ${id}.`);
  }
}

export class ExpenseAttachmentNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('EXPENSE_ATTACHMENT_NOT_FOUND', `There is no expense attachment ${id}.`);
  }
}

export class ExpenseClaimTransitionError extends BusinessRuleError {
  constructor(number: string, status: string, action: string) {
    super('EXPENSE_CLAIM_TRANSITION_NOT_ALLOWED', `${number} is ${status}: it cannot be ${action} now.`, [
      { field: 'status', message: `a ${status} claim cannot be ${action}` },
    ]);
  }
}

export class NotYourClaimError extends BusinessRuleError {
  constructor(number: string) {
    super('EXPENSE_CLAIM_NOT_YOURS', `${number} belongs to someone else: only the claimant changes it.`, [
      { field: 'claimantId', message: 'only the claimant changes or submits a claim' },
    ]);
  }
}

/** Lines over the policy limit without a justification: each problem names the line and the limit. */
export class ExpenseOverLimitError extends BusinessRuleError {
  constructor(problems: FieldProblem[]) {
    super(
      'EXPENSE_OVER_LIMIT',
      `${problems.length} line(s) exceed the expense policy: ${problems[0].field}: ${problems[0].message}.`,
      problems,
    );
  }
}

export class ExpenseLineUnitError extends BusinessRuleError {
  constructor(field: string, orgUnitId: string) {
    super('EXPENSE_COST_UNIT_UNKNOWN', `There is no org unit ${orgUnitId} to bear the cost.`, [
      { field, message: 'no such org unit' },
    ]);
  }
}

export class ClaimantWithoutUnitError extends InvalidInputError {
  constructor() {
    super('EXPENSE_CLAIM_UNIT_REQUIRED', 'You belong to no org unit: name the unit that bears the claim.', [
      { field: 'orgUnitId', message: 'is required for people without an org unit' },
    ]);
  }
}

export class AttachmentRefusedError extends InvalidInputError {
  constructor(reason: string) {
    super('ATTACHMENT_REFUSED', `The attachment is refused: ${reason}.`, [
      { field: 'file', message: reason },
    ]);
  }
}

export class BudgetOverrideNotAllowedError extends DomainError {
  constructor() {
    super(403, 'BUDGET_OVERRIDE_NOT_ALLOWED', 'Forbidden', {
      detail: 'Only a finance manager may approve past a budget.',
      errors: [{ field: 'overrideBudget', message: 'needs the expense-claims:override-budget permission' }],
    });
  }
}

export class OverrideReasonRequiredError extends InvalidInputError {
  constructor() {
    super('BUDGET_OVERRIDE_REASON_REQUIRED', 'Approving past a budget needs a reason.', [
      { field: 'overrideReason', message: 'is required with overrideBudget' },
    ]);
  }
}

export class NothingToDecideError extends ConflictError {
  constructor(number: string) {
    super('EXPENSE_CLAIM_NO_APPROVAL', `${number} is not waiting for an approval.`, [
      { field: 'status', message: 'not waiting for approval' },
    ]);
  }
}
