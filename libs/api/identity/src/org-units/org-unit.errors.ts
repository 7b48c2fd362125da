import { BusinessRuleError, ConflictError, NotFoundError } from '@zhanggui/api-platform';

export class OrgUnitNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('ORG_UNIT_NOT_FOUND', `There is no org unit ${id}.`);
  }
}

export class OrgUnitCodeTakenError extends ConflictError {
  constructor(code: string) {
    super('ORG_UNIT_CODE_TAKEN', `Another org unit already has the code ${code}.`, [
      { field: 'code', message: `${code} is already used by another org unit` },
    ]);
  }
}

export class OrgUnitParentInvalidError extends BusinessRuleError {
  constructor(reason: string) {
    super('ORG_UNIT_PARENT_INVALID', `The parent is not allowed: ${reason}.`, [
      { field: 'parentId', message: reason },
    ]);
  }
}

export class OrgUnitHasActiveChildrenError extends ConflictError {
  constructor(count: number) {
    super(
      'ORG_UNIT_HAS_ACTIVE_CHILDREN',
      `This unit still has ${count} active unit(s) under it; move or archive them first.`,
      [{ field: 'status', message: 'archive or move the units under it first' }],
    );
  }
}

export class CompanyAlreadyExistsError extends ConflictError {
  constructor() {
    super('ORG_UNIT_COMPANY_EXISTS', 'The tree already has its company at the root; there is only one.', [
      { field: 'kind', message: 'there is already a company' },
    ]);
  }
}
