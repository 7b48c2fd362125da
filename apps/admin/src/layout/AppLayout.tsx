import { Layout } from 'antd';
import { lazy, Suspense, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, Outlet } from 'react-router-dom';
import { PATHS } from '../app/paths';
import { PageSpinner } from '../shared/ui/PageSpinner';
import { AppHeader } from './AppHeader';
import { SideMenu } from './SideMenu';

const FeedbackProvider = lazy(() =>
  import('./FeedbackProvider').then((m) => ({ default: m.FeedbackProvider })),
);

const BRAND_STYLE = {
  display: 'block',
  padding: '16px 24px',
  color: '#fff',
  fontSize: 20,
  fontWeight: 600,
  whiteSpace: 'nowrap',
} as const;

/** The frame around every signed-in page: sidebar, header, and the current section (loaded on demand). */
export function AppLayout() {
  const { t } = useTranslation();
  const [menuCollapsed, setMenuCollapsed] = useState(false);
  return (
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
            <FeedbackProvider>
              <Outlet />
            </FeedbackProvider>
          </Suspense>
        </Layout.Content>
      </Layout>
    </Layout>
  );
}
