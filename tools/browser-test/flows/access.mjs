// What a non-administrator sees: the city manager created by the users flows, in a browser of their own.
import { expectEqual, expectUrl, expectVisible } from '../expect.mjs';
import { sidebarPages, signInWithForm, tableRow } from '../page.mjs';
import { CHROMIUM_CONTEXT, STEP_TIMEOUT_MS } from '../settings.mjs';
import { CITY_MANAGER } from './users.mjs';

async function cityManagerSeesOnlyTheirPages(_page, run) {
  const context = await run.browser.newContext(CHROMIUM_CONTEXT);
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  run.watch(page);
  run.cityManagerPage = page;

  await page.goto(`${run.baseUrl}/login`);
  await signInWithForm(page, CITY_MANAGER);
  await expectVisible(
    page.getByTestId('current-user').getByText(CITY_MANAGER.renamed),
    'their name in the header',
  );
  expectEqual(
    await sidebarPages(page, '系统管理'),
    ['组织架构', '用户与角色'],
    'the administration pages offered',
  );

  await page.getByRole('link', { name: '用户与角色' }).click();
  await expectVisible(tableRow(page, CITY_MANAGER.username), 'themselves among the users of 广州市');
  expectEqual(await tableRow(page, 'admin').count(), 0, 'the rows of users outside 广州市');
  expectEqual(await page.getByRole('button', { name: '新建用户' }).count(), 0, 'a "new user" button');

  await page.goto(`${run.baseUrl}/admin/api-keys`);
  await expectUrl(page, (url) => url.pathname === '/admin/api-keys', 'stay on the address typed');
  await expectVisible(page.getByText('没有访问权限'), 'the "no access" page for API keys');
  await page.goto(`${run.baseUrl}/admin/audit-log`);
  await expectVisible(page.getByText('没有访问权限'), 'the "no access" page for the audit log');
}

export const accessFlows = [
  ['access: a city manager sees only what their role opens', cityManagerSeesOnlyTheirPages],
];
