import { DomainError } from '../errors/domain-error';

export class UnauthenticatedError extends DomainError {
  constructor(detail = 'Sign in first: send `Authorization: Bearer <access token or API key>`.') {
    super(401, 'UNAUTHENTICATED', 'Unauthorized', { detail, headers: { 'WWW-Authenticate': 'Bearer' } });
  }
}

export class ForbiddenError extends DomainError {
  constructor(detail: string) {
    super(403, 'FORBIDDEN', 'Forbidden', { detail });
  }
}
