import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';

export type WebhookSubscription = ApiSchemas['WebhookSubscriptionResponse'];
export type CreatedWebhookSubscription = ApiSchemas['CreatedWebhookSubscriptionResponse'];
export type NewWebhookSubscription = ApiSchemas['CreateWebhookSubscriptionDto'];
export type WebhookChanges = ApiSchemas['UpdateWebhookSubscriptionDto'];
export type WebhookStatus = WebhookSubscription['status'];
export type WebhookDelivery = ApiSchemas['WebhookDeliveryResponse'];
export type DeliveryStatus = WebhookDelivery['status'];
export type WebhookListQuery = NonNullable<operations['Webhooks_list']['parameters']['query']>;
export type DeliveryListQuery = NonNullable<operations['Webhooks_deliveries']['parameters']['query']>;

export const webhookKeys = {
  all: ['webhook-subscriptions'] as const,
  lists: () => [...webhookKeys.all, 'list'] as const,
  list: (query: WebhookListQuery) => [...webhookKeys.lists(), query] as const,
  detail: (id: string) => [...webhookKeys.all, 'detail', id] as const,
  deliveries: (id: string) => [...webhookKeys.detail(id), 'deliveries'] as const,
  deliveryPage: (id: string, query: DeliveryListQuery) => [...webhookKeys.deliveries(id), query] as const,
};

export function webhookListQuery(query: WebhookListQuery) {
  return queryOptions({
    queryKey: webhookKeys.list(query),
    queryFn: async ({ signal, client }) => {
      const page = await unwrap(api.GET('/api/v1/webhook-subscriptions', { params: { query }, signal }));
      // Each row is the whole subscription: opening one from the list needs no second request.
      for (const subscription of page.data)
        client.setQueryData(webhookKeys.detail(subscription.id), subscription);
      return page;
    },
  });
}

export function webhookQuery(id: string) {
  return queryOptions({
    queryKey: webhookKeys.detail(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/webhook-subscriptions/{id}', { params: { path: { id } }, signal })),
  });
}

/** One subscription's delivery log, newest first. */
export function deliveriesQuery(subscriptionId: string, query: DeliveryListQuery) {
  return queryOptions({
    queryKey: webhookKeys.deliveryPage(subscriptionId, query),
    queryFn: ({ signal }) =>
      unwrap(
        api.GET('/api/v1/webhook-subscriptions/{id}/deliveries', {
          params: { path: { id: subscriptionId }, query },
          signal,
        }),
      ),
  });
}

/** The answer carries the signing secret, this once. */
export function createWebhook(input: NewWebhookSubscription): Promise<CreatedWebhookSubscription> {
  return unwrap(api.POST('/api/v1/webhook-subscriptions', { body: input }));
}

/** Sends the version the user saw as If-Match: if someone changed the subscription since, the API answers 412. */
export function updateWebhook(
  subscription: Pick<WebhookSubscription, 'id' | 'version'>,
  changes: WebhookChanges,
): Promise<WebhookSubscription> {
  return unwrap(
    api.PATCH('/api/v1/webhook-subscriptions/{id}', {
      params: { path: { id: subscription.id }, header: { 'If-Match': `"${subscription.version}"` } },
      body: changes,
    }),
  );
}

/** Queues a WebhookPing event for this one subscription (202: delivered in the background). */
export function pingWebhook(id: string): Promise<WebhookDelivery> {
  return unwrap(api.POST('/api/v1/webhook-subscriptions/{id}/ping', { params: { path: { id } } }));
}

/** Queues the same event again, as a new delivery in the log. */
export function replayDelivery(id: string): Promise<WebhookDelivery> {
  return unwrap(api.POST('/api/v1/webhook-deliveries/{id}/replay', { params: { path: { id } } }));
}
