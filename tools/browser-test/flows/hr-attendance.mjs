// 考勤: an HR specialist (created by the admin over the API) opens 考勤 from the sidebar and sees last month on the
// company work calendar, imports a small clock CSV (one good punch, one unknown employee number reported by
// line), opens the monthly summary of last month (the demo data punched it for the demo employees) and locks
// it for payroll: the page then shows the month 已锁定 and offers no lock any more.
import fs from 'node:fs';
import path from 'node:path';
import { signedInFetch } from '../api.mjs';
import { expectApiCall, expectEqual, expectGone, expectUrl, expectVisible } from '../expect.mjs';
import { popconfirmOk, sidebarPages, signInWithForm } from '../page.mjs';
import { ADMIN, CHROMIUM_CONTEXT, resultsDir, STEP_TIMEOUT_MS } from '../settings.mjs';

const HR = { username: 'sun.renshi', displayName: '孙丽（人事）', password: 'Human-resources-2026' };

/** Last month in Beijing time (YYYY-MM): the month the demo data punched, and the one payroll closes. */
function lastMonth(now = new Date()) {
  const beijing = new Date(now.getTime() + 8 * 3600_000);
  const y = beijing.getUTCFullYear();
  const m = beijing.getUTCMonth() + 1;
  return m === 1 ? `${y - 1}-12` : `${y}-${String(m - 1).padStart(2, '0')}`;
}

async function adminCreatesHr(_page, run) {
  const asAdmin = await signedInFetch(run.baseUrl, ADMIN);
  const created = await asAdmin('/api/v1/users', {
    method: 'POST',
    body: JSON.stringify({ ...HR, roles: [{ role: 'hr', orgUnitId: null }] }),
  });
  expectEqual(created.status, 201, `creating the HR specialist (${await created.clone().text()})`);
  const asHr = await signedInFetch(run.baseUrl, HR);
  const employees = await (await asHr('/api/v1/employees?limit=1&sort=number')).json();
  expectEqual(employees.data.length, 1, 'a demo employee');
  run.hrEmployeeNumber = employees.data[0].number;
  // The demo's official calendar ends with the years known when it was written. Once last month falls in a later
  // year, HR enters that year's first holiday, as they do when the State Council announces the year's holidays;
  // until then attendance rightly refuses to close the month.
  const year = Number(lastMonth().slice(0, 4));
  const { years } = await (await asHr('/api/v1/work-calendar/years')).json();
  if (!years.includes(year)) {
    const entered = await asHr(`/api/v1/work-calendar/days/${year}-01-01`, {
      method: 'PUT',
      body: JSON.stringify({ kind: 'holiday', name: '元旦' }),
    });
    expectEqual(entered.status, 200, `entering ${year}'s New Year holiday (${await entered.clone().text()})`);
  }
}

async function hrOpensAttendanceMonth(_page, run) {
  const context = await run.browser.newContext(CHROMIUM_CONTEXT);
  run.cleanups.push(() => context.close());
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  run.watch(page);
  run.hrPage = page;
  await page.goto(`${run.baseUrl}/login`);
  await signInWithForm(page, HR);
  await expectUrl(page, (url) => url.pathname !== '/login', 'leave the sign-in page');
  const pages = await sidebarPages(page, '人事');
  expectEqual(pages.includes('考勤'), true, `考勤 among ${pages}`);
  await page.getByRole('menu').first().getByRole('link', { name: '考勤', exact: true }).click();
  await expectUrl(page, (url) => url.pathname === '/hr/attendance', 'be the attendance page');
  const month = lastMonth();
  await page.goto(`${run.baseUrl}/hr/attendance?month=${month}`);
  await expectVisible(page.getByTestId(`calendar-day-${month}-15`), `the 15th of ${month} on the calendar`);
  await expectVisible(page.getByText('法定节假日', { exact: true }), 'the holiday legend');
}

async function hrImportsClockCsv(_page, run) {
  const page = run.hrPage;
  const month = lastMonth();
  await page.getByRole('tab', { name: '打卡导入' }).click();
  const csv = `employeeNumber,clockedAt\n${run.hrEmployeeNumber},${month}-15 12:31\nE99999,${month}-15 08:50`;
  await page.getByLabel('CSV 内容').fill(csv);
  await expectApiCall(
    page,
    { method: 'POST', path: '/api/v1/clock-records/imports', status: 200 },
    () => page.getByRole('button', { name: /导\s*入/ }).click(),
    'the clock import',
  );
  const report = page.getByTestId('clock-import-report');
  await expectVisible(report.getByText(/导入 1 条/), 'one punch imported');
  await expectVisible(
    report.locator('.ant-table-row').filter({ hasText: '3' }),
    'the bad row reported by line',
  );
}

async function hrLocksTheMonth(_page, run) {
  const page = run.hrPage;
  const month = lastMonth();
  await page.getByRole('tab', { name: '月度汇总' }).click();
  await expectVisible(
    page.getByTestId('attendance-summary-table').locator('.ant-table-row'),
    `the summaries of ${month}`,
  );
  await page.getByRole('button', { name: /锁定本月考勤/ }).click();
  await expectApiCall(
    page,
    { method: 'POST', path: `/api/v1/attendance-months/${month}/lock`, status: 200 },
    () => popconfirmOk(page).click(),
    'locking the month',
  );
  await expectVisible(page.getByTestId('attendance-month').getByText('已锁定'), 'the month shown as locked');
  await expectVisible(page.getByText(/考勤已锁定，汇总已冻结/), 'the locked notice');
  await expectGone(page.getByRole('button', { name: /锁定本月考勤/ }), 'the lock button');
}

const withScreenshot = (flow) => async (page, run) => {
  try {
    await flow(page, run);
  } catch (error) {
    fs.mkdirSync(resultsDir, { recursive: true });
    await run.hrPage
      ?.screenshot({ path: path.join(resultsDir, 'hr-attendance-failure.png'), fullPage: true })
      .catch(() => undefined);
    throw error;
  }
};

export const hrAttendanceFlows = [
  ['hr-attendance: the admin creates an HR specialist (API)', adminCreatesHr],
  ['hr-attendance: HR opens last month on the work calendar', hrOpensAttendanceMonth],
  ['hr-attendance: HR imports a clock CSV and sees the bad row reported', hrImportsClockCsv],
  ['hr-attendance: HR sees the monthly summary and locks it for payroll', hrLocksTheMonth],
].map(([name, flow]) => [name, withScreenshot(flow)]);
