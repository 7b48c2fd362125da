// The login page, before sign-in exists on the server.
import { expectVisible, expectApiCall } from '../expect.mjs';
import { STEP_TIMEOUT_MS } from '../settings.mjs';

async function login(page, baseUrl) {
  await page.goto(`${baseUrl}/login`);
  await expectVisible(page.getByRole('heading', { name: '登录掌柜' }), 'the sign-in form');
  await page.waitForFunction(() => document.activeElement?.id === 'login_username', null, {
    timeout: STEP_TIMEOUT_MS,
  });
  await page.keyboard.type('zhangsan');
  await page.keyboard.press('Tab');
  await page.keyboard.type('not-a-real-password');
  await expectApiCall(
    page,
    { method: 'POST', path: '/api/v1/auth/login', status: 404 },
    () => page.keyboard.press('Enter'),
    'signing in (no auth route yet)',
  );
  await expectVisible(page.getByText('登录功能尚未开放'), 'the "sign-in is not available yet" message');
}

export const loginFlows = [['login: form and "not available yet"', login]];
