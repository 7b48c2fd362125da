import { Layout } from 'antd';
import { Suspense, useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { PATHS } from '../app/paths';
import { preloadSections } from '../app/shell-routes';
import { PageSpinner } from '../shared/ui/PageSpinner';
import { AppHeader } from './AppHeader';
import { ConsoleApp } from './ConsoleApp';
import { SideMenu } from './SideMenu';

const BRAND_STYLE = {
  display: 'block',
  padding: '16px 24px',
  color: '#fff',
  fontSize: 20,
  fontWeight: 600,
  whiteSpace: 'nowrap',
} as const;

/**
 * The frame around every signed-in page: sidebar, header, and the current section (loaded on demand). antd's
 * App (ConsoleApp) gives everything inside `App.useApp()` messages and dialogs that follow the theme and locale;
 * it lives here rather than at the root because the sign-in page does not need it.
 */
export function AppLayout() {
  const { t } = useTranslation();
  const [menuCollapsed, setMenuCollapsed] = useState(false);
  // The other sections' routes follow once the frame is up, so the first click on one waits only for its page.
  useEffect(preloadSections, []);
  return (
    <ConsoleApp>
      <Layout style={{ minHeight: '100vh' }}>
        <Layout.Sider
          collapsible
          collapsed={menuCollapsed}
          onCollapse={setMenuCollapsed}
          breakpoint="lg"
          trigger={null}
          width={240}
        >
          <Link to={PATHS.dashboard} style={BRAND_STYLE}>
            {menuCollapsed ? t('app.name').slice(0, 1) : t('app.name')}
          </Link>
          <SideMenu />
        </Layout.Sider>
        <Layout>
          <AppHeader menuCollapsed={menuCollapsed} onToggleMenu={() => setMenuCollapsed(!menuCollapsed)} />
          <Layout.Content style={{ margin: 24 }}>
            <Suspense fallback={<PageSpinner />}>
              <Outlet />
            </Suspense>
          </Layout.Content>
        </Layout>
      </Layout>
    </ConsoleApp>
  );
}
