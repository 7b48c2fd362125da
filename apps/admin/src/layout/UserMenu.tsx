import { DownOutlined, UserOutlined } from '@ant-design/icons';
import { Button, Space } from 'antd';
// The avatar alone: `Avatar` from 'antd' brings Avatar.Group and, with it, Popover.
import Avatar from 'antd/es/avatar/Avatar';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { signOut } from '../auth/auth.api';
import { useCurrentUser } from '../auth/use-session';
import type { AccountDialog } from '../features/account/AccountDialogs';

// The forms load when first opened: most visits never need them.
const AccountDialogs = lazy(() =>
  import('../features/account/AccountDialogs').then((m) => ({ default: m.AccountDialogs })),
);
// The dropdown (antd's Dropdown) follows the frame by a moment; a click on the name before it is in opens it
// as soon as it arrives.
const UserMenuDropdown = lazy(() => import('./UserMenuDropdown'));

/** The signed-in user's name, opening their profile, password change and sign-out. */
export function UserMenu() {
  const { t } = useTranslation();
  const me = useCurrentUser();
  const [dialog, setDialog] = useState<AccountDialog>();
  const [opened, setOpened] = useState(false);
  const [menuOpen, setMenuOpen] = useState(false);

  const pick = (choice: AccountDialog | 'sign-out') => {
    if (choice === 'sign-out') return void signOut();
    setOpened(true);
    setDialog(choice);
  };

  const trigger = (onClick?: () => void) => (
    <Button type="text" aria-label={t('header.userMenu')} data-testid="current-user" onClick={onClick}>
      <Space size="small">
        <Avatar size="small" icon={<UserOutlined />} />
        {me.displayName}
        <DownOutlined style={{ fontSize: 10 }} />
      </Space>
    </Button>
  );

  return (
    <>
      <Suspense fallback={trigger(() => setMenuOpen(true))}>
        <UserMenuDropdown open={menuOpen} onOpenChange={setMenuOpen} onPick={pick}>
          {trigger()}
        </UserMenuDropdown>
      </Suspense>
      {opened && (
        <Suspense fallback={null}>
          <AccountDialogs open={dialog} onClose={() => setDialog(undefined)} />
        </Suspense>
      )}
    </>
  );
}
