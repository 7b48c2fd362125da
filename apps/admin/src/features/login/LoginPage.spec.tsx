import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { sessionStore } from '../../auth/token-store';
import { fakeUser, json, problem, stubApi } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

async function signInAs(username: string, password: string) {
  fireEvent.change(await screen.findByLabelText('用户名'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: /^登\s*录$/ }));
}

describe('LoginPage', () => {
  it('shows the form in Chinese with the cursor in the username field', async () => {
    renderApp('/login');
    expect(await screen.findByRole('heading', { name: '登录掌柜' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('用户名'));
    expect(screen.getByLabelText('密码')).toBeTruthy();
  });

  it('asks for the username and password before sending anything', async () => {
    const fetchMock = stubApi({});
    renderApp('/login');
    fireEvent.click(await screen.findByRole('button', { name: /^登\s*录$/ }));
    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(await screen.findByText('请输入密码')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says the username or password is wrong, without saying which (401)', async () => {
    stubApi({ 'POST /api/v1/auth/login': json(401, problem(401, 'UNAUTHENTICATED')) });
    renderApp('/login');
    await signInAs('zhangsan', 'wrong-password');
    expect(await screen.findByText('登录失败')).toBeTruthy();
    expect(screen.getByText('用户名或密码不正确。')).toBeTruthy();
    expect(sessionStore.tokens).toBeUndefined();
  });

  it('says when to try again after too many failures (429 SIGN_IN_LOCKED)', async () => {
    stubApi({
      'POST /api/v1/auth/login': json(429, problem(429, 'SIGN_IN_LOCKED'), { 'Retry-After': '600' }),
    });
    renderApp('/login');
    await signInAs('zhangsan', 'wrong-password');
    expect(await screen.findByText('登录已被暂时锁定')).toBeTruthy();
    expect(screen.getByText(/请在 .+ 之后再试（约 10 分钟后）/)).toBeTruthy();
  });

  it('keeps the tokens and opens the dashboard after signing in', async () => {
    const fetchMock = stubApi({
      'POST /api/v1/auth/login': {
        accessToken: 'access',
        refreshToken: 'refresh',
        expiresIn: 900,
        tokenType: 'Bearer',
      },
      'GET /api/v1/auth/me': fakeUser(),
    });
    const { router } = renderApp('/login');
    await signInAs('admin', 'browser-test-admin-pw');
    await waitFor(() => expect(router.state.location.pathname).toBe('/'));
    expect(await screen.findByText('系统管理员，欢迎使用掌柜管理后台。')).toBeTruthy();
    const [login, me] = fetchMock.mock.calls.map(([request]) => request as Request);
    expect(await login!.clone().json()).toEqual({ username: 'admin', password: 'browser-test-admin-pw' });
    expect(login!.headers.get('Authorization')).toBeNull();
    expect(me!.headers.get('Authorization')).toBe('Bearer access');
    expect(sessionStore.tokens).toEqual({ accessToken: 'access', refreshToken: 'refresh' });
  });
});
