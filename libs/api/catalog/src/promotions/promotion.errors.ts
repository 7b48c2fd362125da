import { ConflictError, InvalidInputError, NotFoundError, type FieldProblem } from '@zhanggui/api-platform';

export class PromotionNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('PROMOTION_NOT_FOUND', `There is no promotion ${id}.`);
  }
}

export class PromotionTermsInvalidError extends InvalidInputError {
  constructor(problems: FieldProblem[]) {
    super(
      'PROMOTION_TERMS_INVALID',
      `The promotion's terms do not fit together: ${problems.map((p) => `${p.field} ${p.message}`).join('; ')}.`,
      problems,
    );
  }
}

export class PromotionStatusError extends ConflictError {
  constructor(from: string, to: string) {
    super('PROMOTION_STATUS', `A ${from} promotion cannot become ${to}.`);
  }
}

export class PromotionLimitReachedError extends ConflictError {
  constructor(name: string) {
    super('PROMOTION_LIMIT_REACHED', `The promotion ${name} has been used as often as it may be.`);
  }
}
