import './i18n/i18n';
import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { BrowserRouter, useRoutes } from 'react-router-dom';
import { AppProviders } from './app/AppProviders';
import { createQueryClient } from './app/query-client';
import { firstScreenRoutes } from './app/shell-routes';

// A plain BrowserRouter rather than createBrowserRouter: the console uses no loaders, actions or blockers, and
// the data router's code was about half of react-router's weight in the first download.
function ConsoleRoutes() {
  return useRoutes(firstScreenRoutes);
}

createRoot(document.getElementById('root')!).render(
  <StrictMode>
    <AppProviders queryClient={createQueryClient()}>
      <BrowserRouter>
        <ConsoleRoutes />
      </BrowserRouter>
    </AppProviders>
  </StrictMode>,
);
