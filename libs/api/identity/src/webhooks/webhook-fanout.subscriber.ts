import { Injectable } from '@nestjs/common';
import { DomainEvent, EventSubscriber, OnEvent } from '@zhanggui/api-platform';
import { WebhooksService } from './webhooks.service';

/** Every published event goes to the partners subscribed to its type. */
@Injectable()
@OnEvent({ types: ['*'] })
export class WebhookFanout implements EventSubscriber {
  constructor(private readonly webhooks: WebhooksService) {}

  async handle(event: DomainEvent): Promise<void> {
    await this.webhooks.fanOut(event);
  }
}
