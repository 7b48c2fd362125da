import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { requestContextOf } from '../access/request-context';
import { DomainError } from '../errors/domain-error';

export class RateLimitedError extends DomainError {
  constructor(retryAfterSeconds: number) {
    super(429, 'RATE_LIMITED', 'Too many requests', {
      detail: `Too many requests; try again in ${retryAfterSeconds} s.`,
      headers: { 'Retry-After': String(retryAfterSeconds) },
    });
  }
}

/**
 * One budget per caller across all routes and replicas: the signed-in user or API key when there is one
 * (the access guard ran first), the client address otherwise.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const actor = requestContextOf(request as unknown as FastifyRequest)?.actor;
    return actor ? `${actor.kind}:${actor.id}` : `ip:${(request as unknown as FastifyRequest).ip}`;
  }

  protected override generateKey(_context: ExecutionContext, tracker: string, throttlerName: string): string {
    return `${throttlerName}:${tracker}`;
  }

  protected override async throwThrottlingException(
    _context: ExecutionContext,
    detail: ThrottlerLimitDetail,
  ): Promise<void> {
    throw new RateLimitedError(detail.timeToBlockExpire);
  }
}
