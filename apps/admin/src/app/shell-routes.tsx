import { lazy, Suspense } from 'react';
import type { RouteObject } from 'react-router-dom';
import { RequireSession } from '../auth/RequireSession';
import { PageSpinner } from '../shared/ui/PageSpinner';
import { PATHS } from './paths';

// Every page is its own chunk, and so is the frame around them: antd is large, and the first screen (the
// sign-in page, for most visits) should only pay for what it shows.
const AppLayout = lazy(() => import('../layout/AppLayout').then((m) => ({ default: m.AppLayout })));
const LoginPage = lazy(() => import('../features/login/LoginPage').then((m) => ({ default: m.LoginPage })));
const DashboardPage = lazy(() =>
  import('../features/dashboard/DashboardPage').then((m) => ({ default: m.DashboardPage })),
);

export const loginRoute: RouteObject = {
  path: PATHS.login,
  element: (
    <Suspense fallback={<PageSpinner />}>
      <LoginPage />
    </Suspense>
  ),
};

/** The frame around every signed-in page, behind the session gate. */
export const signedInElement = (
  <RequireSession>
    <Suspense fallback={<PageSpinner />}>
      <AppLayout />
    </Suspense>
  </RequireSession>
);

export const dashboardRoute: RouteObject = { index: true, element: <DashboardPage /> };

// The other sections' table (routes.tsx: a hundred pages, with the list of chunks each one needs) is a chunk
// of its own: the first screen knows only sign-in, the frame and the dashboard, and any other address inside
// the frame is handed to the sections' routes once they are in (AppLayout fetches them in the background).
const loadSections = () => import('./SectionRoutes');
const SectionRoutes = lazy(loadSections);

/** Fetches the other sections' routes ahead of the first click on one of them. */
export function preloadSections(): void {
  void loadSections();
}

/** What the browser runs (main.tsx); routes.tsx holds the same tree in full, for tests and for the sections. */
export const firstScreenRoutes: RouteObject[] = [
  loginRoute,
  {
    path: PATHS.dashboard,
    element: signedInElement,
    children: [dashboardRoute, { path: '*', element: <SectionRoutes /> }],
  },
];
