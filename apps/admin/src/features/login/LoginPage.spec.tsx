import { fireEvent, screen } from '@testing-library/react';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../test/render-app';

function answerSignIn(status: number, body: object) {
  const fetchMock = vi.fn(
    async () =>
      new Response(JSON.stringify(body), { status, headers: { 'Content-Type': 'application/problem+json' } }),
  );
  vi.stubGlobal('fetch', fetchMock);
  return fetchMock;
}

async function signInAs(username: string, password: string) {
  fireEvent.change(await screen.findByLabelText('用户名'), { target: { value: username } });
  fireEvent.change(screen.getByLabelText('密码'), { target: { value: password } });
  fireEvent.click(screen.getByRole('button', { name: /^登\s*录$/ }));
}

describe('LoginPage', () => {
  afterEach(() => {
    vi.unstubAllGlobals();
  });

  it('shows the form in Chinese with the cursor in the username field', async () => {
    renderApp('/login');
    expect(await screen.findByRole('heading', { name: '登录掌柜' })).toBeTruthy();
    expect(document.activeElement).toBe(screen.getByLabelText('用户名'));
    expect(screen.getByLabelText('密码')).toBeTruthy();
  });

  it('asks for the username and password before sending anything', async () => {
    const fetchMock = answerSignIn(404, {});
    renderApp('/login');
    fireEvent.click(await screen.findByRole('button', { name: /^登\s*录$/ }));
    expect(await screen.findByText('请输入用户名')).toBeTruthy();
    expect(await screen.findByText('请输入密码')).toBeTruthy();
    expect(fetchMock).not.toHaveBeenCalled();
  });

  it('says sign-in is not available yet while the API has no login route (404)', async () => {
    const fetchMock = answerSignIn(404, {
      type: 'https://zhanggui.dev/problems/route-not-found',
      title: 'Not Found',
      status: 404,
      detail: 'There is no route POST /api/v1/auth/login.',
      code: 'ROUTE_NOT_FOUND',
    });
    renderApp('/login');
    await signInAs('zhangsan', 'secret-password');
    expect(await screen.findByText('登录功能尚未开放')).toBeTruthy();
    const request = fetchMock.mock.calls[0] as unknown as [string, RequestInit];
    expect(request[0]).toMatch(/\/api\/v1\/auth\/login$/);
    expect(JSON.parse(String(request[1].body))).toEqual({
      username: 'zhangsan',
      password: 'secret-password',
    });
  });

  it('shows the reason the API gives for refusing (401)', async () => {
    answerSignIn(401, {
      type: 'https://zhanggui.dev/problems/invalid-credentials',
      title: 'Unauthorized',
      status: 401,
      detail: 'The username or password is wrong.',
      code: 'INVALID_CREDENTIALS',
    });
    renderApp('/login');
    await signInAs('zhangsan', 'wrong-password');
    expect(await screen.findByText('登录失败')).toBeTruthy();
    expect(screen.getByText('The username or password is wrong.')).toBeTruthy();
  });
});
