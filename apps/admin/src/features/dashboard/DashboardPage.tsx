import { Button, Flex, Typography } from 'antd';
import { createElement } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router-dom';
import { useCurrentUser, usePermissions } from '../../auth/use-session';
import { APPROVALS_NAV, NAV_SECTIONS, visibleNavSections } from '../../layout/navigation';
import { GeneralManagerDashboard } from './GeneralManagerDashboard';

/** The general manager's figures for those allowed to see them; everyone else keeps the greeting. */
export function DashboardPage() {
  const can = usePermissions();
  return can('dashboards:general-manager') ? <GeneralManagerDashboard /> : <Greeting />;
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
  return (
    <section>
      <Typography.Title level={2}>{t('dashboard.title')}</Typography.Title>
      <Typography.Paragraph>{t('dashboard.welcome', { name: me.displayName })}</Typography.Paragraph>
      <Typography.Paragraph>
        {available.length > 0 ? t('dashboard.text') : t('dashboard.nothingYet')}
      </Typography.Paragraph>
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
