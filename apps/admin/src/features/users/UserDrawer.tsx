import { useQuery } from '@tanstack/react-query';
import { Drawer, Spin, Tabs } from 'antd';
import { useTranslation } from 'react-i18next';
import { usePermissions } from '../../auth/use-session';
import { QueryProblem } from '../../shared/ui/QueryProblem';
import { RecordHistory } from '../audit-log/RecordHistory';
import { ResetPasswordForm } from './ResetPasswordForm';
import { UserProfileTab } from './UserProfileTab';
import { UserRolesTab } from './UserRolesTab';
import { userQuery, type User } from './users.api';

interface UserDrawerProps {
  userId: string | undefined;
  open: boolean;
  onClose(): void;
}

function UserTabs({ user, onDone }: { user: User; onDone(): void }) {
  const { t } = useTranslation();
  const can = usePermissions();
  const tabs = [
    {
      key: 'profile',
      label: t('users.detail.profile'),
      children: <UserProfileTab user={user} onDone={onDone} />,
    },
    { key: 'roles', label: t('users.detail.roles'), children: <UserRolesTab user={user} onDone={onDone} /> },
    ...(can('users:write')
      ? [
          {
            key: 'password',
            label: t('users.detail.password'),
            children: <ResetPasswordForm user={user} onDone={onDone} />,
          },
        ]
      : []),
    ...(can('audit-events:read')
      ? [
          {
            key: 'history',
            label: t('users.detail.history'),
            children: <RecordHistory entityType="user_account" entityId={user.id} />,
          },
        ]
      : []),
  ];
  return <Tabs items={tabs} />;
}

/** One user: details and status, roles, password reset and history, each on its own tab. Esc closes it. */
export function UserDrawer({ userId, open, onClose }: UserDrawerProps) {
  const { t } = useTranslation();
  const user = useQuery({ ...userQuery(userId ?? ''), enabled: !!userId });
  return (
    <Drawer
      open={open}
      onClose={onClose}
      destroyOnHidden
      size={640}
      title={user.data ? t('users.detail.title', { name: user.data.displayName }) : t('users.title')}
    >
      {user.data ? (
        <UserTabs key={user.data.id} user={user.data} onDone={onClose} />
      ) : user.isError ? (
        <QueryProblem error={user.error} onRetry={() => void user.refetch()} />
      ) : (
        <Spin />
      )}
    </Drawer>
  );
}
