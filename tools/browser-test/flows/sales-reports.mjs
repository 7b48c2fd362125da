// 运营情况上报: a city manager of 深圳 opens "report this month", reads the figures the system fills in, writes
// their commentary and submits; the report is then in the list. Only their own city is offered.
import { signedInFetch } from '../api.mjs';
import { expectEqual, expectUrl, expectVisible } from '../expect.mjs';
import { sidebarPages, signInWithForm, tableRow } from '../page.mjs';
import { ADMIN, CHROMIUM_CONTEXT, STEP_TIMEOUT_MS } from '../settings.mjs';

const CITY_MANAGER = {
  username: 'lin.shenzhen',
  displayName: '林晓（深圳城市经理）',
  password: 'Shenzhen-report-2026',
};
const COMMENTARY = '浏览器测试：深圳本月新开两个自提点';

async function cityManagerReportsTheMonth(_page, run) {
  const asAdmin = await signedInFetch(run.baseUrl, ADMIN);
  const cities = await (await asAdmin('/api/v1/org-units?kind=city&limit=200')).json();
  const shenzhen = cities.data.find((unit) => unit.code === 'GD-SZ');
  expectEqual(Boolean(shenzhen), true, 'the demo city GD-SZ');
  const created = await asAdmin('/api/v1/users', {
    method: 'POST',
    body: JSON.stringify({ ...CITY_MANAGER, roles: [{ role: 'city-manager', orgUnitId: shenzhen.id }] }),
  });
  expectEqual(created.status, 201, `creating ${CITY_MANAGER.username} (${await created.clone().text()})`);

  const context = await run.browser.newContext(CHROMIUM_CONTEXT);
  run.cleanups.push(() => context.close());
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  run.watch(page);
  await page.goto(`${run.baseUrl}/login`);
  await signInWithForm(page, CITY_MANAGER);
  await expectVisible(
    page.getByTestId('current-user').getByText(CITY_MANAGER.displayName),
    'the city manager signed in',
  );

  const pages = await sidebarPages(page, '销售');
  expectEqual(
    pages.includes('运营情况上报') && pages.includes('配送物流'),
    true,
    `运营情况上报, 配送物流 among ${pages}`,
  );
  await page.getByRole('menu').first().getByText('运营情况上报', { exact: true }).click();
  await expectUrl(page, (url) => url.pathname === '/sales/reports', 'be /sales/reports');
  await page.getByRole('button', { name: '上报本月运营情况' }).first().click();
  await expectUrl(page, (url) => url.pathname === '/sales/reports/new', 'be the submit page');

  // The preview of their own city, already chosen: the figures the system will record.
  const figures = page.getByTestId('preview-figures');
  await expectVisible(figures.getByText('净销售额'), 'the preview figures');
  await expectVisible(figures.getByText(/¥[\d,]+\.\d\d/).first(), 'net sales in yuan');

  // Only their own city is offered.
  await page.getByRole('combobox', { name: '上报单位' }).click();
  const options = page.locator('.ant-select-dropdown:visible .ant-select-item-option');
  await expectVisible(options.first(), 'the unit options');
  expectEqual(await options.allInnerTexts(), ['深圳市（城市）'], 'the units offered');
  await page.keyboard.press('Escape');

  await page.getByLabel('经理说明').fill(COMMENTARY);
  await page.getByRole('button', { name: /^上\s*报$/ }).click();
  await expectUrl(page, (url) => /^\/sales\/reports\/[0-9a-f-]{36}$/.test(url.pathname), 'be the report');
  await expectVisible(page.getByText(COMMENTARY), 'the submitted commentary');

  await page.getByRole('link', { name: '运营情况上报' }).first().click();
  await expectUrl(page, (url) => url.pathname === '/sales/reports', 'back on the list');
  await expectVisible(tableRow(page, '深圳市').getByRole('link'), 'the report in the list');
}

export const salesReportFlows = [
  [
    'sales-reports: a city manager previews, comments on and submits their city’s month',
    cityManagerReportsTheMonth,
  ],
];
