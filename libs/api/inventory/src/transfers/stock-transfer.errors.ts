import { BusinessRuleError, NotFoundError } from '@zhanggui/api-platform';
import type { TransferStatus } from './stock-transfer.entity';

export class StockTransferNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('STOCK_TRANSFER_NOT_FOUND', `There is no stock transfer ${id}.`);
  }
}

export class TransferSameWarehouseError extends BusinessRuleError {
  constructor() {
    super('TRANSFER_SAME_WAREHOUSE', 'A transfer goes from one warehouse to another.', [
      { field: 'toWarehouseId', message: 'must differ from fromWarehouseId' },
    ]);
  }
}

export class TransferNotInTransitError extends BusinessRuleError {
  constructor(number: string, status: TransferStatus) {
    super(
      'TRANSFER_NOT_IN_TRANSIT',
      `Transfer ${number} is ${status.replace('_', ' ')}: only a transfer in transit can be received or cancelled.`,
    );
  }
}
