import { MenuFoldOutlined, MenuUnfoldOutlined } from '@ant-design/icons';
import { Button, Flex, Layout, Space, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { LanguageSwitch } from '../i18n/LanguageSwitch';
import { ApprovalsBell } from './ApprovalsBell';
import { UserMenu } from './UserMenu';

interface AppHeaderProps {
  menuCollapsed: boolean;
  onToggleMenu(): void;
}

export function AppHeader({ menuCollapsed, onToggleMenu }: AppHeaderProps) {
  const { t } = useTranslation();
  const { token } = theme.useToken();
  return (
    <Layout.Header style={{ background: token.colorBgContainer, paddingInline: 16 }}>
      <Flex justify="space-between" align="center" style={{ height: '100%' }}>
        <Button
          type="text"
          icon={menuCollapsed ? <MenuUnfoldOutlined /> : <MenuFoldOutlined />}
          aria-label={menuCollapsed ? t('header.expandMenu') : t('header.collapseMenu')}
          onClick={onToggleMenu}
        />
        <Space size="middle">
          <ApprovalsBell />
          <UserMenu />
          <LanguageSwitch />
        </Space>
      </Flex>
    </Layout.Header>
  );
}
