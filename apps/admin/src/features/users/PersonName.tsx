import { Typography } from 'antd';
import { useCurrentUser, usePermissions } from '../../auth/use-session';
import { UserName } from './UserName';

/**
 * A person by user id, where anyone may be reading (an approval's requester and deciders): the signed-in user by
 * their own name; others by name for holders of users:read (within their scope); otherwise, or while loading,
 * the end of the id (UUIDv7 ids begin with their creation time, so their ends tell people apart).
 */
export function PersonName({ id }: { id: string | null | undefined }) {
  const me = useCurrentUser();
  const can = usePermissions();
  if (!id) return <Typography.Text type="secondary">—</Typography.Text>;
  if (id === me.id) return <>{`${me.displayName} (${me.username})`}</>;
  const short = `…${id.slice(-8)}`;
  const fallback = (
    <Typography.Text type="secondary" title={id}>
      {short}
    </Typography.Text>
  );
  if (!can('users:read')) return fallback;
  return <UserName id={id} fallback={short} />;
}
