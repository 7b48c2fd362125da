import { useQuery } from '@tanstack/react-query';
import { userQuery } from './users.api';

const FIVE_MINUTES = 5 * 60_000;

/** A user by name, or `fallback` while loading or when the account is outside the reader's scope. */
export function UserName({ id, fallback }: { id: string; fallback: string }) {
  const user = useQuery({ ...userQuery(id), staleTime: FIVE_MINUTES, retry: false });
  return <>{user.data ? `${user.data.displayName} (${user.data.username})` : fallback}</>;
}
