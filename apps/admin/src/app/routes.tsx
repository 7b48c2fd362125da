import { lazy, Suspense, type ComponentType } from 'react';
import type { RouteObject } from 'react-router-dom';
import type { Permission } from '../auth/permissions';
import { RequireSession } from '../auth/RequireSession';
import { placeholderPages } from '../layout/navigation';
import { PageSpinner } from '../shared/ui/PageSpinner';
import { PATHS } from './paths';

// Every page is its own chunk, and so is the frame around them: antd is large, and the first screen (the
// sign-in page, for most visits) should only pay for what it shows.
const AppLayout = lazy(() => import('../layout/AppLayout').then((m) => ({ default: m.AppLayout })));
const LoginPage = lazy(() => import('../features/login/LoginPage').then((m) => ({ default: m.LoginPage })));
const DashboardPage = lazy(() =>
  import('../features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
/**
 * A section for holders of `permission`, loaded on demand together with its guard (whose "no access" page the
 * sign-in page need not download).
 */
function lazyGuarded(permission: Permission, load: () => Promise<ComponentType>) {
  return lazy(async () => {
    const [{ RequirePermission }, Page] = await Promise.all([import('../auth/RequirePermission'), load()]);
    const GuardedPage = () => (
      <RequirePermission permission={permission}>
        <Page />
      </RequirePermission>
    );
    return { default: GuardedPage };
  });
}

const OrgUnitsPage = lazyGuarded('org-units:read', () =>
  import('../features/org-units/OrgUnitsPage').then((m) => m.OrgUnitsPage),
);
const UsersPage = lazyGuarded('users:read', () =>
  import('../features/users/UsersPage').then((m) => m.UsersPage),
);
const ApiKeysPage = lazyGuarded('api-keys:read', () =>
  import('../features/api-keys/ApiKeysPage').then((m) => m.ApiKeysPage),
);
const WebhooksPage = lazyGuarded('webhooks:read', () =>
  import('../features/webhooks/WebhooksPage').then((m) => m.WebhooksPage),
);
const ApprovalsPage = lazyGuarded('approvals:use', () =>
  import('../features/approvals/ApprovalsPage').then((m) => m.ApprovalsPage),
);
const AuditLogPage = lazyGuarded('audit-events:read', () =>
  import('../features/audit-log/AuditLogPage').then((m) => m.AuditLogPage),
);
const ComingSoonPage = lazy(() =>
  import('../features/coming-soon/ComingSoonPage').then((m) => ({ default: m.ComingSoonPage })),
);
const NotFoundPage = lazy(() =>
  import('../features/not-found/NotFoundPage').then((m) => ({ default: m.NotFoundPage })),
);

export const routes: RouteObject[] = [
  {
    path: PATHS.login,
    element: (
      <Suspense fallback={<PageSpinner />}>
        <LoginPage />
      </Suspense>
    ),
  },
  {
    path: PATHS.dashboard,
    element: (
      <RequireSession>
        <Suspense fallback={<PageSpinner />}>
          <AppLayout />
        </Suspense>
      </RequireSession>
    ),
    children: [
      { index: true, element: <DashboardPage /> },
      { path: PATHS.approvals, element: <ApprovalsPage /> },
      { path: PATHS.orgUnits, element: <OrgUnitsPage /> },
      { path: PATHS.users, element: <UsersPage /> },
      { path: PATHS.apiKeys, element: <ApiKeysPage /> },
      { path: PATHS.webhooks, element: <WebhooksPage /> },
      { path: PATHS.auditLog, element: <AuditLogPage /> },
      ...placeholderPages().map((page) => ({
        path: page.path,
        element: <ComingSoonPage key={page.path} section={page.label} arrivesWith={page.arrivesWith} />,
      })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
