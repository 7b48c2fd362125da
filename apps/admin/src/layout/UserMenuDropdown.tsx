import { KeyOutlined, LogoutOutlined, UserOutlined } from '@ant-design/icons';
import { Dropdown } from 'antd';
import type { ReactElement } from 'react';
import { useTranslation } from 'react-i18next';
import type { AccountDialog } from '../features/account/AccountDialogs';

interface UserMenuDropdownProps {
  open: boolean;
  onOpenChange(open: boolean): void;
  onPick(choice: AccountDialog | 'sign-out'): void;
  children: ReactElement;
}

/** The user menu's dropdown (UserMenu.tsx loads it just after the frame). */
export default function UserMenuDropdown({ open, onOpenChange, onPick, children }: UserMenuDropdownProps) {
  const { t } = useTranslation();
  return (
    <Dropdown
      trigger={['click']}
      open={open}
      onOpenChange={onOpenChange}
      menu={{
        items: [
          { key: 'profile', icon: <UserOutlined />, label: t('account.profile') },
          { key: 'password', icon: <KeyOutlined />, label: t('account.changePassword') },
          { type: 'divider' },
          { key: 'sign-out', icon: <LogoutOutlined />, label: t('account.signOut') },
        ],
        onClick: ({ key }) => {
          onOpenChange(false);
          onPick(key as AccountDialog | 'sign-out');
        },
      }}
    >
      {children}
    </Dropdown>
  );
}
