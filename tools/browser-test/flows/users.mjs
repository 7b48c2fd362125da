// Administration → users & roles: create a city manager of 广州市, edit them, and (later) disable them.
import { expectApiCall, expectEqual, expectGone, expectUrl, expectVisible } from '../expect.mjs';
import {
  chooseOption,
  chooseTreeOption,
  drawer,
  openSidebarSection,
  popconfirmOk,
  tableRow,
  closeWithEscape,
} from '../page.mjs';
import { STEP_TIMEOUT_MS } from '../settings.mjs';

/** The account the users flows create; the access and audit flows use it too. */
export const CITY_MANAGER = {
  username: 'chen.ming',
  displayName: '陈明',
  password: 'Guangzhou-city-2026',
  renamed: '陈明（广州）',
};

async function openUsersPage(page) {
  await openSidebarSection(page, '系统管理');
  await expectApiCall(
    page,
    { method: 'GET', path: '/api/v1/users?', status: 200 },
    () => page.getByRole('link', { name: '用户与角色' }).click(),
    'the users list',
  );
  await expectUrl(page, (url) => url.pathname === '/admin/users', 'be /admin/users');
  await expectVisible(tableRow(page, 'admin'), 'the administrator in the list');
}

async function createCityManager(page, run) {
  await page.getByRole('button', { name: '新建用户' }).click();
  const username = page.locator('#create-user_username');
  await expectVisible(username, 'the create-user drawer');
  await username.fill('Chen.Ming');
  await page.locator('#create-user_displayName').fill(CITY_MANAGER.displayName);
  await page.locator('#create-user_email').fill('chen.ming@example.com');
  await chooseTreeOption(page, page.locator('#create-user_orgUnitId'), '广州市');
  await page.locator('#create-user_password').fill(CITY_MANAGER.password);
  await drawer(page).getByRole('button', { name: '添加角色' }).click();
  await chooseOption(page, page.locator('#create-user_roles_0_role'), '城市经理');
  await chooseTreeOption(page, page.locator('#create-user_roles_0_scope'), '广州市');

  const [request, response] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/v1/users'), {
      timeout: STEP_TIMEOUT_MS,
    }),
    expectApiCall(
      page,
      { method: 'POST', path: '/api/v1/users', status: 201 },
      () => page.locator('#create-user_displayName').press('Enter'),
      'creating the city manager (submitted with Enter)',
    ),
  ]);
  const sent = JSON.parse(request.postData() ?? '{}');
  expectEqual(sent.username, CITY_MANAGER.username, 'the username sent (lower-cased)');
  expectEqual(typeof sent.orgUnitId, 'string', 'the org unit sent for the user');
  expectEqual(sent.roles.length, 1, 'the number of roles sent');
  expectEqual(sent.roles[0].role, 'city-manager', 'the role sent');
  expectEqual(typeof sent.roles[0].orgUnitId, 'string', 'the role scoped to an org unit');
  run.cityManager = await response.json();

  await expectGone(drawer(page), 'the drawer after creating');
  const row = tableRow(page, CITY_MANAGER.username);
  await expectVisible(row.getByText('城市经理 · 广州市'), 'the scoped role on the new user’s row');
  await expectVisible(row.getByText('广州市').first(), 'the org unit of the new user');
}

async function editCityManager(page, { cityManager }) {
  await tableRow(page, CITY_MANAGER.username).getByRole('button', { name: CITY_MANAGER.username }).click();
  await expectUrl(page, (url) => url.searchParams.get('user') === cityManager.id, 'hold the open user’s id');
  const name = page.locator('#edit-user_displayName');
  await expectVisible(name, 'the user drawer with the details form');
  await name.fill(CITY_MANAGER.renamed);
  await page.locator('#edit-user_phone').fill('13800138000');
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'PATCH', { timeout: STEP_TIMEOUT_MS }),
    expectApiCall(
      page,
      { method: 'PATCH', path: `/api/v1/users/${cityManager.id}`, status: 200 },
      () => name.press('Enter'),
      'saving the user’s details',
    ),
  ]);
  expectEqual(
    /^"\d+"$/.test(request.headers()['if-match'] ?? ''),
    true,
    'an If-Match "<version>" header sent',
  );
  expectEqual(
    JSON.parse(request.postData() ?? '{}'),
    { displayName: CITY_MANAGER.renamed, phone: '13800138000' },
    'the PATCH body (changes only)',
  );
  await expectVisible(tableRow(page, CITY_MANAGER.renamed), 'the new name in the list');

  await drawer(page).getByRole('tab', { name: '修改记录' }).click();
  const history = drawer(page).getByTestId('record-history');
  await expectVisible(history.getByText('设置角色'), 'the role assignment in the user’s history');
  await expectVisible(history.getByText('城市经理 · 广州市'), 'the role and its scope in the history');
  await expectVisible(history.getByText('13800138000'), 'the phone change in the history');

  await closeWithEscape(page, drawer(page), 'the user drawer');
  await expectUrl(page, (url) => !url.searchParams.has('user'), 'drop the open user’s id');
}

async function disableCityManager(page, run) {
  await page.goto(`${run.baseUrl}/admin/users?user=${run.cityManager.id}`);
  await expectVisible(drawer(page).getByText('陈明（广州）').first(), 'the user opened from the URL');
  await drawer(page).getByRole('button', { name: '停用账号' }).click();
  await expectVisible(
    page.getByText(/该用户会立即在所有设备上被登出/),
    'the warning that disabling signs them out',
  );
  await expectApiCall(
    page,
    { method: 'PATCH', path: `/api/v1/users/${run.cityManager.id}`, status: 200 },
    () => popconfirmOk(page).click(),
    'disabling the city manager',
  );
  await expectVisible(drawer(page).getByText('已停用'), 'the disabled status in the drawer');
  await closeWithEscape(page, drawer(page), 'the user drawer');
  await expectVisible(
    tableRow(page, CITY_MANAGER.renamed).getByText('已停用'),
    'the disabled status in the list',
  );

  // Their open console (the access flow left it signed in) is signed out at its next request.
  const theirs = run.cityManagerPage;
  await theirs.getByRole('menu').first().getByText('工作台', { exact: true }).click();
  await theirs.reload();
  await expectUrl(theirs, (url) => url.pathname === '/login', 'send the disabled user to /login');
  await expectVisible(theirs.getByText('登录已过期，请重新登录。'), 'the "session expired" notice');
  await theirs.context().close();
}

export const userFlows = [
  ['users: the list', openUsersPage],
  ['users: create a city manager of 广州市', createCityManager],
  ['users: edit with If-Match, and the history', editCityManager],
];

export const disableUserFlows = [['users: disable, which signs them out', disableCityManager]];
