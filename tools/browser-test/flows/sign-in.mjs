// Signing in: runs first, since every other page needs a session.
import { expectApiCall, expectUrl, expectVisible } from '../expect.mjs';
import { signInWithForm } from '../page.mjs';
import { ADMIN, STEP_TIMEOUT_MS } from '../settings.mjs';

async function protectedPageAsksToSignIn(page, run) {
  await page.goto(`${run.baseUrl}/admin/org-units?kind=city`);
  await expectUrl(
    page,
    (url) => url.pathname === '/login' && url.searchParams.get('next') === '/admin/org-units?kind=city',
    'be /login?next=/admin/org-units?kind=city',
  );
  await expectVisible(page.getByRole('heading', { name: '登录掌柜' }), 'the sign-in form');
  await page.waitForFunction(() => document.activeElement?.id === 'login_username', null, {
    timeout: STEP_TIMEOUT_MS,
  });
}

async function wrongPassword(page) {
  await expectApiCall(
    page,
    { method: 'POST', path: '/api/v1/auth/login', status: 401 },
    () => signInWithForm(page, { username: ADMIN.username, password: 'not-the-password' }),
    'signing in with a wrong password',
  );
  await expectVisible(page.getByText('登录失败'), 'the "sign-in failed" message');
  await expectVisible(page.getByText('用户名或密码不正确。'), 'the reason, without saying which was wrong');
}

async function adminSignsIn(page) {
  await expectApiCall(
    page,
    { method: 'GET', path: '/api/v1/auth/me', status: 200 },
    () => signInWithForm(page, ADMIN),
    'signing in as admin, then loading who that is',
  );
  await expectUrl(
    page,
    (url) => url.pathname === '/admin/org-units' && url.searchParams.get('kind') === 'city',
    'return to the page that asked for sign-in',
  );
  await expectVisible(page.getByRole('heading', { name: '组织架构' }), 'the org units page');
  await expectVisible(
    page.getByTestId('current-user').getByText(ADMIN.displayName),
    'the admin’s name in the header',
  );
}

export const signInFlows = [
  ['sign-in: a protected page sends to /login?next=…', protectedPageAsksToSignIn],
  ['sign-in: a wrong password is refused', wrongPassword],
  ['sign-in: admin signs in and returns to the page', adminSignsIn],
];
