import { Injectable, OnModuleInit } from '@nestjs/common';
import { AppConfig, EventBus, JobAttempt, JobQueue, TransactionalConnection } from '@zhanggui/api-platform';
import { WebhookDelivery, WebhookDeliveryStatus } from './webhook-delivery.entity';
import { postWebhook } from './webhook-poster';
import { SIGNATURE_HEADER, signWebhook } from './webhook-signature';
import { WebhookSubscription } from './webhook-subscription.entity';
import { DELIVER_QUEUE } from './webhooks.service';

/**
 * Sends one delivery: a signed POST of `{id, type, occurredAt, data}`. A non-2xx answer or no answer is
 * recorded and thrown, so the job queue retries with backoff (about a day in all); the last failure marks
 * the delivery failed. Outcomes are written outside any transaction so the log keeps every attempt.
 */
@Injectable()
export class WebhookDeliveryWorker implements OnModuleInit {
  constructor(
    private readonly jobs: JobQueue,
    private readonly connection: TransactionalConnection,
    private readonly events: EventBus,
    private readonly config: AppConfig,
  ) {}

  onModuleInit(): void {
    this.jobs.register<{ deliveryId: string }>(
      DELIVER_QUEUE,
      ({ deliveryId }, attempt) => this.deliver(deliveryId, attempt),
      {
        retryLimit: 10,
        retryDelaySeconds: 30,
        retryBackoff: true,
      },
    );
  }

  private async deliver(deliveryId: string, attempt: JobAttempt): Promise<void> {
    const deliveries = this.connection.getRepository(WebhookDelivery);
    const delivery = await deliveries.findOneBy({ id: deliveryId });
    if (!delivery || delivery.status === 'succeeded') return;
    const subscription = await this.connection
      .getRepository(WebhookSubscription)
      .createQueryBuilder('s')
      .addSelect('s.signingSecret')
      .where('s.id = :id', { id: delivery.subscriptionId })
      .getOne();
    const event = await this.events.find(delivery.eventId);
    if (!subscription || subscription.status !== 'active' || !event) {
      await this.record(delivery, 'failed', { error: 'the subscription is paused or gone', durationMs: 0 });
      return;
    }
    const body = JSON.stringify({
      id: event.id,
      type: event.type,
      occurredAt: event.occurredAt.toISOString(),
      data: event.payload,
    });
    const timestamp = Math.floor(Date.now() / 1000);
    const outcome = await postWebhook(
      new URL(subscription.url),
      body,
      {
        'Content-Type': 'application/json',
        'User-Agent': 'Zhanggui-Webhooks/1',
        'Zhanggui-Event': event.type,
        'Zhanggui-Delivery': delivery.id,
        [SIGNATURE_HEADER]: signWebhook(subscription.signingSecret, timestamp, body),
      },
      this.config.webhookAllowedHosts,
    );
    const succeeded =
      outcome.statusCode !== undefined && outcome.statusCode >= 200 && outcome.statusCode < 300;
    const lastTry = attempt.retryCount >= attempt.retryLimit;
    await this.record(delivery, succeeded ? 'succeeded' : lastTry ? 'failed' : 'retrying', outcome);
    if (!succeeded) {
      throw new Error(
        `Webhook delivery ${delivery.id} failed: ${outcome.error ?? `HTTP ${outcome.statusCode}`}`,
      );
    }
  }

  private async record(
    delivery: WebhookDelivery,
    status: WebhookDeliveryStatus,
    outcome: { statusCode?: number; error?: string; durationMs: number },
  ): Promise<void> {
    await this.connection.dataSource.query(
      `UPDATE webhook_delivery SET status = $2, attempts = attempts + 1, last_status_code = $3, last_error = $4,
              last_attempt_at = now(), last_duration_ms = $5, delivered_at = CASE WHEN $6 THEN now() END
        WHERE id = $1`,
      [
        delivery.id,
        status,
        outcome.statusCode ?? null,
        errorOf(status, outcome),
        outcome.durationMs,
        status === 'succeeded',
      ],
    );
  }
}

function errorOf(
  status: WebhookDeliveryStatus,
  outcome: { statusCode?: number; error?: string },
): string | null {
  if (status === 'succeeded') return null;
  return outcome.error ?? (outcome.statusCode ? `HTTP ${outcome.statusCode}` : null);
}
