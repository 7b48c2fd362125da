import { MenuFoldOutlined, MenuUnfoldOutlined, UserOutlined } from '@ant-design/icons';
import { Avatar, Button, Flex, Layout, Space, theme } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { PATHS } from '../app/paths';
import { LanguageSwitch } from '../i18n/LanguageSwitch';

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
          {/* Until sign-in exists nobody is signed in; the auth issue replaces this with the user's name. */}
          <Space size="small" data-testid="current-user">
            <Avatar size="small" icon={<UserOutlined />} />
            <span style={{ color: token.colorTextSecondary }}>{t('header.notSignedIn')}</span>
            <Link to={PATHS.login}>{t('header.signIn')}</Link>
          </Space>
          <LanguageSwitch />
        </Space>
      </Flex>
    </Layout.Header>
  );
}
