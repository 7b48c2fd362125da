import { Injectable, OnModuleInit } from '@nestjs/common';
import { DiscoveryService } from '@nestjs/core';
import { currentRequestContext } from '../access/request-context';
import { TransactionalConnection } from '../database/transactional-connection';
import { JobQueue } from '../jobs/job-queue';
import { DomainEvent, EventSubscriber, OnEvent } from './domain-event';

interface Subscription {
  queue: string;
  types: string[];
  subscriber: EventSubscriber;
}

interface OutboxRow {
  id: string;
  type: string;
  payload: Record<string, unknown>;
  occurred_at: Date;
  actor_kind: DomainEvent['actorKind'];
  actor_id: string | null;
  request_id: string | null;
}

/**
 * Publishes domain events through the transactional outbox: the event row and one job per interested
 * subscriber are written in the transaction of the change, so an event is never lost (the process may die
 * right after commit) and never announced for a change that rolled back.
 */
@Injectable()
export class EventBus implements OnModuleInit {
  private subscriptions: Subscription[] = [];

  constructor(
    private readonly connection: TransactionalConnection,
    private readonly jobs: JobQueue,
    private readonly discovery: DiscoveryService,
  ) {}

  onModuleInit(): void {
    this.subscriptions = this.discovery.getProviders({ metadataKey: OnEvent.KEY }).map((wrapper) => {
      const queue = `event.${wrapper.metatype?.name ?? wrapper.name}`;
      const subscription = {
        queue,
        types: this.discovery.getMetadataByDecorator(OnEvent, wrapper)?.types ?? [],
        subscriber: wrapper.instance as EventSubscriber,
      };
      this.jobs.register<{ eventId: string }>(queue, ({ eventId }) => this.deliver(subscription, eventId), {
        retryLimit: 10,
        retryDelaySeconds: 5,
      });
      return subscription;
    });
  }

  /** Records the event and queues it for every subscriber of its type, in the current transaction. */
  async publish<Payload extends Record<string, unknown>>(
    type: string,
    payload: Payload,
  ): Promise<DomainEvent<Payload>> {
    return this.connection.withTransaction(async () => {
      const event = await this.record(type, payload);
      // Every subscriber's job in one statement (an order placed was one job insert per subscriber).
      await this.jobs.sendAll(
        this.subscriptions
          .filter((subscription) => subscription.types.includes(type) || subscription.types.includes('*'))
          .map((subscription) => ({ queue: subscription.queue, data: { eventId: event.id } })),
      );
      return event;
    });
  }

  /** Records an event in the outbox without telling subscribers (a webhook ping addressed to one partner). */
  async record<Payload extends Record<string, unknown>>(
    type: string,
    payload: Payload,
  ): Promise<DomainEvent<Payload>> {
    const context = currentRequestContext();
    const [row]: OutboxRow[] = await this.connection.manager.query(
      `INSERT INTO outbox_event (type, payload, actor_kind, actor_id, request_id) VALUES ($1, $2, $3, $4, $5) RETURNING *`,
      [
        type,
        payload,
        context?.actor?.kind ?? 'system',
        context?.actor?.id ?? null,
        context?.requestId ?? null,
      ],
    );
    return toEvent(row) as DomainEvent<Payload>;
  }

  async find(eventId: string): Promise<DomainEvent | undefined> {
    const [row]: OutboxRow[] = await this.connection.manager.query(
      `SELECT * FROM outbox_event WHERE id = $1`,
      [eventId],
    );
    return row ? toEvent(row) : undefined;
  }

  private async deliver(subscription: Subscription, eventId: string): Promise<void> {
    const event = await this.find(eventId);
    if (!event) return; // the event's transaction can only have committed, so this never happens in practice
    await this.connection.withTransaction(() => subscription.subscriber.handle(event));
  }
}

function toEvent(row: OutboxRow): DomainEvent {
  return {
    id: row.id,
    type: row.type,
    payload: row.payload,
    occurredAt: row.occurred_at,
    actorKind: row.actor_kind,
    actorId: row.actor_id,
    requestId: row.request_id,
  };
}
