import { BusinessRuleError, ConflictError, NotFoundError } from '@zhanggui/api-platform';

export class PositionNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('POSITION_NOT_FOUND', `No position ${id}.`);
  }
}
export class PositionCodeTakenError extends ConflictError {
  constructor(code: string) {
    super('POSITION_CODE_TAKEN', `Position code ${code} is taken.`, [{ field: 'code', message: 'is taken' }]);
  }
}
export class OrgUnitUnknownError extends BusinessRuleError {
  constructor(field = 'orgUnitId') {
    super('ORG_UNIT_UNKNOWN', 'No active org unit with that id.', [
      { field, message: 'no such active org unit' },
    ]);
  }
}
export class PositionUnknownError extends BusinessRuleError {
  constructor(field = 'positionId') {
    super('POSITION_UNKNOWN', 'No active position with that id.', [
      { field, message: 'no such active position' },
    ]);
  }
}
export class EmployeeNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('EMPLOYEE_NOT_FOUND', `No employee ${id}.`);
  }
}
export class EmployeeUserTakenError extends ConflictError {
  constructor() {
    super('EMPLOYEE_USER_TAKEN', 'That user account is already linked to another employee.', [
      { field: 'userId', message: 'is linked to another employee' },
    ]);
  }
}
export class EmployeeStatusError extends BusinessRuleError {
  constructor(status: string, wanted: string) {
    super('EMPLOYEE_STATUS_INVALID', `The employee is ${status}; ${wanted} is not possible.`, [
      { field: 'status', message: `is ${status}` },
    ]);
  }
}
export class DocumentNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('EMPLOYEE_DOCUMENT_NOT_FOUND', `No employee document ${id}.`);
  }
}
export class ContractNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('LABOUR_CONTRACT_NOT_FOUND', `No labour contract ${id}.`);
  }
}
export class ContractStateError extends BusinessRuleError {
  constructor(status: string) {
    super('LABOUR_CONTRACT_NOT_ACTIVE', `The contract is ${status}.`, [
      { field: 'status', message: `is ${status}` },
    ]);
  }
}
export class HiringRequestNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('HIRING_REQUEST_NOT_FOUND', `No hiring request ${id}.`);
  }
}
export class HeadcountExceededError extends ConflictError {
  constructor(position: { code: string; title: string }, period: string, n: HeadcountNumbers) {
    super(
      'HEADCOUNT_EXCEEDED',
      `Position ${position.code} ${position.title} has ${n.planned} planned for ${period}: ${n.filled} filled and ` +
        `${n.open} already being hired, so ${n.requested} more would exceed the plan by ` +
        `${n.filled + n.open + n.requested - n.planned}.`,
      [{ field: 'headcount', message: `at most ${Math.max(0, n.planned - n.filled - n.open)} available` }],
    );
  }
}
export interface HeadcountNumbers {
  planned: number;
  filled: number;
  open: number;
  requested: number;
}
export class HiringRequestStateError extends BusinessRuleError {
  constructor(status: string) {
    super(
      'HIRING_REQUEST_NOT_OPEN',
      `The hiring request is ${status}; candidates are hired only on approved requests.`,
      [{ field: 'hiringRequestId', message: `is ${status}` }],
    );
  }
}
export class CandidateNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('CANDIDATE_NOT_FOUND', `No candidate ${id}.`);
  }
}
export class CandidateStageError extends BusinessRuleError {
  constructor(from: string, to: string) {
    super('CANDIDATE_STAGE_INVALID', `A candidate cannot move from ${from} to ${to}.`, [
      { field: 'stage', message: `${from} → ${to} is not allowed` },
    ]);
  }
}
export class ProbationReviewNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('PROBATION_REVIEW_NOT_FOUND', `No probation review ${id}.`);
  }
}
export class ProbationItemNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('PROBATION_ITEM_NOT_FOUND', `No probation item ${id}.`);
  }
}
export class ProbationReviewPendingError extends ConflictError {
  constructor() {
    super('PROBATION_REVIEW_PENDING', 'A probation review of this employee is already waiting for approval.');
  }
}
export class PersonnelActionNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('PERSONNEL_ACTION_NOT_FOUND', `No personnel action ${id}.`);
  }
}
export class PersonnelActionInvalidError extends BusinessRuleError {
  constructor(field: string, message: string) {
    super('PERSONNEL_ACTION_INVALID', `The action cannot be made: ${field} ${message}.`, [
      { field, message },
    ]);
  }
}
/** Only an approved action not yet in effect can be withdrawn; a pending one is withdrawn in the approval inbox. */
export class PersonnelActionStateError extends ConflictError {
  constructor(status: string) {
    super(
      'PERSONNEL_ACTION_STATE',
      `The action is ${status}; only an approved action not yet in effect can be cancelled.`,
      [{ field: 'status', message: `is ${status}` }],
    );
  }
}
