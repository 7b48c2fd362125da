// 人事 · 招聘: a hire from request to employee. The sales manager asks to hire one 销售代表 within the headcount
// plan (the form shows the plan's figures), the general manager and then HR approve it in the shared approvals
// inbox (two steps), HR adds a candidate, moves them through interview to an offer on the board and the
// candidate page, hires them, opens the new employee's file (on probation) and records a labour contract.
import { signedInFetch } from '../api.mjs';
import { expectApiCall, expectEqual, expectUrl, expectVisible } from '../expect.mjs';
import {
  chooseOption,
  chooseSearchedOption,
  drawer,
  sidebarPages,
  signInWithForm,
  tableRow,
} from '../page.mjs';
import { ADMIN, CHROMIUM_CONTEXT, STEP_TIMEOUT_MS } from '../settings.mjs';

const MANAGER = { username: 'sun.xiaoshou', displayName: '孙伟（销售经理）', password: 'Sales-manager-2026' };
const GM = { username: 'qian.zongjingli', displayName: '钱总（总经理）', password: 'General-manager-2026' };
const HR = { username: 'zhou.renshi', displayName: '周敏（人事）', password: 'Human-resources-2026' };
const CANDIDATE = '测试候选人 吴磊';
const DEMO = { unitCode: 'SALES', unitName: '销售部', position: '销售代表（DEMO-SALES-REP）' };

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

async function createPeople(_page, run) {
  const asAdmin = await signedInFetch(run.baseUrl, ADMIN);
  const units = await (await asAdmin('/api/v1/org-units?kind=department&limit=200')).json();
  const sales = units.data.find((unit) => unit.code === DEMO.unitCode);
  expectEqual(!!sales, true, `the demo ${DEMO.unitCode} department`);
  for (const [user, role, orgUnitId] of [
    [MANAGER, 'sales-manager', sales.id],
    [GM, 'general-manager', null],
    [HR, 'hr', null],
  ]) {
    const created = await asAdmin('/api/v1/users', {
      method: 'POST',
      body: JSON.stringify({ ...user, roles: [{ role, orgUnitId }] }),
    });
    expectEqual(created.status, 201, `creating ${user.username} (${await created.clone().text()})`);
  }
}

async function managerRequestsAHire(_page, run) {
  const page = await windowFor(run, MANAGER);
  const pages = await sidebarPages(page, '人事');
  expectEqual(pages.includes('招聘'), true, `招聘 among ${pages}`);
  await page.getByRole('menu').first().getByText('招聘', { exact: true }).click();
  await expectUrl(page, (url) => url.pathname === '/hr/recruitment', 'be /hr/recruitment');
  await expectVisible(page.getByRole('heading', { name: '招聘' }), 'the recruitment page');

  await page
    .getByRole('button', { name: /新建招聘申请/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  // The unit picker lists the whole chart: search for the unit, as a person would.
  await chooseSearchedOption(page, dialog.getByLabel('部门'), DEMO.unitName);
  await chooseOption(page, dialog.getByLabel('岗位'), DEMO.position);
  await expectVisible(
    dialog.getByTestId('headcount-check').getByText(/在编制内/),
    'the headcount check: within plan',
  );
  await dialog.getByLabel('招聘原因').fill('华南区业务扩张，增加一名销售代表');
  await expectApiCall(
    page,
    { method: 'POST', path: '/api/v1/hiring-requests', status: 201 },
    () => dialog.getByRole('button', { name: '提交审批' }).click(),
    'sending the hiring request',
  );
  await expectUrl(
    page,
    (url) => url.pathname.startsWith('/hr/recruitment/requests/'),
    'open the new request',
  );
  await expectVisible(page.getByTestId('approval-status'), 'the request awaiting approval');
  const heading = await page.getByRole('heading', { name: /招聘申请 HQ-/ }).innerText();
  run.hireRequestNumber = heading.replace('招聘申请', '').trim();
  run.hireRequestUrl = page.url();
  run.hrManagerPage = page;
}

async function approveInInbox(page, run, who) {
  await page.goto(`${run.baseUrl}/approvals`);
  const row = tableRow(page, run.hireRequestNumber);
  // A new window loads the whole console first; on a busy machine that alone can take most of a step.
  await row.waitFor({ timeout: 3 * STEP_TIMEOUT_MS }).catch(() => undefined);
  await expectVisible(row, `${run.hireRequestNumber} in ${who}’s inbox`);
  await row.click();
  await expectVisible(drawer(page), 'the approval drawer');
  await expectApiCall(
    page,
    { method: 'POST', path: '/api/v1/approval-requests/', status: 200 },
    () =>
      drawer(page)
        .getByRole('button', { name: /同\s*意/ })
        .click(),
    `${who} approving`,
  );
}

async function generalManagerApproves(_page, run) {
  const page = await windowFor(run, GM);
  await approveInInbox(page, run, 'the general manager');
}

async function hrApprovesAndHires(_page, run) {
  const page = await windowFor(run, HR);
  run.hrPage = page;
  await approveInInbox(page, run, 'HR');
  // The request learns of the decision after the approval commits: reload until it reads 招聘中.
  for (let attempt = 0; attempt < 10; attempt++) {
    await page.goto(run.hireRequestUrl);
    const approved = await page
      .locator('.ant-tag')
      .getByText('招聘中', { exact: true })
      .waitFor({ timeout: 1_500 })
      .then(() => true)
      .catch(() => false);
    if (approved) break;
  }
  await expectVisible(page.getByRole('button', { name: /添加候选人/ }), 'adding candidates, now approved');
  await page.getByRole('button', { name: /添加候选人/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('姓名').fill(CANDIDATE);
  await dialog.getByLabel('来源').fill('招聘网站');
  await expectApiCall(
    page,
    { method: 'POST', path: '/api/v1/candidates', status: 201 },
    () => dialog.getByRole('button', { name: /保\s*存/ }).click(),
    'adding the candidate',
  );
  const applied = page.getByTestId('board-column-applied');
  await expectVisible(applied.getByText(CANDIDATE), 'the candidate in 已投递');
  await expectApiCall(
    page,
    { method: 'POST', path: '/stage', status: 200 },
    () => page.getByRole('button', { name: `把 ${CANDIDATE} 移到「面试」` }).click(),
    'moving the card to 面试',
  );
  await expectVisible(page.getByTestId('board-column-interview').getByText(CANDIDATE), 'the card in 面试');

  await page.getByRole('link', { name: CANDIDATE }).click();
  await expectUrl(
    page,
    (url) => url.pathname.startsWith('/hr/recruitment/candidates/'),
    'the candidate page',
  );
  await page.getByRole('button', { name: '发录用通知' }).click();
  const offer = page.getByRole('dialog');
  await offer.getByLabel('录用月薪').fill('8000');
  await expectApiCall(
    page,
    { method: 'POST', path: '/stage', status: 200 },
    () => offer.getByRole('button', { name: '发录用通知' }).click(),
    'making the offer',
  );
  await expectVisible(page.getByText('¥8,000.00'), 'the salary offered');

  await page.getByRole('button', { name: '办理入职' }).click();
  const hire = page.getByRole('dialog');
  await expectApiCall(
    page,
    { method: 'POST', path: '/hire', status: 201 },
    () => hire.getByRole('button', { name: '办理入职' }).click(),
    'hiring the candidate',
  );
  await expectVisible(page.getByTestId('hired-notice'), 'the hired notice');
  await page.getByRole('link', { name: '查看员工档案' }).click();
  await expectUrl(page, (url) => url.pathname.startsWith('/hr/employees/'), 'the new personnel file');
  await expectVisible(page.getByRole('heading', { name: new RegExp(CANDIDATE) }), 'the employee’s name');
  await expectVisible(page.locator('.ant-tag').getByText('试用期', { exact: true }), 'on probation');
}

/** Types a day into a date picker and takes it with Enter, as a keyboard user does. */
async function pickDate(dialog, label, value) {
  const input = dialog.getByLabel(label);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

async function hrRecordsTheLabourContract(_page, run) {
  const page = run.hrPage;
  await page.getByRole('tab', { name: '劳动合同' }).click();
  await expectVisible(page.getByText('没有劳动合同。'), 'no contract yet');
  await page.getByRole('button', { name: /签订劳动合同/ }).click();
  const dialog = page.getByRole('dialog');
  await pickDate(dialog, '起始日', '2026-12-01');
  // Enter in the last date takes the day and submits the form, as in any other field.
  const endsOn = dialog.getByLabel('到期日');
  await endsOn.click();
  await endsOn.fill('2029-11-30');
  await expectApiCall(
    page,
    { method: 'POST', path: '/api/v1/labour-contracts', status: 201 },
    () => endsOn.press('Enter'),
    'recording the labour contract (submitted with Enter in the end date)',
  );
  const contracts = page.getByTestId('labour-contracts');
  await expectVisible(contracts.getByText(/^LC-/), 'the contract with its number');
  await expectVisible(contracts.getByText('履行中', { exact: true }), 'the contract in force');
  await expectVisible(contracts.getByRole('button', { name: /续\s*签/ }), 'renewal offered');
}

export const hrHireFlows = [
  ['hr-hire: the admin creates a sales manager, a general manager and an HR officer', createPeople],
  ['hr-hire: the sales manager asks to hire within the headcount plan', managerRequestsAHire],
  ['hr-hire: the general manager approves the first step', generalManagerApproves],
  ['hr-hire: HR approves, adds a candidate, offers, hires and opens the file', hrApprovesAndHires],
  ['hr-hire: HR records a labour contract on the new employee’s file', hrRecordsTheLabourContract],
];
