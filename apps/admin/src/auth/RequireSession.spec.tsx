import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn, stubApi } from '../test/fake-api';
import { renderApp } from '../test/render-app';
import { sessionStore } from './token-store';

describe('RequireSession', () => {
  it('sends someone without a session to sign in', async () => {
    stubApi({});
    const { router } = renderApp('/admin/users?status=active');
    expect(await screen.findByRole('heading', { name: '登录掌柜' })).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
  });

  it('renews an expired access token without the user noticing', async () => {
    let refreshed = false;
    signIn(fakeUser(), {
      'GET /api/v1/auth/me': (request: Request) =>
        request.headers.get('Authorization') === 'Bearer renewed-access'
          ? json(200, fakeUser())
          : json(401, problem(401, 'UNAUTHENTICATED')),
      'POST /api/v1/auth/refresh': () => {
        refreshed = true;
        return json(200, { accessToken: 'renewed-access', refreshToken: 'renewed-refresh', expiresIn: 900 });
      },
    });
    renderApp('/');
    expect(await screen.findByRole('heading', { name: '工作台' })).toBeTruthy();
    expect(refreshed).toBe(true);
    expect(sessionStorage.getItem('zhanggui.session')).toContain('renewed-refresh');
  });

  it('sends the user to sign in when the session cannot be renewed, remembering where they were', async () => {
    signIn(fakeUser(), {
      'GET /api/v1/auth/me': json(401, problem(401, 'UNAUTHENTICATED')),
      'POST /api/v1/auth/refresh': json(401, problem(401, 'UNAUTHENTICATED')),
    });
    const { router } = renderApp('/admin/users?status=active');
    expect(await screen.findByText('登录已过期，请重新登录。')).toBeTruthy();
    expect(router.state.location.pathname).toBe('/login');
    expect(router.state.location.search).toBe('?reason=expired&next=%2Fadmin%2Fusers%3Fstatus%3Dactive');
    expect(sessionStore.tokens).toBeUndefined();
  });

  it('returns the user to where they were once signed in again', async () => {
    stubApi({
      'POST /api/v1/auth/login': { accessToken: 'a', refreshToken: 'r', expiresIn: 900, tokenType: 'Bearer' },
      'GET /api/v1/auth/me': fakeUser(),
      'GET /api/v1/org-units': { data: [], nextCursor: null, total: 0 },
    });
    const { router } = renderApp('/login?next=%2Fadmin%2Forg-units');
    fireEvent.change(await screen.findByLabelText('用户名'), { target: { value: 'admin' } });
    fireEvent.change(screen.getByLabelText('密码'), { target: { value: 'browser-test-admin-pw' } });
    fireEvent.click(screen.getByRole('button', { name: /^登\s*录$/ }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/admin/org-units'));
    expect(await screen.findByRole('heading', { name: '组织架构' })).toBeTruthy();
  });
});
