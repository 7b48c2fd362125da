import { fireEvent, render, screen, waitFor } from '@testing-library/react';
import { MemoryRouter, useLocation, useRoutes } from 'react-router-dom';
import { describe, expect, it } from 'vitest';
import { fakeUser, signIn } from '../test/fake-api';
import { AppProviders } from './AppProviders';
import { createQueryClient } from './query-client';
import { firstScreenRoutes } from './shell-routes';

function Routes() {
  const { pathname } = useLocation();
  return (
    <>
      <output data-testid="path">{pathname}</output>
      {useRoutes(firstScreenRoutes)}
    </>
  );
}
const shownPath = () => screen.getByTestId('path').textContent;

/** The console as main.tsx runs it: the first screen's routes, the others arriving with SectionRoutes. */
function renderConsole(path: string) {
  return render(
    <AppProviders queryClient={createQueryClient()}>
      <MemoryRouter initialEntries={[path]}>
        <Routes />
      </MemoryRouter>
    </AppProviders>,
  );
}

describe('the routes the browser runs (shell-routes.tsx)', () => {
  it('opens a section page by its address, inside the frame', async () => {
    signIn(fakeUser({ permissions: ['users:read'] }), {
      'GET /api/v1/users': { data: [], nextCursor: null },
    });
    renderConsole('/admin/users');
    expect(await screen.findByRole('heading', { name: '用户与角色' }, { timeout: 25_000 })).toBeTruthy();
    expect(screen.getByRole('link', { name: '掌柜' })).toBeTruthy();
  }, 30_000);

  it('answers an unknown address with the not-found page, and goes from there to the dashboard', async () => {
    signIn();
    renderConsole('/no/such/page');
    expect(await screen.findByText('页面不存在', undefined, { timeout: 12_000 })).toBeTruthy();
    fireEvent.click(screen.getByRole('link', { name: '掌柜' }));
    await waitFor(() => expect(shownPath()).toBe('/'));
    expect(await screen.findByRole('heading', { name: '工作台' })).toBeTruthy();
  }, 30_000);

  it('sends a visitor without a session to sign in', async () => {
    renderConsole('/admin/users');
    expect(await screen.findByRole('heading', { name: '登录掌柜' }, { timeout: 12_000 })).toBeTruthy();
    expect(shownPath()).toBe('/login');
  }, 30_000);
});
