// 财务 · 工资表: last month's payroll for the demo company. HR has locked the month's attendance (over the API
// here, unless an earlier flow did); finance opens a run for the company, calculates it, checks the review
// table and marks it reviewed; the general manager approves it; finance opens one payslip. The users are made
// here over the API, so the flow runs on its own (--only finance-payroll).
import { signedInFetch } from '../api.mjs';
import { expectApiCall, expectEqual, expectUrl, expectVisible } from '../expect.mjs';
import { chooseTreeOption, popconfirmOk, sidebarPages, signInWithForm, tableRow } from '../page.mjs';
import { ADMIN, CHROMIUM_CONTEXT, STEP_TIMEOUT_MS } from '../settings.mjs';

const FINANCE = { username: 'qian.gongzi', displayName: '钱芳（工资）', password: 'Payroll-finance-2026' };
const GM = { username: 'zheng.zongjingli', displayName: '郑总（总经理）', password: 'Payroll-approver-2026' };
const HR = { username: 'feng.kaoqin', displayName: '冯敏（考勤）', password: 'Payroll-attendance-2026' };

/** The month before today in China: the one being paid. */
function lastMonth() {
  const today = new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());
  const [y, m] = today.split('-').map(Number);
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

/** A second browser window signed in as `user`, closed when the run ends. */
async function windowFor(run, user) {
  const context = await run.browser.newContext(CHROMIUM_CONTEXT);
  run.cleanups.push(() => context.close());
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  run.watch(page);
  await page.goto(`${run.baseUrl}/login`);
  await signInWithForm(page, user);
  await expectVisible(
    page.getByTestId('current-user').getByText(user.displayName),
    `${user.displayName} signed in`,
  );
  return page;
}

async function createPeopleAndLockTheMonth(_page, run) {
  const asAdmin = await signedInFetch(run.baseUrl, ADMIN);
  const companies = await (await asAdmin('/api/v1/org-units?kind=company&limit=10')).json();
  run.payrollCompany = companies.data[0];
  expectEqual(!!run.payrollCompany, true, 'the demo company');
  for (const [user, role] of [
    [FINANCE, 'finance'],
    [GM, 'general-manager'],
    [HR, 'hr'],
  ]) {
    const created = await asAdmin('/api/v1/users', {
      method: 'POST',
      body: JSON.stringify({ ...user, roles: [{ role, orgUnitId: null }] }),
    });
    expectEqual(created.status, 201, `creating ${user.username} (${await created.clone().text()})`);
  }
  const asHr = await signedInFetch(run.baseUrl, HR);
  const locked = await asHr(`/api/v1/attendance-months/${lastMonth()}/lock`, { method: 'POST', body: '{}' });
  // 409: the attendance flow locked it already.
  expectEqual([200, 409].includes(locked.status), true, `locking ${lastMonth()} (${locked.status})`);
}

async function financeCalculatesAndReviews(_page, run) {
  const page = await windowFor(run, FINANCE);
  run.payrollFinancePage = page;
  const pages = await sidebarPages(page, '财务');
  expectEqual(pages.includes('工资表') && pages.includes('我的工资条'), true, `工资表 among ${pages}`);
  await page.getByRole('menu').first().getByText('工资表', { exact: true }).click();
  await expectUrl(page, (url) => url.pathname === '/finance/payroll', 'be /finance/payroll');
  await page
    .getByRole('button', { name: /新建工资表/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await chooseTreeOption(page, page.locator('#new-payroll-run_orgUnitId'), run.payrollCompany.name);
  await expectApiCall(
    page,
    { method: 'POST', path: '/api/v1/payroll-runs', status: 201 },
    () => dialog.getByRole('button', { name: /创\s*建/ }).click(),
    'opening the payroll run',
  );
  await expectUrl(page, (url) => url.pathname.startsWith('/finance/payroll/runs/'), 'the run page');
  run.payrollRunUrl = page.url();
  await expectVisible(page.getByTestId('run-status').getByText('草稿'), 'a draft run');
  await expectApiCall(
    page,
    { method: 'POST', path: '/calculate', status: 200 },
    () => page.getByRole('button', { name: '计算工资' }).click(),
    'calculating the payroll',
  );
  await expectVisible(page.getByTestId('run-status').getByText('已计算'), 'the run calculated');
  const table = page.getByTestId('payslip-review-table');
  await expectVisible(table.getByText(/合计（\d+ 人）/), 'the review table’s totals row');
  await expectApiCall(
    page,
    { method: 'POST', path: '/review', status: 200 },
    () => page.getByRole('button', { name: '复核通过' }).click(),
    'marking the run reviewed',
  );
  await expectVisible(page.getByTestId('run-status').getByText('已复核'), 'the run reviewed');
}

async function generalManagerApproves(_page, run) {
  const page = await windowFor(run, GM);
  await page.goto(run.payrollRunUrl);
  await expectVisible(page.getByTestId('run-status').getByText('已复核'), 'the reviewed run');
  await page.getByRole('button', { name: /^审\s*批$/ }).click();
  await expectApiCall(
    page,
    { method: 'POST', path: '/approve', status: 200 },
    () => popconfirmOk(page).click(),
    'the general manager approving',
  );
  await expectVisible(page.getByTestId('run-status').getByText('已审批'), 'the run approved');
}

async function financeOpensAPayslip(_page, run) {
  const page = run.payrollFinancePage;
  await page.goto(run.payrollRunUrl);
  await expectVisible(page.getByTestId('run-status').getByText('已审批'), 'the approved run');
  const row = tableRow(page, '（演示）').first();
  await expectVisible(row, 'a demo employee in the review table');
  await row.getByRole('link').click();
  await expectUrl(page, (url) => url.pathname.startsWith('/finance/payslips/'), 'the payslip page');
  await expectVisible(page.getByTestId('payslip-net').getByText(/^¥/), 'the payslip’s net pay');
}

export const financePayrollFlows = [
  ['finance-payroll: people and the locked month', createPeopleAndLockTheMonth],
  ['finance-payroll: finance calculates and reviews', financeCalculatesAndReviews],
  ['finance-payroll: the general manager approves', generalManagerApproves],
  ['finance-payroll: finance opens a payslip', financeOpensAPayslip],
];
