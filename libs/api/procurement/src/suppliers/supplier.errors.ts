import { BusinessRuleError, ConflictError, NotFoundError } from '@zhanggui/api-platform';

export class SupplierNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('SUPPLIER_NOT_FOUND', `There is no supplier ${id}.`);
  }
}

export class SupplierCodeTakenError extends ConflictError {
  constructor(code: string) {
    super('SUPPLIER_CODE_TAKEN', `There is already a supplier with the code ${code}.`, [
      { field: 'code', message: 'already used' },
    ]);
  }
}

export class SupplierNotActiveError extends BusinessRuleError {
  constructor(code: string, field = 'supplierId') {
    super('SUPPLIER_NOT_ACTIVE', `Supplier ${code} is not active: nothing new can be bought from it.`, [
      { field, message: 'the supplier is suspended or archived' },
    ]);
  }
}
