// 财务 · 经济合同: finance records a lease contract in the form, attaches the signed scan and submits it; the
// general manager approves it in the approvals inbox (over the API here); finance sees it active and finds it
// under "expiring within 30 days". The users are made here over the API, so the flow runs on its own
// (--only finance-contracts).
import { signedInFetch } from '../api.mjs';
import { expectApiCall, expectEqual, expectUrl, expectVisible } from '../expect.mjs';
import { chooseOption, chooseTreeOption, sidebarPages, signInWithForm, tableRow } from '../page.mjs';
import { ADMIN, CHROMIUM_CONTEXT, STEP_TIMEOUT_MS } from '../settings.mjs';

const FINANCE = {
  username: 'qian.hetong',
  displayName: '钱敏（合同管理）',
  password: 'Contract-finance-2026',
};
const GM = { username: 'sun.zongjingli', displayName: '孙总（总经理）', password: 'Contract-approver-2026' };
const TITLE = '广州分仓租赁合同';
const SCAN = { name: '租赁合同扫描件.pdf', mimeType: 'application/pdf' };

/** A date `days` from today in China, the day the API counts by. */
const chinaDay = (days) =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(
    new Date(Date.now() + days * 86_400_000),
  );

async function createPeople(_page, run) {
  const asAdmin = await signedInFetch(run.baseUrl, ADMIN);
  const units = await (await asAdmin('/api/v1/org-units?kind=department&limit=200')).json();
  const sales = units.data.find((unit) => unit.code === 'SALES');
  expectEqual(!!sales, true, 'the demo SALES department');
  run.contractUnitName = sales.name;
  for (const [user, role] of [
    [FINANCE, 'finance'],
    [GM, 'general-manager'],
  ]) {
    const created = await asAdmin('/api/v1/users', {
      method: 'POST',
      body: JSON.stringify({ ...user, roles: [{ role, orgUnitId: null }] }),
    });
    expectEqual(created.status, 201, `creating ${user.username} (${await created.clone().text()})`);
  }
}

async function pickDate(dialog, label, value) {
  const input = dialog.getByLabel(label);
  await input.click();
  await input.fill(value);
  await input.press('Enter');
}

async function financeRecordsAndSubmits(_page, run) {
  const context = await run.browser.newContext(CHROMIUM_CONTEXT);
  run.cleanups.push(() => context.close());
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  run.watch(page);
  run.contractsPage = page;
  await page.goto(`${run.baseUrl}/login`);
  await signInWithForm(page, FINANCE);
  await expectVisible(page.getByTestId('current-user').getByText(FINANCE.displayName), 'finance signed in');
  const pages = await sidebarPages(page, '财务');
  expectEqual(pages.includes('经济合同'), true, `经济合同 among ${pages}`);
  await page.getByRole('menu').first().getByText('经济合同', { exact: true }).click();
  await expectUrl(page, (url) => url.pathname === '/finance/contracts', 'be /finance/contracts');

  await page
    .getByRole('button', { name: /新建合同/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('合同名称').fill(TITLE);
  await chooseOption(page, dialog.getByRole('combobox', { name: '合同类型' }), '租赁合同');
  await dialog.getByLabel('合同相对方').fill('广州市白云物流园有限公司');
  await chooseTreeOption(page, page.locator('#contract-form_orgUnitId'), run.contractUnitName);
  await dialog.getByLabel('合同金额').fill('360000');
  await pickDate(dialog, '起始日期', chinaDay(-300));
  const endsOn = dialog.getByLabel('截止日期');
  await endsOn.click();
  await endsOn.fill(chinaDay(20));
  // Enter takes the date and submits the form, as a person finishing the form would.
  await expectApiCall(
    page,
    { method: 'POST', path: '/api/v1/contracts', status: 201 },
    () => endsOn.press('Enter'),
    'saving the contract with Enter',
  );
  await expectUrl(page, (url) => /\/finance\/contracts\/[0-9a-f-]{36}$/.test(url.pathname), 'the contract');
  run.contractUrl = page.url();
  run.contractNumber = (await page.getByTestId('contract-number').innerText()).replace('合同', '').trim();
  await expectVisible(page.getByTestId('contract-status').getByText('草稿'), 'a draft');
  await expectVisible(page.getByTestId('contract-amount').getByText('¥360,000.00'), 'the amount in yuan');

  await expectApiCall(
    page,
    { method: 'POST', path: '/attachments', status: 201 },
    () =>
      page
        .getByTestId('contract-files')
        .locator('input[type=file]')
        .setInputFiles({
          ...SCAN,
          buffer: Buffer.from('%PDF-1.4\n1 0 obj <<>> endobj\ntrailer <<>>\n%%EOF\n'),
        }),
    'uploading the signed scan',
  );
  await expectVisible(page.getByTestId('contract-files').getByText(SCAN.name), 'the scan listed');
  await page.getByRole('button', { name: /提交审批/ }).click();
  await expectApiCall(
    page,
    { method: 'POST', path: '/submit', status: 200 },
    () =>
      page
        .getByRole('tooltip')
        .getByRole('button', { name: /确\s*定|OK/ })
        .click(),
    'submitting the contract',
  );
  await expectVisible(page.getByTestId('contract-status').getByText('审批中'), 'the contract in approval');
}

async function generalManagerApprovesAndFinanceSeesItExpiring(_page, run) {
  const asGm = await signedInFetch(run.baseUrl, GM);
  const contracts = await (
    await asGm(`/api/v1/contracts?q=${encodeURIComponent(run.contractNumber)}`)
  ).json();
  const requestId = contracts.data[0]?.approvalRequestId;
  expectEqual(!!requestId, true, `${run.contractNumber} waits for an approval`);
  const decided = await asGm(`/api/v1/approval-requests/${requestId}/decisions`, {
    method: 'POST',
    body: JSON.stringify({ decision: 'approve' }),
  });
  expectEqual(decided.status < 300, true, `the general manager approves (${decided.status})`);

  const page = run.contractsPage;
  for (let attempt = 0; attempt < 20; attempt++) {
    await page.goto(run.contractUrl);
    const active = await page
      .getByTestId('contract-status')
      .getByText('履行中')
      .waitFor({ timeout: 1_000 })
      .then(() => true)
      .catch(() => false);
    if (active) break;
  }
  await expectVisible(page.getByTestId('contract-status').getByText('履行中'), 'the contract active');
  await expectVisible(page.getByTestId('contract-expiring'), 'the expiry warning');
  await expectVisible(
    page.getByTestId('contract-history').getByText('审批通过'),
    'the approval in the history',
  );

  await page.goto(`${run.baseUrl}/finance/contracts?expiring=30`);
  await expectVisible(
    tableRow(page, run.contractNumber),
    `${run.contractNumber} among those expiring within 30 days`,
  );
  await expectVisible(
    tableRow(page, run.contractNumber).getByTestId('days-left').getByText('剩 20 天'),
    '20 days left',
  );
}

export const financeContractFlows = [
  ['finance-contracts: the admin creates a finance officer and a general manager', createPeople],
  [
    'finance-contracts: finance records a contract, attaches the scan and submits it',
    financeRecordsAndSubmits,
  ],
  [
    'finance-contracts: the general manager approves; finance sees it active and expiring',
    generalManagerApprovesAndFinanceSeesItExpiring,
  ],
];
