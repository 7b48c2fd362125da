// 网站交易对账: a finance clerk (created by the admin over the API) opens 交易对账 from the sidebar, uploads a
// small provider statement whose lines name orders we never had, lands on the statement's day and sees them in
// the unmatched list; closing the day is refused while they are unexplained, and allowed once each has a reason.
import fs from 'node:fs';
import path from 'node:path';
import { signedInFetch } from '../api.mjs';
import { expectApiCall, expectEqual, expectUrl, expectVisible } from '../expect.mjs';
import { popconfirmOk, sidebarPages, signInWithForm } from '../page.mjs';
import { ADMIN, CHROMIUM_CONTEXT, resultsDir, STEP_TIMEOUT_MS } from '../settings.mjs';

const FINANCE = {
  username: 'he.duizhang',
  displayName: '何静（对账）',
  password: 'Reconciliation-clerk-2026',
};

/** A day well before today (Beijing time): nobody has closed it, and no demo order was paid on it. */
function statementDay(now = new Date()) {
  return new Date(now.getTime() + 8 * 3600_000 - 40 * 86_400_000).toISOString().slice(0, 10);
}

async function adminCreatesFinanceClerk(_page, run) {
  const asAdmin = await signedInFetch(run.baseUrl, ADMIN);
  const created = await asAdmin('/api/v1/users', {
    method: 'POST',
    body: JSON.stringify({ ...FINANCE, roles: [{ role: 'finance', orgUnitId: null }] }),
  });
  expectEqual(created.status, 201, `creating the finance clerk (${await created.clone().text()})`);
}

async function financeUploadsStatement(_page, run) {
  const context = await run.browser.newContext(CHROMIUM_CONTEXT);
  run.cleanups.push(() => context.close());
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  run.watch(page);
  run.financePage = page;
  await page.goto(`${run.baseUrl}/login`);
  await signInWithForm(page, FINANCE);
  await expectUrl(page, (url) => url.pathname !== '/login', 'leave the sign-in page');
  const pages = await sidebarPages(page, '财务');
  expectEqual(pages.includes('交易对账'), true, `交易对账 among ${pages}`);
  await page
    .getByRole('menu')
    .first()
    .getByRole('link', { name: '交易对账', exact: true })
    .evaluate((link) => link.getAttribute('href'))
    .then((href) => expectEqual(href, '/finance/reconciliation', 'the sidebar link'));
  await page.goto(`${run.baseUrl}/finance/reconciliation`);
  await expectVisible(page.getByTestId('website-day-summary'), 'the day summary');

  const day = statementDay();
  const csv = [
    'transaction_ref,order_ref,amount,fee,settled_at',
    `BT-${day}-1,SO-BROWSER-TEST-1,128.00,0.77,${day} 10:15:00`,
    `BT-${day}-2,SO-BROWSER-TEST-2,56.50,0.34,${day} 11:40:00`,
  ].join('\n');
  await expectApiCall(
    page,
    { method: 'POST', path: '/api/v1/website-reconciliation/statements', status: 200 },
    () =>
      page
        .getByTestId('statement-import')
        .locator('input[type=file]')
        .setInputFiles({
          name: 'statement.csv',
          mimeType: 'text/csv',
          buffer: Buffer.from(`\uFEFF${csv}\n`),
        }),
    'the statement upload',
  );
  await expectVisible(
    page.getByText(/导入 2 笔（重复 0 笔），匹配 0，金额不符 0，未匹配 2/),
    'the import report',
  );
  await expectUrl(page, (url) => url.searchParams.get('day') === day, 'move to the statement’s day');
  const lines = page.getByTestId('statement-lines');
  for (const ref of ['SO-BROWSER-TEST-1', 'SO-BROWSER-TEST-2'])
    await expectVisible(lines.locator('.ant-table-row').filter({ hasText: ref }), `${ref} among the lines`);
  await expectVisible(lines.getByText('未匹配').first(), 'the lines shown unmatched');
}

async function financeClosesTheDay(_page, run) {
  const page = run.financePage;
  const day = statementDay();
  const close = () =>
    page
      .getByTestId('website-day-summary')
      .getByRole('button', { name: /日\s*结/ })
      .click();
  await close();
  await expectApiCall(
    page,
    { method: 'POST', path: `/api/v1/website-reconciliation/days/${day}/close`, status: 422 },
    () => popconfirmOk(page).click(),
    'closing with open items',
  );
  await expectVisible(
    page.getByTestId('close-day-refusal').getByText(/还有 2 笔/),
    'the refusal naming the count',
  );
  const lines = page.getByTestId('statement-lines');
  for (const ref of ['SO-BROWSER-TEST-1', 'SO-BROWSER-TEST-2']) {
    await lines
      .locator('.ant-table-row')
      .filter({ hasText: ref })
      .getByRole('button', { name: /说\s*明/ })
      .click();
    const dialog = page.getByRole('dialog');
    await dialog.getByLabel('原因').fill('测试订单，平台已冲正');
    await expectApiCall(
      page,
      { method: 'POST', path: '/explain', status: 200 },
      () => dialog.getByRole('button', { name: /保\s*存/ }).click(),
      `explaining ${ref}`,
    );
  }
  await close();
  await expectApiCall(
    page,
    { method: 'POST', path: `/api/v1/website-reconciliation/days/${day}/close`, status: 200 },
    () => popconfirmOk(page).click(),
    'closing the day',
  );
  await expectVisible(page.getByTestId('website-day-summary').getByText('已日结'), 'the day shown closed');
}

const withScreenshot = (flow) => async (page, run) => {
  try {
    await flow(page, run);
  } catch (error) {
    fs.mkdirSync(resultsDir, { recursive: true });
    await run.financePage
      ?.screenshot({ path: path.join(resultsDir, 'finance-reconciliation-failure.png'), fullPage: true })
      .catch(() => undefined);
    throw error;
  }
};

export const financeReconciliationFlows = [
  ['finance-reconciliation: the admin creates a finance clerk (API)', adminCreatesFinanceClerk],
  [
    'finance-reconciliation: finance uploads a statement and sees the unmatched lines',
    financeUploadsStatement,
  ],
  ['finance-reconciliation: closing is refused until every line is explained', financeClosesTheDay],
].map(([name, flow]) => [name, withScreenshot(flow)]);
