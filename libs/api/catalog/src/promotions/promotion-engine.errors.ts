import { InvalidInputError, type FieldProblem } from '@zhanggui/api-platform';

export class PromotionCurrencyMismatchError extends InvalidInputError {
  constructor(currency: string, problems: FieldProblem[]) {
    super(
      'PROMOTION_CURRENCY_MISMATCH',
      `The cart is quoted in ${currency}, but ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`,
      problems,
    );
  }
}

export class PromotionInputInvalidError extends InvalidInputError {
  constructor(problems: FieldProblem[]) {
    super(
      'PROMOTION_INPUT_INVALID',
      `The cart or its promotions cannot be quoted: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`,
      problems,
    );
  }
}
