import { Alert, Descriptions, Flex } from 'antd';
import { useTranslation } from 'react-i18next';
import { useCurrentUser, usePermissions } from '../../auth/use-session';
import { formatDateTime } from '../../shared/format/date-time';
import { OrgUnitName } from '../org-units/OrgUnitName';
import { EditUserForm } from './EditUserForm';
import { UserStatusControl } from './UserStatusControl';
import type { User } from './users.api';

/** The account at a glance, its status, and (for users:write) its editable details. */
export function UserProfileTab({ user, onDone }: { user: User; onDone(): void }) {
  const { t, i18n } = useTranslation();
  const can = usePermissions();
  const me = useCurrentUser();
  const canWrite = can('users:write');
  const none = t('common.none');
  return (
    <Flex vertical gap="middle">
      <Descriptions
        column={1}
        size="small"
        items={[
          { key: 'username', label: t('users.columns.username'), children: user.username },
          ...(canWrite
            ? []
            : [
                { key: 'displayName', label: t('account.displayName'), children: user.displayName },
                { key: 'email', label: t('account.email'), children: user.email ?? none },
                { key: 'phone', label: t('account.phone'), children: user.phone ?? none },
                {
                  key: 'orgUnit',
                  label: t('users.columns.orgUnit'),
                  children: <OrgUnitName id={user.orgUnitId} />,
                },
              ]),
          {
            key: 'lastSignedInAt',
            label: t('users.columns.lastSignedInAt'),
            children: user.lastSignedInAt
              ? formatDateTime(user.lastSignedInAt, i18n.language)
              : t('users.neverSignedIn'),
          },
          {
            key: 'createdAt',
            label: t('users.columns.createdAt'),
            children: formatDateTime(user.createdAt, i18n.language),
          },
        ]}
      />
      <UserStatusControl user={user} canChange={canWrite} isSelf={user.id === me.id} />
      {canWrite ? (
        <EditUserForm user={user} onCancel={onDone} />
      ) : (
        <Alert type="info" showIcon title={t('users.detail.readOnly')} />
      )}
    </Flex>
  );
}
