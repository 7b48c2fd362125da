import { ExecutionContext, Injectable } from '@nestjs/common';
import { ThrottlerGuard, ThrottlerLimitDetail } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { requestContextOf } from '../access/request-context';
import { anonymousTracker } from './anonymous-budget';
import { RateLimitedError } from './rate-limit.errors';

export { RateLimitedError };

/**
 * One budget per caller across all routes and replicas: the signed-in user or API key when there is one
 * (the access guard ran first), the client address otherwise.
 */
@Injectable()
export class RateLimitGuard extends ThrottlerGuard {
  protected override async getTracker(request: Record<string, unknown>): Promise<string> {
    const actor = requestContextOf(request as unknown as FastifyRequest)?.actor;
    if (actor) return `${actor.kind}:${actor.id}`;
    return anonymousTracker((request as unknown as FastifyRequest).ip);
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
