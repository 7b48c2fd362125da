import { randomBytes } from 'node:crypto';
import { Injectable } from '@nestjs/common';
import {
  AppConfig,
  assertVersionMatches,
  currentActor,
  DomainEvent,
  EventBus,
  JobQueue,
  Page,
  paginate,
  PageQuery,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import type {
  CreateWebhookSubscriptionDto,
  UpdateWebhookSubscriptionDto,
} from './dto/webhook-subscription.dto';
import { WebhookDelivery } from './webhook-delivery.entity';
import { WebhookSubscription } from './webhook-subscription.entity';
import {
  WebhookDeliveryNotFoundError,
  WebhookSubscriptionNotFoundError,
  WebhookUrlRefusedError,
} from './webhook.errors';
import { assertAcceptableUrl, assertPublicHost, ForbiddenTargetError } from './webhook-target';

export const DELIVER_QUEUE = 'webhooks.deliver';

/** Subscriptions, their delivery log, and queuing deliveries (WebhookDeliveryWorker sends them). */
@Injectable()
export class WebhooksService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly jobs: JobQueue,
    private readonly events: EventBus,
    private readonly config: AppConfig,
  ) {}

  private get subscriptions() {
    return this.connection.getRepository(WebhookSubscription);
  }

  private get deliveries() {
    return this.connection.getRepository(WebhookDelivery);
  }

  list(query: PageQuery): Promise<Page<WebhookSubscription>> {
    return paginate(
      this.subscriptions.createQueryBuilder('s'),
      { ...query, sort: '-createdAt' },
      {
        sorts: { createdAt: { column: 's.id', value: (s) => s.id } },
        idColumn: 's.id',
        idValue: (s) => s.id,
      },
    );
  }

  async get(id: string): Promise<WebhookSubscription> {
    const subscription = await this.subscriptions.findOneBy({ id });
    if (!subscription) throw new WebhookSubscriptionNotFoundError(id);
    return subscription;
  }

  async create(
    input: CreateWebhookSubscriptionDto,
  ): Promise<{ subscription: WebhookSubscription; secret: string }> {
    await this.assertTarget(input.url);
    const secret = `whsec_${randomBytes(24).toString('base64url')}`;
    const subscription = await this.subscriptions.save(
      this.subscriptions.create({
        name: input.name,
        url: input.url,
        eventTypes: [...new Set(input.eventTypes)].sort(),
        signingSecret: secret,
        status: 'active',
        createdBy: currentActor()?.kind === 'user' ? currentActor()!.id : null,
      }),
    );
    return { subscription, secret };
  }

  async update(
    id: string,
    changes: UpdateWebhookSubscriptionDto,
    expectedVersions?: number[],
  ): Promise<WebhookSubscription> {
    const subscription = await this.subscriptions.findOne({
      where: { id },
      lock: { mode: 'pessimistic_write' },
    });
    if (!subscription) throw new WebhookSubscriptionNotFoundError(id);
    assertVersionMatches('webhook subscription', expectedVersions, subscription.version);
    if (changes.url !== undefined) await this.assertTarget(changes.url);
    if (changes.eventTypes) changes.eventTypes = [...new Set(changes.eventTypes)].sort();
    Object.assign(
      subscription,
      Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined)),
    );
    return this.subscriptions.save(subscription);
  }

  listDeliveries(subscriptionId: string, query: PageQuery): Promise<Page<WebhookDelivery>> {
    const qb = this.deliveries
      .createQueryBuilder('d')
      .where('d.subscription_id = :subscriptionId', { subscriptionId });
    return paginate(
      qb,
      { ...query, sort: '-createdAt' },
      {
        sorts: { createdAt: { column: 'd.id', value: (d) => d.id } },
        idColumn: 'd.id',
        idValue: (d) => d.id,
      },
    );
  }

  /**
   * Queues a delivery of the event to each active subscription that wants it and existed when it happened
   * (fan-out runs a moment later; a partner who subscribes now does not get yesterday's events).
   */
  async fanOut(event: DomainEvent): Promise<number> {
    const subscriptions = await this.subscriptions
      .createQueryBuilder('s')
      .where(`s.status = 'active'`)
      .andWhere(`(:type = ANY(s.event_types) OR '*' = ANY(s.event_types))`, { type: event.type })
      .andWhere('s.created_at <= :occurredAt', { occurredAt: event.occurredAt })
      .getMany();
    for (const subscription of subscriptions) await this.queue(subscription.id, event.id, event.type, null);
    return subscriptions.length;
  }

  async replay(deliveryId: string): Promise<WebhookDelivery> {
    const original = await this.deliveries.findOneBy({ id: deliveryId });
    if (!original) throw new WebhookDeliveryNotFoundError(deliveryId);
    return this.queue(original.subscriptionId, original.eventId, original.eventType, original.id);
  }

  /** Sends a `WebhookPing` event to one subscription, so a partner can test their receiver. */
  async ping(subscriptionId: string): Promise<WebhookDelivery> {
    const subscription = await this.get(subscriptionId);
    const event = await this.events.record('WebhookPing', {
      subscriptionId: subscription.id,
      name: subscription.name,
    });
    return this.queue(subscription.id, event.id, event.type, null);
  }

  /**
   * One delivery row and its job, together. An event reaches a subscription once (a unique index), so a
   * fan-out that runs again after a crash adds nothing; replays are deliveries of their own.
   */
  private async queue(
    subscriptionId: string,
    eventId: string,
    eventType: string,
    replayOf: string | null,
  ): Promise<WebhookDelivery> {
    const inserted = await this.deliveries
      .createQueryBuilder()
      .insert()
      .values({ subscriptionId, eventId, eventType, replayOf, status: 'pending' })
      .orIgnore()
      .returning('*')
      .execute();
    const row = inserted.raw[0] as { id: string } | undefined;
    if (!row) return this.deliveries.findOneByOrFail({ subscriptionId, eventId });
    await this.jobs.send(DELIVER_QUEUE, { deliveryId: row.id });
    return this.deliveries.findOneByOrFail({ id: row.id });
  }

  private async assertTarget(url: string): Promise<void> {
    try {
      const parsed = assertAcceptableUrl(url);
      await assertPublicHost(parsed.hostname, this.config.webhookAllowedHosts);
    } catch (error) {
      if (error instanceof ForbiddenTargetError) throw new WebhookUrlRefusedError(error.reason);
      throw error;
    }
  }
}
