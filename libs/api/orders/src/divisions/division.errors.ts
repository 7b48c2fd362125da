import { NotFoundError } from '@zhanggui/api-platform';

export class DivisionNotFoundError extends NotFoundError {
  constructor(code: string) {
    super('DIVISION_NOT_FOUND', `There is no province or city ${code}.`);
  }
}
