import { BusinessRuleError, FieldProblem, NotFoundError } from '@zhanggui/api-platform';

export class GoodsReceiptNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('GOODS_RECEIPT_NOT_FOUND', `There is no goods receipt ${id}.`);
  }
}

export class ReceiptRefusedError extends BusinessRuleError {
  constructor(number: string, problems: FieldProblem[]) {
    super(
      'RECEIPT_REFUSED',
      `The receipt does not fit ${number}: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`,
      problems,
    );
  }
}
