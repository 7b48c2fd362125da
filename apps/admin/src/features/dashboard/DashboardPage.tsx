import { Button, Flex, Tabs, theme } from 'antd';
import { createElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useCurrentUser, usePermissions } from '../../auth/use-session';
import { APPROVALS_NAV, NAV_SECTIONS, visibleNavSections } from '../../layout/navigation';
import { pageTitleStyle } from '../../shared/ui/PageHeader';
import { optionalEnumParam, type UrlStateSpec } from '../../shared/url-state/url-state';
import { useUrlState } from '../../shared/url-state/use-url-state';
import { DASHBOARD_TAB_KEYS, visibleDashboardTabs, type DashboardTab } from './dashboard-tabs';
import { DepartmentDashboardView } from './DepartmentDashboardView';
import { GeneralManagerDashboard } from './GeneralManagerDashboard';

const tabSpec: UrlStateSpec<{ tab: DashboardTab | undefined }> = {
  tab: optionalEnumParam(DASHBOARD_TAB_KEYS),
};

/** The dashboards this user may see as tabs (the general manager's first); everyone else keeps the greeting. */
export function DashboardPage() {
  const { t } = useTranslation();
  const can = usePermissions();
  const [state, setState] = useUrlState(tabSpec);
  const tabs = visibleDashboardTabs(can);
  if (tabs.length === 0) return <Greeting />;
  // A tab from a link the user may not open falls back to their first one rather than a refusal.
  const active = state.tab && tabs.includes(state.tab) ? state.tab : tabs[0];
  const body = (tab: DashboardTab) =>
    tab === 'general-manager' ? <GeneralManagerDashboard /> : <DepartmentDashboardView department={tab} />;
  if (tabs.length === 1) return body(active);
  return (
    <Tabs
      activeKey={active}
      onChange={(key) => setState({ tab: key as DashboardTab })}
      destroyOnHidden
      items={tabs.map((tab) => ({
        key: tab,
        label: t(`gmDashboard.tabs.${tab}`),
        // Only the open tab asks the API for its figures.
        children: tab === active ? body(tab) : null,
      }))}
    />
  );
}

/** A greeting and the sections this user can already use, until departments have to-dos and figures to show. */
function Greeting() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const me = useCurrentUser();
  const can = usePermissions();
  const available = [
    ...(can(APPROVALS_NAV.requires) ? [APPROVALS_NAV] : []),
    ...visibleNavSections(NAV_SECTIONS, can).flatMap((section) =>
      section.pages.filter((page) => !page.arrivesWith).map((page) => ({ ...page, icon: section.icon })),
    ),
  ];
  const { token } = theme.useToken();
  // Spaced as antd's Typography would, without its code (PageHeader.tsx says why).
  const paragraph = { marginTop: 0, marginBottom: '1em' };
  return (
    <section>
      <h2 style={{ ...pageTitleStyle(token), marginBottom: '0.5em' }}>{t('dashboard.title')}</h2>
      <p style={paragraph}>{t('dashboard.welcome', { name: me.displayName })}</p>
      <p style={paragraph}>{available.length > 0 ? t('dashboard.text') : t('dashboard.nothingYet')}</p>
      <Flex gap="small" wrap>
        {available.map((page) => (
          <Button key={page.path} icon={createElement(page.icon)} onClick={() => navigate(page.path)}>
            {t(`nav.${page.label}`)}
          </Button>
        ))}
      </Flex>
    </section>
  );
}
