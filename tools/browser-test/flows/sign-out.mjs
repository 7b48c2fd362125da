// Signing out: runs last.
import { expectUrl, expectVisible } from '../expect.mjs';

async function signOut(page, { baseUrl }) {
  await page.goto(`${baseUrl}/`);
  await page.getByTestId('current-user').click();
  await page.getByRole('menuitem', { name: '退出登录' }).click();
  await expectUrl(page, (url) => url.pathname === '/login' && url.search === '', 'be /login');
  await expectVisible(page.getByRole('heading', { name: '登录掌柜' }), 'the sign-in form');

  await page.goto(`${baseUrl}/admin/users`);
  await expectUrl(
    page,
    (url) => url.pathname === '/login' && url.searchParams.get('next') === '/admin/users',
    'send a protected address to /login?next=/admin/users',
  );
}

export const signOutFlows = [['sign-out: back to /login; protected pages need signing in again', signOut]];
