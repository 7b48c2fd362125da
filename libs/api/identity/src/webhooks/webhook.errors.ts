import { InvalidInputError, NotFoundError } from '@zhanggui/api-platform';

export class WebhookSubscriptionNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('WEBHOOK_SUBSCRIPTION_NOT_FOUND', `There is no webhook subscription ${id}.`);
  }
}

export class WebhookDeliveryNotFoundError extends NotFoundError {
  constructor(id: string) {
    super('WEBHOOK_DELIVERY_NOT_FOUND', `There is no webhook delivery ${id}.`);
  }
}

export class WebhookUrlRefusedError extends InvalidInputError {
  constructor(reason: string) {
    super('WEBHOOK_URL_REFUSED', `The webhook URL is refused: it ${reason}.`, [
      { field: 'url', message: reason },
    ]);
  }
}
