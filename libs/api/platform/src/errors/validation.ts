import { ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { FieldProblem, InvalidInputError } from './domain-error';

/**
 * Flattens class-validator's tree into one entry per failing field, with dotted paths (`skus.0.code`), so a
 * client can put each message next to its input.
 */
export function flattenValidationErrors(errors: ValidationError[], parentPath = ''): FieldProblem[] {
  return errors.flatMap((error) => {
    const field = parentPath ? `${parentPath}.${error.property}` : error.property;
    const own = Object.values(error.constraints ?? {}).map((message) => ({
      field,
      message: message.replace(/^property (\S+) should not exist$/, 'unknown or read-only field: $1'),
    }));
    return [...own, ...flattenValidationErrors(error.children ?? [], field)];
  });
}

export class ValidationFailedError extends InvalidInputError {
  constructor(errors: FieldProblem[]) {
    const fields = [...new Set(errors.map((e) => e.field))];
    super(
      'VALIDATION_FAILED',
      `Invalid ${fields.length === 1 ? 'field' : 'fields'}: ${fields.join(', ')}.`,
      errors,
    );
  }
}

/**
 * Unknown fields are refused rather than dropped (`forbidNonWhitelisted`), so a client that sends a read-only
 * field such as `version` or `id` learns it at once instead of wondering why nothing changed.
 */
export function createValidationPipe(): ValidationPipe {
  return new ValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailedError(flattenValidationErrors(errors)),
  });
}
