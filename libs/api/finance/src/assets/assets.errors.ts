import { BusinessRuleError, NotFoundError } from '@zhanggui/api-platform';

export class FixedAssetNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('FIXED_ASSET_NOT_FOUND', `No fixed asset ${id}.`);
  }
}

export class FixedAssetDisposedError extends BusinessRuleError {
  constructor(number: string) {
    super('FIXED_ASSET_DISPOSED', `Fixed asset ${number} is disposed: it cannot change any more.`);
  }
}

export class AssetRuleError extends BusinessRuleError {
  constructor(code: string, detail: string, field: string) {
    super(code, detail, [{ field, message: detail }]);
  }
}
