import { ArgumentMetadata, ValidationPipe } from '@nestjs/common';
import type { ValidationError } from 'class-validator';
import { cacheValidationMetadata } from '../validation/validation-metadata-cache';
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
  cacheValidationMetadata();
  return new StrictValidationPipe({
    whitelist: true,
    forbidNonWhitelisted: true,
    forbidUnknownValues: true,
    transform: true,
    transformOptions: { enableImplicitConversion: false },
    validationError: { target: false, value: false },
    exceptionFactory: (errors) => new ValidationFailedError(flattenValidationErrors(errors)),
  });
}

/** Deeper than any DTO nests; class-transformer recurses without a limit and overflowed the stack at 10,000. */
const MAX_DEPTH = 32;

/**
 * Fields of `value` no DTO rule can be trusted with: strings holding a NUL character (PostgreSQL text cannot
 * store one) and values nested deeper than MAX_DEPTH, each named by its dotted path.
 */
export function unsafeFields(value: unknown, path: string, depth = 0): FieldProblem[] {
  if (typeof value === 'string')
    return value.includes('\u0000')
      ? [{ field: path, message: `${path || 'body'} must not contain the NUL character` }]
      : [];
  if (typeof value !== 'object' || value === null) return [];
  if (depth >= MAX_DEPTH) {
    const field = path.split('.')[0];
    return [{ field, message: `${field || 'body'} is nested deeper than ${MAX_DEPTH} levels` }];
  }
  return Object.entries(value).flatMap(([key, item]) =>
    unsafeFields(item, path ? `${path}.${key}` : key, depth + 1),
  );
}

/**
 * Refuses NUL characters and absurd nesting in bodies, queries and path parameters, naming the field, before
 * class-transformer walks them: both were 500s (a database error, a stack overflow), found by the fuzz suite.
 */
class StrictValidationPipe extends ValidationPipe {
  override async transform(value: unknown, metadata: ArgumentMetadata): Promise<unknown> {
    if (metadata.type !== 'custom') {
      const problems = unsafeFields(value, metadata.type === 'body' ? '' : (metadata.data ?? ''));
      if (problems.length > 0) throw new ValidationFailedError(problems);
    }
    return super.transform(value, metadata);
  }
}
