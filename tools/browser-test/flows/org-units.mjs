// Administration → org units: the model for every table and form in the console.
import { expectVisible, expectGone, expectUrl, expectEqual, expectApiCall } from '../expect.mjs';
import { signedInFetch } from '../api.mjs';
import {
  tableBody,
  tableRow,
  drawer,
  formItem,
  chooseOption,
  kindsShown,
  closeWithEscape,
} from '../page.mjs';
import { ADMIN, STEP_TIMEOUT_MS } from '../settings.mjs';

async function orgUnitsListAndFilters(page) {
  await page.getByRole('menu').first().getByText('系统管理', { exact: true }).click();
  await expectApiCall(
    page,
    { method: 'GET', path: '/api/v1/org-units?', status: 200 },
    () => page.getByRole('link', { name: '组织架构' }).click(),
    'the org units list',
  );
  await expectUrl(page, (url) => url.pathname === '/admin/org-units', 'be /admin/org-units');
  await expectVisible(page.getByRole('heading', { name: '组织架构' }), 'the org units heading');
  await expectVisible(tableRow(page, '广州市'), 'the demo unit 广州市 in the list');
  await expectVisible(tableRow(page, '广东省'), 'the demo unit 广东省 in the list');

  await expectApiCall(
    page,
    { method: 'GET', path: 'kind=city', status: 200 },
    () => chooseOption(page, page.getByRole('combobox', { name: '类型' }), '城市'),
    'the list filtered by kind=city',
  );
  await expectUrl(page, (url) => url.searchParams.get('kind') === 'city', 'hold kind=city');
  await expectGone(tableRow(page, '广东省'), 'the province 广东省 (filtered out)');
  expectEqual(await kindsShown(page), ['城市'], 'the kinds shown with kind=city');

  await page.reload();
  await expectVisible(tableRow(page, '深圳市'), 'the cities after a reload');
  await expectUrl(
    page,
    (url) => url.searchParams.get('kind') === 'city',
    'still hold kind=city after a reload',
  );
  expectEqual(await kindsShown(page), ['城市'], 'the kinds shown after a reload');
  await expectVisible(
    page
      .locator('.ant-select')
      .filter({ has: page.getByRole('combobox', { name: '类型' }) })
      .getByText('城市'),
    'the kind filter still showing 城市',
  );
}

async function createCity(page, run) {
  await page.getByRole('button', { name: '新建组织' }).click();
  await expectVisible(drawer(page).getByText('新建组织'), 'the create drawer');
  await expectVisible(formItem(page, 'create-org-unit_kind').getByText('城市'), 'the kind preset to 城市');

  const parent = page.locator('#create-org-unit_parentId');
  await parent.click();
  await parent.fill('珠三角');
  await chooseOption(page, parent, '珠三角区域');
  await page.locator('#create-org-unit_code').fill('gd-fs');
  await page.locator('#create-org-unit_name').fill('佛山市');
  const response = await expectApiCall(
    page,
    { method: 'POST', path: '/api/v1/org-units', status: 201 },
    () => page.locator('#create-org-unit_name').press('Enter'),
    'creating 佛山市 (submitted with Enter)',
  );
  const created = await response.json();
  expectEqual(created.code, 'GD-FS', 'the stored code (upper-cased)');
  await expectGone(drawer(page), 'the create drawer after saving');
  await expectVisible(tableRow(page, '佛山市'), 'the new city 佛山市 in the list');
  await expectVisible(tableRow(page, '佛山市').getByText('珠三角区域'), 'the parent 珠三角区域 of 佛山市');
  run.foshan = created;
}

async function duplicateCode(page) {
  await page.getByRole('button', { name: '新建组织' }).click();
  const parent = page.locator('#create-org-unit_parentId');
  await chooseOption(page, parent, '珠三角区域');
  await page.locator('#create-org-unit_code').fill('GD-GZ');
  await page.locator('#create-org-unit_name').fill('重复的城市');
  await expectApiCall(
    page,
    { method: 'POST', path: '/api/v1/org-units', status: 409 },
    () => page.locator('#create-org-unit_name').press('Enter'),
    'creating a unit with the taken code GD-GZ',
  );
  await expectVisible(
    formItem(page, 'create-org-unit_code')
      .locator('.ant-form-item-explain-error')
      .getByText('该编码已被其他组织使用'),
    'the field error under 编码 for the taken code',
  );
  await closeWithEscape(page, drawer(page), 'the create drawer');
}

async function editName(page) {
  await tableRow(page, '佛山市')
    .getByRole('button', { name: /编\s*辑/ })
    .click();
  const name = page.locator('#edit-org-unit_name');
  await expectVisible(name, 'the edit drawer with the name field');
  await name.fill('佛山市（禅城）');
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'PATCH', { timeout: STEP_TIMEOUT_MS }),
    expectApiCall(
      page,
      { method: 'PATCH', path: '/api/v1/org-units/', status: 200 },
      () => name.press('Enter'),
      'renaming 佛山市',
    ),
  ]);
  expectEqual(
    /^"\d+"$/.test(request.headers()['if-match'] ?? ''),
    true,
    'an If-Match "<version>" header sent',
  );
  expectEqual(
    JSON.parse(request.postData() ?? '{}'),
    { name: '佛山市（禅城）' },
    'the PATCH body (changes only)',
  );
  await expectGone(drawer(page), 'the edit drawer after saving');
  await expectVisible(tableRow(page, '佛山市（禅城）'), 'the new name in the list');
}

async function editAfterSomeoneElse(page, { baseUrl, foshan: unit }) {
  await tableRow(page, '佛山市（禅城）')
    .getByRole('button', { name: /编\s*辑/ })
    .click();
  const name = page.locator('#edit-org-unit_name');
  await expectVisible(name, 'the edit drawer');

  // Someone else renames the unit while our drawer is open.
  const someoneElse = await signedInFetch(baseUrl, ADMIN);
  const current = await (await someoneElse(`/api/v1/org-units/${unit.id}`)).json();
  const theirs = await someoneElse(`/api/v1/org-units/${unit.id}`, {
    method: 'PATCH',
    headers: { 'If-Match': `"${current.version}"` },
    body: JSON.stringify({ name: '佛山市（他人修改）' }),
  });
  expectEqual(theirs.status, 200, 'the concurrent rename through the API');

  await name.fill('佛山市（我的修改）');
  await expectApiCall(
    page,
    { method: 'PATCH', path: `/api/v1/org-units/${unit.id}`, status: 412 },
    () => name.press('Enter'),
    'saving over a stale version',
  );
  await expectVisible(
    drawer(page).getByText('其他人刚刚修改了这个组织'),
    'the "someone else changed it" warning',
  );
  await page.waitForFunction(
    () => document.querySelector('#edit-org-unit_name')?.value === '佛山市（他人修改）',
    null,
    { timeout: STEP_TIMEOUT_MS },
  );
  await name.fill('佛山市（我的修改）');
  await expectApiCall(
    page,
    { method: 'PATCH', path: `/api/v1/org-units/${unit.id}`, status: 200 },
    () => name.press('Enter'),
    'saving again on the reloaded version',
  );
  await expectVisible(tableRow(page, '佛山市（我的修改）'), 'my name after the conflict was resolved');
}

async function archive(page) {
  const row = tableRow(page, '佛山市（我的修改）');
  await row.getByRole('button', { name: /归\s*档/ }).click();
  await expectApiCall(
    page,
    { method: 'PATCH', path: '/api/v1/org-units/', status: 200 },
    () => page.locator('.ant-popconfirm:visible .ant-btn-primary').click(),
    'archiving 佛山市',
  );
  await expectVisible(row.getByText('已归档'), 'the status 已归档 on the archived unit');
}

async function keysetPagination(page, { baseUrl }) {
  await page.goto(`${baseUrl}/admin/org-units?limit=5`);
  await expectVisible(page.getByText('第 1 页'), 'page 1 of 5 rows');
  await expectVisible(page.getByText('共 17 条'), 'the total of 17 units');
  const firstPage = await tableBody(page).locator('tr.ant-table-row td:nth-child(2)').allInnerTexts();
  expectEqual(firstPage.length, 5, 'the rows on a page of 5');

  await expectApiCall(
    page,
    { method: 'GET', path: 'cursor=', status: 200 },
    () => page.getByRole('button', { name: '下一页' }).click(),
    'the next page',
  );
  await expectVisible(page.getByText('第 2 页'), 'page 2');
  await expectGone(tableRow(page, firstPage[0]), `${firstPage[0]} (on page 1 only)`);
  await expectVisible(page.getByText('共 17 条'), 'the total still shown on page 2');

  await page.getByRole('button', { name: '上一页' }).click();
  await expectVisible(page.getByText('第 1 页'), 'back on page 1');
  await expectVisible(tableRow(page, firstPage[0]), `${firstPage[0]} again on page 1`);

  await chooseOption(page, page.getByRole('combobox', { name: '每页条数' }), '20 条/页');
  await expectUrl(page, (url) => url.searchParams.get('limit') === '20', 'hold limit=20');
  await expectVisible(tableRow(page, '杭州市'), 'all units on one page of 20');
}

async function treeAndHistory(page, { baseUrl }) {
  await page.goto(`${baseUrl}/admin/org-units`);
  await page.getByText('树形', { exact: true }).click();
  await expectUrl(page, (url) => url.searchParams.get('view') === 'tree', 'hold view=tree');
  const tree = page.locator('.ant-tree');
  await expectVisible(tree.getByText('珠三角区域', { exact: true }), 'the region 珠三角区域 in the tree');
  await expectVisible(
    tree.getByText('佛山市（我的修改）', { exact: true }),
    'the city added earlier, in the tree',
  );
  await expectApiCall(
    page,
    { method: 'GET', path: '/api/v1/audit-events?entityType=org_unit', status: 200 },
    () => tree.getByText('佛山市（我的修改）', { exact: true }).click(),
    'opening a unit from the tree, with its history',
  );
  const history = drawer(page).getByTestId('record-history');
  await expectVisible(
    history.getByText('佛山市（他人修改）').first(),
    'the concurrent rename in the history',
  );
  await expectVisible(history.getByText('已归档').first(), 'the archiving in the history');
  await expectVisible(history.getByText('新建').first(), 'the creation in the history');
  await closeWithEscape(page, drawer(page), 'the drawer');
}

export const orgUnitFlows = [
  ['org units: demo data, kind filter in the URL, reload', orgUnitsListAndFilters],
  ['org units: create a city under 珠三角区域', createCity],
  ['org units: duplicate code shows a field error', duplicateCode],
  ['org units: rename with If-Match', editName],
  ['org units: 412 when someone else changed it', editAfterSomeoneElse],
  ['org units: archive', archive],
  ['org units: keyset pagination and page size', keysetPagination],
  ['org units: tree view, and a unit’s history', treeAndHistory],
];
