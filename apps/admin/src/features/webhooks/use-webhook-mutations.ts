import { useMutation, useQueryClient } from '@tanstack/react-query';
import { ApiProblem } from '../../api/problem';
import { auditKeys } from '../audit-log/audit.api';
import {
  createWebhook,
  pingWebhook,
  replayDelivery,
  updateWebhook,
  webhookKeys,
  type WebhookChanges,
  type WebhookSubscription,
} from './webhooks.api';

export function isStaleVersion(error: unknown): boolean {
  return error instanceof ApiProblem && error.status === 412;
}

/** Lists are refetched before the mutation settles, so a drawer about to close sees them already changed. */
export function useCreateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: createWebhook,
    onSuccess: ({ signingSecret: _secret, ...subscription }) => {
      // The cache keeps the subscription, never its secret.
      queryClient.setQueryData(webhookKeys.detail(subscription.id), subscription);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: webhookKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: auditKeys.all }),
      ]);
    },
  });
}

export function useUpdateWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: ({
      subscription,
      changes,
    }: {
      subscription: Pick<WebhookSubscription, 'id' | 'version'>;
      changes: WebhookChanges;
    }) => updateWebhook(subscription, changes),
    onSuccess: (subscription) => {
      queryClient.setQueryData(webhookKeys.detail(subscription.id), subscription);
      return Promise.all([
        queryClient.invalidateQueries({ queryKey: webhookKeys.lists() }),
        queryClient.invalidateQueries({ queryKey: auditKeys.all }),
      ]);
    },
    onError: (error, { subscription }) => {
      // What we showed is out of date: refresh it so the next attempt starts from the current version.
      if (isStaleVersion(error)) {
        return Promise.all([
          queryClient.invalidateQueries({ queryKey: webhookKeys.detail(subscription.id), exact: true }),
          queryClient.invalidateQueries({ queryKey: webhookKeys.lists() }),
        ]);
      }
    },
  });
}

/** Test events and replays add a delivery: the log is refetched, and refreshes itself while it is on its way. */
export function usePingWebhook() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: pingWebhook,
    onSuccess: (delivery) =>
      queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(delivery.subscriptionId) }),
  });
}

export function useReplayDelivery() {
  const queryClient = useQueryClient();
  return useMutation({
    mutationFn: replayDelivery,
    onSuccess: (delivery) =>
      queryClient.invalidateQueries({ queryKey: webhookKeys.deliveries(delivery.subscriptionId) }),
  });
}
