import { Menu, type MenuProps } from 'antd';
import { createElement, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useLocation } from 'react-router-dom';
import { usePermissions } from '../auth/use-session';
import { APPROVALS_NAV, DASHBOARD_NAV, NAV_SECTIONS, sectionOfPath, visibleNavSections } from './navigation';

/** The sidebar, offering only the pages the user's permissions open. */
export function SideMenu() {
  const { t } = useTranslation();
  const { pathname } = useLocation();
  const can = usePermissions();
  const section = sectionOfPath(pathname);
  const selectedPage =
    section?.pages.find((page) => pathname === page.path || pathname.startsWith(`${page.path}/`))?.path ??
    [DASHBOARD_NAV.path, APPROVALS_NAV.path].find((path) => pathname === path);

  // The current page's section opens by itself, also when reached through a link rather than the menu.
  const [openKeys, setOpenKeys] = useState<string[]>(section ? [section.key] : []);
  const [openedFor, setOpenedFor] = useState(section?.key);
  if (section?.key !== openedFor) {
    setOpenedFor(section?.key);
    if (section && !openKeys.includes(section.key)) setOpenKeys([...openKeys, section.key]);
  }

  const items: MenuProps['items'] = [
    {
      key: DASHBOARD_NAV.path,
      icon: createElement(DASHBOARD_NAV.icon),
      label: <Link to={DASHBOARD_NAV.path}>{t(`nav.${DASHBOARD_NAV.label}`)}</Link>,
    },
    ...(can(APPROVALS_NAV.requires)
      ? [
          {
            key: APPROVALS_NAV.path,
            icon: createElement(APPROVALS_NAV.icon),
            label: <Link to={APPROVALS_NAV.path}>{t(`nav.${APPROVALS_NAV.label}`)}</Link>,
          },
        ]
      : []),
    ...visibleNavSections(NAV_SECTIONS, can).map((navSection) => ({
      key: navSection.key,
      icon: createElement(navSection.icon),
      label: t(`nav.${navSection.label}`),
      children: navSection.pages.map((page) => ({
        key: page.path,
        label: <Link to={page.path}>{t(`nav.${page.label}`)}</Link>,
      })),
    })),
  ];

  return (
    <Menu
      mode="inline"
      theme="dark"
      items={items}
      selectedKeys={selectedPage ? [selectedPage] : []}
      openKeys={openKeys}
      onOpenChange={setOpenKeys}
    />
  );
}
