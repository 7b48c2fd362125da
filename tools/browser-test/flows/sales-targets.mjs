// 销售任务: the sales manager sets 浙江省's target for a year and allocates it to its two regions, the rows
// adding up to the province; the regional manager of 浙北 then sees only their own region of that target.
import { signedInFetch } from '../api.mjs';
import { expectApiCall, expectEqual, expectVisible } from '../expect.mjs';
import { chooseOption, sidebarPages, signInWithForm, tableRow } from '../page.mjs';
import { ADMIN, CHROMIUM_CONTEXT, STEP_TIMEOUT_MS } from '../settings.mjs';

const SALES_MANAGER = {
  username: 'xu.salesdirector',
  displayName: '许总监（销售经理）',
  password: 'Targets-sales-2026',
};
const REGIONAL_MANAGER = {
  username: 'he.zhebei',
  displayName: '何北（浙北区域经理）',
  password: 'Targets-north-2026',
};
// A year no other flow and no demo data touches.
const PERIOD = '2031';
const SOUTH = { code: 'ZJ-SOUTH-BT', name: '浙南区域' };

async function signedInPage(run, user) {
  const context = await run.browser.newContext(CHROMIUM_CONTEXT);
  run.cleanups.push(() => context.close());
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  run.watch(page);
  await page.goto(`${run.baseUrl}/login`);
  await signInWithForm(page, user);
  await expectVisible(
    page.getByTestId('current-user').getByText(user.displayName),
    `${user.username} signed in`,
  );
  return page;
}

async function salesManagerAllocatesAProvince(_page, run) {
  const asAdmin = await signedInFetch(run.baseUrl, ADMIN);
  const units = await (await asAdmin('/api/v1/org-units?limit=200')).json();
  const byCode = new Map(units.data.map((unit) => [unit.code, unit]));
  const zhejiang = byCode.get('ZJ');
  const north = byCode.get('ZJ-NORTH');
  expectEqual(Boolean(zhejiang && north), true, 'the demo province ZJ and region ZJ-NORTH');
  const south = await asAdmin('/api/v1/org-units', {
    method: 'POST',
    body: JSON.stringify({ ...SOUTH, kind: 'region', parentId: zhejiang.id }),
  });
  expectEqual(south.status, 201, `creating the region ${SOUTH.code} (${await south.clone().text()})`);
  for (const [user, role, orgUnitId] of [
    [SALES_MANAGER, 'sales-manager', null],
    [REGIONAL_MANAGER, 'regional-manager', north.id],
  ]) {
    const created = await asAdmin('/api/v1/users', {
      method: 'POST',
      body: JSON.stringify({ ...user, roles: [{ role, orgUnitId }] }),
    });
    expectEqual(created.status, 201, `creating ${user.username} (${await created.clone().text()})`);
  }
  run.salesTargets = { north };

  const page = await signedInPage(run, SALES_MANAGER);
  const pages = await sidebarPages(page, '销售');
  expectEqual(
    pages.includes('销售目标') && pages.includes('销售提成'),
    true,
    `销售目标, 销售提成 among ${pages}`,
  );
  await page.getByRole('menu').first().getByText('销售目标', { exact: true }).click();
  await page.waitForURL((url) => url.pathname === '/sales/targets');
  await page.goto(`${run.baseUrl}/sales/targets?period=${PERIOD}`);
  await expectVisible(page.getByText('本期间还没有您辖区内的销售目标'), 'no target for the year yet');

  await page.getByRole('button', { name: '下达省级目标' }).first().click();
  const form = page.getByRole('dialog');
  await chooseOption(page, form.getByRole('combobox', { name: '省份' }), '浙江省');
  await form.getByLabel('目标').fill('1000000');
  await expectApiCall(
    page,
    { method: 'POST', path: '/api/v1/sales-targets', status: 201 },
    () => form.getByRole('button', { name: /保\s*存/ }).click(),
    'setting the province target',
  );
  const province = tableRow(page, '浙江省');
  await expectVisible(province.getByText('待分配 ¥1,000,000.00'), 'the whole target still to allocate');

  await province.getByRole('button', { name: /分\s*配/ }).click();
  const allocation = page.getByRole('dialog');
  // One row per region of the province, to fill in.
  await allocation.getByLabel('分配金额 1').fill('600000');
  await expectVisible(allocation.getByText('还差 ¥400,000.00'), 'the difference while typing');
  await allocation.getByLabel('分配金额 2').fill('400000');
  await expectVisible(allocation.getByText('正好等于上级目标'), 'the rows adding up');
  await expectApiCall(
    page,
    { method: 'PUT', path: '/allocations/', status: 200 },
    () => allocation.getByRole('button', { name: /保\s*存/ }).click(),
    'allocating to the regions',
  );
  await expectVisible(tableRow(page, '浙江省').getByText('已分配完'), 'the province fully allocated');
  await expectVisible(tableRow(page, '浙北区域'), 'the northern region in the tree');
  await expectVisible(tableRow(page, SOUTH.name), 'the southern region in the tree');
}

async function regionalManagerSeesOnlyTheirRegion(_page, run) {
  const page = await signedInPage(run, REGIONAL_MANAGER);
  await page.goto(`${run.baseUrl}/sales/targets?period=${PERIOD}`);
  await expectVisible(tableRow(page, '浙北区域'), 'their own region');
  const names = await page.locator('.ant-table-tbody tr.ant-table-row').allInnerTexts();
  expectEqual(
    names.some((text) => text.includes('浙江省') || text.includes(SOUTH.name)),
    false,
    `only 浙北 in ${JSON.stringify(names)}`,
  );
}

export const salesTargetFlows = [
  [
    'sales-targets: the sales manager sets a province target and allocates it to two regions',
    salesManagerAllocatesAProvince,
  ],
  ['sales-targets: a regional manager sees only their own region', regionalManagerSeesOnlyTheirRegion],
];
