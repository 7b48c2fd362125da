// 财务 · 总账: a finance officer writes a manual voucher (cash drawn from the bank), which the form lets through
// only once debits equal credits, posts it, and opens this month's trial balance, whose debit and credit totals
// must be equal. The officer is made here over the API, so the flow runs on its own (--only finance-ledger).
import { signedInFetch } from '../api.mjs';
import { expectApiCall, expectEqual, expectGone, expectUrl, expectVisible } from '../expect.mjs';
import { sidebarPages, signInWithForm } from '../page.mjs';
import { ADMIN, CHROMIUM_CONTEXT, STEP_TIMEOUT_MS } from '../settings.mjs';

const ACCOUNTANT = {
  username: 'qian.kuaiji',
  displayName: '钱会计（总账）',
  password: 'Ledger-accountant-2026',
};
const DESCRIPTION = '从基本户提取备用金';

/**
 * Picks an option until the select shows it, then waits for its dropdown to close. A click that lands while
 * the dropdown is still animating in can be lost, and a closing dropdown still lists every option: the next
 * select's pick would otherwise land in it.
 */
async function pick(page, scope, name, text) {
  const combobox = scope.getByRole('combobox', { name });
  // `has` takes a locator from the page's root: the select is found within `scope` by its combobox's name.
  const select = scope
    .locator('.ant-select')
    .filter({ has: page.getByRole('combobox', { name }) })
    .first();
  const dropdown = page.locator('.ant-select-dropdown:visible');
  for (let attempt = 1; ; attempt++) {
    if ((await dropdown.count()) === 0) await combobox.click();
    const option = dropdown.locator('.ant-select-item-option').filter({ hasText: text }).first();
    await expectVisible(option, `the option ${text}`);
    await option.click();
    // The dropdown lives in a portal: the select's own text is the chosen value only.
    const shown = await expectVisible(select.filter({ hasText: text }), `${text} chosen`)
      .then(() => true)
      .catch(() => false);
    if (shown) break;
    if (attempt === 3) throw new Error(`Expected ${text} to be chosen after three picks`);
  }
  await expectGone(dropdown, `the dropdown of ${text} closed`);
}

/** This month in China (YYYY-MM), the period the API books today's entries in. */
const chinaMonth = () =>
  new Intl.DateTimeFormat('en-CA', { timeZone: 'Asia/Shanghai' }).format(new Date()).slice(0, 7);

async function createAccountant(_page, run) {
  const asAdmin = await signedInFetch(run.baseUrl, ADMIN);
  const created = await asAdmin('/api/v1/users', {
    method: 'POST',
    body: JSON.stringify({ ...ACCOUNTANT, roles: [{ role: 'finance', orgUnitId: null }] }),
  });
  expectEqual(created.status, 201, `creating ${ACCOUNTANT.username} (${await created.clone().text()})`);
}

async function accountantWindow(run) {
  if (run.ledgerPage) return run.ledgerPage;
  const context = await run.browser.newContext(CHROMIUM_CONTEXT);
  run.cleanups.push(() => context.close());
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  run.watch(page);
  await page.goto(`${run.baseUrl}/login`);
  await signInWithForm(page, ACCOUNTANT);
  await expectVisible(
    page.getByTestId('current-user').getByText(ACCOUNTANT.displayName),
    `${ACCOUNTANT.displayName} signed in`,
  );
  run.ledgerPage = page;
  return page;
}

async function postsManualEntry(_page, run) {
  const page = await accountantWindow(run);
  const pages = await sidebarPages(page, '财务');
  for (const name of ['记账凭证', '会计科目', '会计期间', '财务报表', '固定资产'])
    expectEqual(pages.includes(name), true, `${name} among ${pages}`);
  // The menu's entries are checked above; a click while the submenu is still opening can be lost.
  await page.goto(`${run.baseUrl}/finance/ledger/entries`);
  await expectUrl(page, (url) => url.pathname === '/finance/ledger/entries', 'the journal entries');
  await page
    .getByRole('button', { name: /录入凭证/ })
    .first()
    .click();
  await expectUrl(page, (url) => url.pathname === '/finance/ledger/entries/new', 'the entry form');

  await page.getByLabel('摘要').fill(DESCRIPTION);
  await pick(page, page, '科目 1', '1001 库存现金');
  await page.getByLabel('借方 1').fill('500');
  await pick(page, page, '科目 2', '1002 银行存款');
  await page.getByLabel('贷方 2').fill('499.99');
  const saveAndPost = page.getByRole('button', { name: /保存并过账/ });
  await expectVisible(page.getByTestId('entry-form-balance').getByText(/¥0\.01/), 'the difference of 1 分');
  expectEqual(await saveAndPost.isDisabled(), true, 'saving an unbalanced entry is off');

  await page.getByLabel('贷方 2').fill('500');
  await expectVisible(page.getByTestId('entry-form-balance').getByText('借贷平衡'), 'the entry balanced');
  await expectApiCall(
    page,
    { method: 'POST', path: '/post', status: 200 },
    () => saveAndPost.click(),
    'saving and posting the entry',
  );
  await expectUrl(
    page,
    (url) => /\/finance\/ledger\/entries\/[0-9a-f-]{36}$/.test(url.pathname),
    'the entry',
  );
  await expectVisible(page.getByTestId('entry-status').getByText('已过账'), 'the entry posted');
  await expectVisible(page.getByTestId('entry-debit-total').getByText('¥500.00'), 'the debit total');
  await expectVisible(page.getByTestId('entry-credit-total').getByText('¥500.00'), 'the credit total');
}

async function trialBalanceBalances(_page, run) {
  const page = await accountantWindow(run);
  await page.goto(`${run.baseUrl}/finance/reports`);
  await expectUrl(page, (url) => url.pathname === '/finance/reports', 'the reports');
  await expectVisible(page.getByTestId('trial-balance-table'), 'the trial balance');
  const asked = new URL(page.url()).searchParams.get('period') ?? chinaMonth();
  expectEqual(asked, chinaMonth(), 'the current period');
  await expectVisible(page.getByTestId('trial-balance-status').getByText('借贷平衡'), 'balanced');
  for (const [debit, credit] of [
    ['openingDebit', 'openingCredit'],
    ['debit', 'credit'],
    ['closingDebit', 'closingCredit'],
  ]) {
    const d = await page.getByTestId(`trial-balance-total-${debit}`).innerText();
    const c = await page.getByTestId(`trial-balance-total-${credit}`).innerText();
    expectEqual(d, c, `the ${debit} total equal to the ${credit} total`);
  }
  const debits = await page.getByTestId('trial-balance-total-debit').innerText();
  expectEqual(debits !== '¥0.00', true, `this month's debits (${debits}) include the posted entry`);

  const [download] = await Promise.all([
    page.waitForEvent('download', { timeout: STEP_TIMEOUT_MS }),
    page.getByRole('button', { name: /下载 Excel/ }).click(),
  ]);
  expectEqual(download.suggestedFilename(), `trial-balance-${asked}.xlsx`, 'the workbook downloaded');
}

async function registersFixedAsset(_page, run) {
  const page = await accountantWindow(run);
  await page.goto(`${run.baseUrl}/finance/fixed-assets`);
  await expectUrl(page, (url) => url.pathname === '/finance/fixed-assets', 'the asset register');
  await page
    .getByRole('button', { name: /登记资产/ })
    .first()
    .click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('名称').fill('联想 ThinkPad X1（浏览器测试）');
  await pick(page, dialog, '类别', '电子设备');
  await dialog.getByLabel('原值').fill('12,000');
  await dialog.getByLabel('预计净残值').fill('480');
  // Finance reads no personnel files: the register's own custodian search finds the demo employees.
  await pick(page, dialog, '保管人', '演示');
  await dialog.getByLabel('存放地点').fill('上海总部 3F');
  await expectApiCall(
    page,
    { method: 'POST', path: '/api/v1/fixed-assets', status: 201 },
    () => dialog.getByRole('button', { name: /登\s?记/ }).click(),
    'registering the asset',
  );
  await expectUrl(
    page,
    (url) => /\/finance\/fixed-assets\/[0-9a-f-]{36}$/.test(url.pathname),
    'the asset card',
  );
  await expectVisible(page.getByTestId('asset-nbv').getByText('¥12,000.00'), 'the net book value at cost');
  await expectVisible(page.getByTestId('asset-custodian').getByText(/演示/), 'the custodian by name');
}

export const financeLedgerFlows = [
  ['finance-ledger: the admin creates a finance officer', createAccountant],
  ['finance-ledger: the officer writes a balanced manual entry and posts it', postsManualEntry],
  ['finance-ledger: this month’s trial balance has equal debit and credit totals', trialBalanceBalances],
  ['finance-ledger: the officer registers a fixed asset with its custodian', registersFixedAsset],
];
