import { describe, expect, it } from 'vitest';
import { invalidEventTypes } from './event-types';
import { isHttpUrl, webhookChangesBetween } from './webhook-form';
import type { WebhookSubscription } from './webhooks.api';

const subscription: WebhookSubscription = {
  id: '0190a0b0-0000-7000-8000-0000000000f1',
  name: '顺丰物流',
  url: 'https://hooks.sf-express.example/zhanggui',
  eventTypes: ['OrgUnitCreated', 'OrgUnitUpdated'],
  status: 'active',
  version: 3,
  createdAt: '2026-11-27T02:00:00.000Z',
};
const values = { name: '顺丰物流', url: subscription.url, eventTypes: subscription.eventTypes };

describe('webhookChangesBetween', () => {
  it('sends only what changed, trimmed', () => {
    expect(webhookChangesBetween(subscription, { ...values, name: ' 顺丰速运 ' })).toEqual({
      name: '顺丰速运',
    });
  });

  it('does not count a different order of the same event types as a change', () => {
    expect(
      webhookChangesBetween(subscription, { ...values, eventTypes: ['OrgUnitUpdated', 'OrgUnitCreated'] }),
    ).toBeUndefined();
  });

  it('sends the new event types sorted and without repeats', () => {
    expect(
      webhookChangesBetween(subscription, { ...values, eventTypes: ['*', 'OrgUnitCreated', '*'] }),
    ).toEqual({ eventTypes: ['*', 'OrgUnitCreated'] });
  });
});

describe('form rules', () => {
  it('takes absolute http(s) URLs only', () => {
    expect(isHttpUrl('http://127.0.0.1:8080/hooks')).toBe(true);
    expect(isHttpUrl('https://partner.example.com/x')).toBe(true);
    expect(isHttpUrl('ftp://partner.example.com/x')).toBe(false);
    expect(isHttpUrl('partner.example.com/x')).toBe(false);
  });

  it('names the event types that are not PascalCase or *', () => {
    expect(invalidEventTypes(['*', 'OrderShipped', 'order_shipped', 'Ab'])).toEqual(['order_shipped', 'Ab']);
  });
});
