import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { AppLayout } from '../layout/AppLayout';
import { placeholderPages } from '../layout/navigation';
import { PageSpinner } from '../shared/ui/PageSpinner';
import { PATHS } from './paths';

// Every page is its own chunk: antd is large, and the first screen should only pay for what it shows.
const LoginPage = lazy(() => import('../features/login/LoginPage').then((m) => ({ default: m.LoginPage })));
const DashboardPage = lazy(() =>
  import('../features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);
const OrgUnitsPage = lazy(() =>
  import('../features/org-units/OrgUnitsPage').then((m) => ({ default: m.OrgUnitsPage })),
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
    element: <AppLayout />,
    children: [
      { index: true, element: <DashboardPage /> },
      { path: PATHS.orgUnits, element: <OrgUnitsPage /> },
      ...placeholderPages().map((page) => ({
        path: page.path,
        element: <ComingSoonPage key={page.path} section={page.label} arrivesWith={page.arrivesWith} />,
      })),
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
