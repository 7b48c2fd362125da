import { DownOutlined, KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Dropdown, Space } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signOut } from '../auth/auth.api';
import { useCurrentUser } from '../auth/use-session';
import type { AccountDialog } from '../features/account/AccountDialogs';

// The forms load when first opened: most visits never need them.
const AccountDialogs = lazy(() =>
  import('../features/account/AccountDialogs').then((m) => ({ default: m.AccountDialogs })),
);

/** The signed-in user's name, opening their profile, password change and sign-out. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [dialog, setDialog] = useState<AccountDialog>();
  const [opened, setOpened] = useState(false);

  const open = (which: AccountDialog) => {
    setOpened(true);
    setDialog(which);
  };

  return (
    <>
      <Dropdown
        trigger={['click']}
        menu={{
          items: [
            {
              key: 'profile',
              icon: <UserOutlined />,
              label: t('account.profile'),
              onClick: () => open('profile'),
            },
            {
              key: 'password',
              icon: <KeyOutlined />,
              label: t('account.changePassword'),
              onClick: () => open('password'),
            },
            { type: 'divider' },
            {
              key: 'sign-out',
              icon: <LogoutOutlined />,
              label: t('account.signOut'),
              onClick: () => void signOut(),
            },
          ],
        }}
      >
        <Button type="text" aria-label={t('header.userMenu')} data-testid="current-user">
          <Space size="small">
            <Avatar size="small" icon={<UserOutlined />} />
            {me.displayName}
            <DownOutlined style={{ fontSize: 10 }} />
          </Space>
        </Button>
      </Dropdown>
      {opened && (
        <Suspense fallback={null}>
          <AccountDialogs open={dialog} onClose={() => setDialog(undefined)} />
        </Suspense>
      )}
    </>
  );
}
