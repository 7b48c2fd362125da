import type { Permission, PermissionCheck } from '../../auth/permissions';
import type { DepartmentName } from './dashboard.api';

export type DashboardTab = 'general-manager' | DepartmentName;

/** The dashboards in the order their tabs appear, the general manager's first, each behind its permission. */
export const DASHBOARD_TABS: ReadonlyArray<{ key: DashboardTab; requires: Permission }> = [
  { key: 'general-manager', requires: 'dashboards:general-manager' },
  { key: 'sales', requires: 'dashboards:sales' },
  { key: 'procurement', requires: 'dashboards:procurement' },
  { key: 'warehouse', requires: 'dashboards:warehouse' },
  { key: 'support', requires: 'dashboards:support' },
  { key: 'hr', requires: 'dashboards:hr' },
  { key: 'finance', requires: 'dashboards:finance' },
];

export const DASHBOARD_TAB_KEYS = DASHBOARD_TABS.map((tab) => tab.key);

export function visibleDashboardTabs(can: PermissionCheck): DashboardTab[] {
  return DASHBOARD_TABS.filter((tab) => can(tab.requires)).map((tab) => tab.key);
}
