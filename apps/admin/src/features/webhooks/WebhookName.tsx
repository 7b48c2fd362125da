import { useQuery } from '@tanstack/react-query';
import { webhookQuery } from './webhooks.api';

const FIVE_MINUTES = 5 * 60_000;

/** A webhook subscription by name, or `fallback` while loading or when it cannot be read. */
export function WebhookName({ id, fallback }: { id: string; fallback: string }) {
  const subscription = useQuery({ ...webhookQuery(id), staleTime: FIVE_MINUTES, retry: false });
  return <>{subscription.data?.name ?? fallback}</>;
}
