import { useQuery } from '@tanstack/react-query';
import { apiKeyQuery } from './api-keys.api';

const FIVE_MINUTES = 5 * 60_000;

/** An API key by name, or `fallback` while loading or when it cannot be read. */
export function ApiKeyName({ id, fallback }: { id: string; fallback: string }) {
  const apiKey = useQuery({ ...apiKeyQuery(id), staleTime: FIVE_MINUTES, retry: false });
  return <>{apiKey.data?.name ?? fallback}</>;
}
