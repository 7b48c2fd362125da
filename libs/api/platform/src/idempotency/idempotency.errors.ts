import { ConflictError, DomainError, InvalidInputError } from '../errors/domain-error';

export class InvalidIdempotencyKeyError extends InvalidInputError {
  constructor() {
    super(
      'INVALID_IDEMPOTENCY_KEY',
      'Idempotency-Key must be 1–255 visible ASCII characters (a UUID is ideal).',
      [{ field: 'Idempotency-Key', message: 'must be 1–255 visible ASCII characters' }],
    );
  }
}

export class IdempotencyInProgressError extends ConflictError {
  constructor() {
    super(
      'IDEMPOTENCY_IN_PROGRESS',
      'A request with this Idempotency-Key is still being processed; retry shortly.',
    );
  }
}

export class IdempotencyKeyReusedError extends DomainError {
  constructor() {
    super(422, 'IDEMPOTENCY_KEY_REUSED', 'Unprocessable', {
      detail: 'This Idempotency-Key was used for a different request; use a new key for a new request.',
      errors: [{ field: 'Idempotency-Key', message: 'already used for a different request' }],
    });
  }
}
