// 总经理看板: the general manager opens the console on the dashboard (figures, charts, exports), downloads the
// CSV, and drills from "this month's sales" into the order list filtered to the month.
import { signedInFetch } from '../api.mjs';
import { expectApiCall, expectEqual, expectUrl, expectVisible } from '../expect.mjs';
import { signInWithForm } from '../page.mjs';
import { ADMIN, CHROMIUM_CONTEXT, STEP_TIMEOUT_MS } from '../settings.mjs';

const GM = { username: 'zheng.kanban', displayName: '郑总（看板）', password: 'General-manager-board-2026' };
const HR_VIEWER = {
  username: 'feng.kanban',
  displayName: '冯总（部门看板）',
  password: 'Department-boards-2026',
};

async function generalManagerWindow(run, person = GM) {
  const asAdmin = await signedInFetch(run.baseUrl, ADMIN);
  const created = await asAdmin('/api/v1/users', {
    method: 'POST',
    body: JSON.stringify({ ...person, roles: [{ role: 'general-manager', orgUnitId: null }] }),
  });
  expectEqual(created.status, 201, `creating ${person.username} (${await created.clone().text()})`);
  const context = await run.browser.newContext({ ...CHROMIUM_CONTEXT, acceptDownloads: true });
  run.cleanups.push(() => context.close());
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  run.watch(page);
  await page.goto(`${run.baseUrl}/login`);
  await signInWithForm(page, person);
  await expectVisible(page.getByTestId('current-user').getByText(person.displayName), 'the GM signed in');
  return page;
}

async function generalManagerDrillsDown(_page, run) {
  const page = await generalManagerWindow(run);
  await expectVisible(page.getByRole('heading', { name: '总经理看板' }), 'the GM dashboard');
  const month = page.getByTestId('figure-salesThisMonth');
  await expectVisible(month, 'this month’s sales');
  await expectVisible(page.getByTestId('figure-headcount'), 'headcount against plan');
  await expectVisible(page.getByText('本月订单漏斗'), 'the order funnel');

  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: STEP_TIMEOUT_MS }),
    page.getByRole('button', { name: /导出 CSV/ }).click(),
  ]);
  expectEqual(
    /^general-manager-\d{4}-\d{2}-\d{2}\.csv$/.test(download.suggestedFilename()),
    true,
    `the CSV's name (${download.suggestedFilename()})`,
  );

  await expectApiCall(
    page,
    { method: 'GET', path: '/api/v1/orders?', status: 200 },
    () => month.click(),
    'the orders behind the figure',
  );
  await expectUrl(
    page,
    (url) =>
      url.pathname === '/orders/sales-orders' &&
      /^\d{4}-\d{2}-01$/.test(url.searchParams.get('from') ?? '') &&
      /^\d{4}-\d{2}-\d{2}$/.test(url.searchParams.get('to') ?? ''),
    'be the order list filtered to this month',
  );
  await expectVisible(page.getByRole('heading', { name: '订单', exact: true }), 'the order list');
}

async function generalManagerOpensHrTab(_page, run) {
  const page = await generalManagerWindow(run, HR_VIEWER);
  await page.getByRole('tab', { name: '人事看板' }).click();
  await expectUrl(page, (url) => url.searchParams.get('tab') === 'hr', 'keep the HR tab in the address');
  await expectVisible(page.getByRole('heading', { name: '人事看板' }), 'the HR dashboard');
  const headcount = page.getByTestId('figure-headcount');
  await expectVisible(headcount, 'headcount against plan');
  await expectApiCall(
    page,
    { method: 'GET', path: '/api/v1/employees?', status: 200 },
    () => headcount.click(),
    'the employees behind the figure',
  );
  await expectUrl(page, (url) => url.pathname === '/hr/employees', 'be the employee list');
}

export const dashboardFlows = [
  [
    'dashboard: the general manager sees the figures, exports CSV and drills into the month’s orders',
    generalManagerDrillsDown,
  ],
  ['dashboard: the general manager opens the HR tab and drills into headcount', generalManagerOpensHrTab],
];
