import { BusinessRuleError, ConflictError, NotFoundError } from '@zhanggui/api-platform';

export class WarehouseNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('WAREHOUSE_NOT_FOUND', `There is no warehouse ${id}.`);
  }
}

export class WarehouseCodeTakenError extends ConflictError {
  constructor(code: string) {
    super('WAREHOUSE_CODE_TAKEN', `There is already a warehouse with code ${code}.`, [
      { field: 'code', message: 'already used' },
    ]);
  }
}

export class WarehouseRegionInvalidError extends BusinessRuleError {
  constructor(reason: string) {
    super('WAREHOUSE_REGION_INVALID', `The region is not allowed: ${reason}.`, [
      { field: 'regionId', message: reason },
    ]);
  }
}

export class WarehouseInactiveError extends BusinessRuleError {
  constructor(code: string, field: string) {
    super('WAREHOUSE_INACTIVE', `Warehouse ${code} is deactivated: stock cannot move into or out of it.`, [
      { field, message: 'the warehouse is deactivated' },
    ]);
  }
}

export class WarehouseNotEmptyError extends BusinessRuleError {
  constructor(code: string) {
    super(
      'WAREHOUSE_NOT_EMPTY',
      `Warehouse ${code} still holds or awaits stock: transfer or adjust it out before deactivating.`,
    );
  }
}
