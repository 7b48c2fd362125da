import { Injectable } from '@nestjs/common';
import { InjectThrottlerStorage, ThrottlerStorage } from '@nestjs/throttler';
import type { FastifyRequest } from 'fastify';
import { AppConfig } from '../config/app-config';
import { RateLimitedError } from './rate-limit.errors';

const WINDOW_MS = 60_000;
/** The throttler `RateLimitGuard` keys its counters by, so both charge one budget. */
const THROTTLER = 'default';

/** Who an anonymous caller is to the rate limit: its address, for public routes and refused sign-ins alike. */
export function anonymousTracker(address: string): string {
  return `ip:${address}`;
}

/**
 * Charges a refused sign-in attempt (no credential, or a wrong one) to the client address. The access guard
 * refuses these before the rate-limit guard runs, so without this a flood of 401s, or guessing tokens and API
 * keys, would cost nothing. The budget is the one anonymous callers of public routes already share.
 */
@Injectable()
export class AnonymousBudget {
  constructor(
    @InjectThrottlerStorage() private readonly storage: ThrottlerStorage,
    private readonly config: AppConfig,
  ) {}

  /** Counts the refusal; past the budget the answer is 429 with Retry-After instead of the 401. */
  async charge(request: FastifyRequest): Promise<void> {
    const { isBlocked, timeToBlockExpire } = await this.storage.increment(
      `${THROTTLER}:${anonymousTracker(request.ip)}`,
      WINDOW_MS,
      this.config.rateLimitPerMinute,
      WINDOW_MS,
      THROTTLER,
    );
    if (isBlocked) throw new RateLimitedError(timeToBlockExpire);
  }
}
