// 财务 · 单据报销: an employee of the sales department writes a claim with one line, attaches the receipt and
// submits it; the general manager (the department's approver) and then finance approve it on the claim page;
// finance pays it. The users are made here over the API, so the flow runs on its own (--only finance-expenses).
import { signedInFetch } from '../api.mjs';
import { expectApiCall, expectEqual, expectUrl, expectVisible } from '../expect.mjs';
import { chooseOption, sidebarPages, signInWithForm, tableRow } from '../page.mjs';
import { ADMIN, CHROMIUM_CONTEXT, STEP_TIMEOUT_MS } from '../settings.mjs';

const CLAIMANT = { username: 'li.baoxiao', displayName: '李明（客服）', password: 'Expense-claimant-2026' };
const GM = { username: 'wu.zongjingli', displayName: '吴总（总经理）', password: 'Expense-approver-2026' };
const FINANCE = { username: 'zhao.caiwu', displayName: '赵丽（财务）', password: 'Expense-finance-2026' };
const TITLE = '11 月客户拜访交通费';
const RECEIPT = { name: '出租车发票.pdf', mimeType: 'application/pdf' };

/** Today in China, the day the API books by. */
const chinaToday = () => new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date());

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
  const sales = units.data.find((unit) => unit.code === 'SALES');
  expectEqual(!!sales, true, 'the demo SALES department');
  for (const [user, role, orgUnitId] of [
    [CLAIMANT, 'customer-service-agent', sales.id],
    [GM, 'general-manager', null],
    [FINANCE, 'finance', null],
  ]) {
    const created = await asAdmin('/api/v1/users', {
      method: 'POST',
      body: JSON.stringify({ ...user, orgUnitId: orgUnitId ?? undefined, roles: [{ role, orgUnitId }] }),
    });
    expectEqual(created.status, 201, `creating ${user.username} (${await created.clone().text()})`);
  }
}

async function employeeWritesAndSubmits(_page, run) {
  const page = await windowFor(run, CLAIMANT);
  const pages = await sidebarPages(page, '财务');
  expectEqual(pages.includes('单据报销'), true, `单据报销 among ${pages}`);
  await page.getByRole('menu').first().getByText('单据报销', { exact: true }).click();
  await expectUrl(page, (url) => url.pathname === '/finance/expense-claims', 'be /finance/expense-claims');
  await expectVisible(page.getByText('还没有报销单'), 'no claims yet');

  await page
    .getByRole('button', { name: /新建报销单/ })
    .first()
    .click();
  await expectUrl(page, (url) => url.pathname === '/finance/expense-claims/new', 'the claim form');
  await page.getByLabel('事由').fill(TITLE);
  const date = page.getByLabel('日期 1');
  await date.click();
  await date.fill(chinaToday());
  await date.press('Enter');
  await chooseOption(page, page.getByRole('combobox', { name: '费用类别 1' }), '交通费');
  await page.getByLabel('金额 1').fill('86.5');
  await page.getByLabel('说明 1').fill('拜访广州客户 出租车往返');
  await expectVisible(page.getByTestId('claim-form-total').getByText('¥86.50'), 'the total in yuan');
  await expectApiCall(
    page,
    { method: 'POST', path: '/api/v1/expense-claims', status: 201 },
    () => page.getByLabel('说明 1').press('Enter'),
    'saving the claim with Enter',
  );
  await expectUrl(page, (url) => /\/finance\/expense-claims\/[0-9a-f-]{36}$/.test(url.pathname), 'the claim');
  run.expenseClaimUrl = page.url();
  const heading = await page.getByTestId('claim-number').innerText();
  run.expenseClaimNumber = heading.replace('报销单', '').trim();
  await expectVisible(page.getByTestId('claim-status').getByText('草稿'), 'a draft');

  await expectApiCall(
    page,
    { method: 'POST', path: '/attachments', status: 201 },
    () =>
      page
        .getByTestId('claim-receipts')
        .locator('input[type=file]')
        .setInputFiles({
          ...RECEIPT,
          buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
        }),
    'uploading the receipt',
  );
  await expectVisible(page.getByTestId('claim-receipts').getByText(RECEIPT.name), 'the receipt listed');
  await expectApiCall(
    page,
    { method: 'POST', path: '/submit', status: 200 },
    () => page.getByRole('button', { name: /提交审批/ }).click(),
    'submitting the claim',
  );
  await expectVisible(page.getByTestId('claim-status').getByText('审批中'), 'the claim in approval');
  await expectVisible(
    page.getByTestId('claim-history').getByText('提交审批'),
    'the submission in the history',
  );
}

/** Finds the claim under 全部报销 and approves the current step on the claim page. */
async function approveOnClaimPage(page, run, who, comment) {
  await page.goto(`${run.baseUrl}/finance/expense-claims?tab=all&status=submitted`);
  const row = tableRow(page, run.expenseClaimNumber);
  await row.waitFor({ timeout: 3 * STEP_TIMEOUT_MS }).catch(() => undefined);
  await expectVisible(row, `${run.expenseClaimNumber} among ${who}’s claims to see`);
  await row.getByRole('link', { name: run.expenseClaimNumber }).click();
  await expectUrl(page, (url) => url.href === run.expenseClaimUrl, 'the claim page');
  await expectVisible(
    page.getByTestId('claim-receipts').getByText(RECEIPT.name),
    'the receipt, for checking',
  );
  await page.getByRole('button', { name: /批\s*准/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('审批意见').fill(comment);
  await expectApiCall(
    page,
    { method: 'POST', path: '/approve', status: 200 },
    () => dialog.getByRole('button', { name: /批\s*准/ }).click(),
    `${who} approving`,
  );
}

async function generalManagerApproves(_page, run) {
  const page = await windowFor(run, GM);
  await approveOnClaimPage(page, run, 'the general manager', '同意，客户拜访必要支出');
  // The first of two steps: still in approval, now with finance.
  await expectVisible(page.getByTestId('claim-status').getByText('审批中'), 'still in approval, at finance');
  await expectVisible(
    page.getByTestId('claim-history').getByText('总经理批准'),
    'the GM’s approval recorded',
  );
}

async function financeApprovesAndPays(_page, run) {
  const page = await windowFor(run, FINANCE);
  await approveOnClaimPage(page, run, 'finance', '票据齐全');
  await expectVisible(page.getByTestId('claim-status').getByText('已批准'), 'the claim approved');
  await page.getByRole('button', { name: /付\s*款/ }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('银行流水号（可选）').fill('ICBC-BROWSER-0001');
  await expectApiCall(
    page,
    { method: 'POST', path: '/pay', status: 200 },
    () => dialog.getByRole('button', { name: /付\s*款/ }).click(),
    'paying the claim',
  );
  await expectVisible(page.getByTestId('claim-status').getByText('已付款'), 'the claim paid');
  await expectVisible(page.getByText('ICBC-BROWSER-0001'), 'the payment reference');
}

export const financeExpenseFlows = [
  ['finance-expenses: the admin creates a claimant, a general manager and a finance officer', createPeople],
  [
    'finance-expenses: an employee writes a claim, attaches the receipt and submits it',
    employeeWritesAndSubmits,
  ],
  ['finance-expenses: the general manager approves the first step', generalManagerApproves],
  ['finance-expenses: finance approves and pays the claim', financeApprovesAndPays],
];
