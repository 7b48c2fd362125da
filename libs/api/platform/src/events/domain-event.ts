import { DiscoveryService } from '@nestjs/core';

/** Something that happened in one department that others may care about (ARCHITECTURE.md). */
export interface DomainEvent<Payload = Record<string, unknown>> {
  id: string;
  /** PascalCase, past tense: `OrderDelivered`, `ApprovalDecided`. */
  type: string;
  payload: Payload;
  occurredAt: Date;
  actorKind: 'user' | 'api-key' | 'system';
  actorId: string | null;
  requestId: string | null;
}

export interface EventSubscriber {
  /** Runs in its own transaction, at least once per event: it must be idempotent (keyed by event.id). */
  handle(event: DomainEvent): Promise<void>;
}

/**
 * Marks a provider as a subscriber to event types (or `*` for all). Each subscriber gets its own queue, so a
 * failing subscriber retries alone and never blocks or repeats another.
 */
export const OnEvent = DiscoveryService.createDecorator<{ types: string[] }>();
