import { BusinessRuleError, ConflictError, NotFoundError } from '@zhanggui/api-platform';

export class CategoryNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('CATEGORY_NOT_FOUND', `There is no category ${id}.`);
  }
}

export class CategoryNameTakenError extends ConflictError {
  constructor(name: string) {
    super('CATEGORY_NAME_TAKEN', `The parent already has a category named ${name}.`, [
      { field: 'name', message: 'already used here' },
    ]);
  }
}

export class CategoryParentInvalidError extends BusinessRuleError {
  constructor(reason: string) {
    super('CATEGORY_PARENT_INVALID', `The parent is not allowed: ${reason}.`, [
      { field: 'parentId', message: reason },
    ]);
  }
}

export class BrandNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('BRAND_NOT_FOUND', `There is no brand ${id}.`);
  }
}

export class BrandNameTakenError extends ConflictError {
  constructor(name: string) {
    super('BRAND_NAME_TAKEN', `There is already a brand named ${name}.`, [
      { field: 'name', message: 'already used' },
    ]);
  }
}
