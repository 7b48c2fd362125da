import { render } from '@testing-library/react';
import { App } from 'antd';
import type { QueryClient } from '@tanstack/react-query';
import type { ReactNode } from 'react';
import { createMemoryRouter, RouterProvider } from 'react-router-dom';
import { AppProviders } from '../app/AppProviders';
import { createQueryClient } from '../app/query-client';
import { routes } from '../app/routes';
import { TestStyles } from './test-styles';

/** The console's query client, retrying as often as in the browser but without waiting between tries. */
function testQueryClient() {
  const client = createQueryClient();
  const defaults = client.getDefaultOptions();
  // A server error is tried three times with a growing pause (1 s, then 2 s): real time a test of the error
  // state would spend waiting, and on a busy machine more than Testing Library waits for it.
  client.setDefaultOptions({ ...defaults, queries: { ...defaults.queries, retryDelay: 0 } });
  return client;
}

/** The whole console at `path`, as a browser would show it, in memory. */
export function renderApp(path: string) {
  const router = createMemoryRouter(routes, { initialEntries: [path] });
  const view = render(
    <TestStyles>
      <AppProviders queryClient={testQueryClient()}>
        <RouterProvider router={router} />
      </AppProviders>
    </TestStyles>,
  );
  return { ...view, router };
}

/**
 * One part of the console (a drawer, a tab) with what the app puts around it: the query client, theme and
 * language, antd's App for messages and dialogs, and the reduced styles of test-styles.tsx.
 */
export function renderInConsole(part: ReactNode, queryClient: QueryClient = createQueryClient()) {
  return render(
    <TestStyles>
      <AppProviders queryClient={queryClient}>
        <App>{part}</App>
      </AppProviders>
    </TestStyles>,
  );
}
