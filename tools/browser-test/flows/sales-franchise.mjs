// 加盟商 and 费比控制: a sales manager moves a franchise lead to talks on the pipeline board, opens the partner to
// see the move in its history, then opens the month's expense control with every territory's budget use.
import { signedInFetch } from '../api.mjs';
import { expectEqual, expectUrl, expectVisible } from '../expect.mjs';
import { sidebarPages, signInWithForm } from '../page.mjs';
import { ADMIN, CHROMIUM_CONTEXT, STEP_TIMEOUT_MS } from '../settings.mjs';

const SALES_MANAGER = {
  username: 'he.jiameng',
  displayName: '何军（销售经理·加盟）',
  password: 'Franchise-pipeline-2026',
};
const PARTNER = '浏览器测试·佛山优品连锁';

async function salesManagerMovesALead(_page, run) {
  const asAdmin = await signedInFetch(run.baseUrl, ADMIN);
  const created = await asAdmin('/api/v1/users', {
    method: 'POST',
    body: JSON.stringify({ ...SALES_MANAGER, roles: [{ role: 'sales-manager', orgUnitId: null }] }),
  });
  expectEqual(created.status, 201, `creating ${SALES_MANAGER.username} (${await created.clone().text()})`);
  const asManager = await signedInFetch(run.baseUrl, SALES_MANAGER);
  const cities = await (await asManager('/api/v1/sales-territories')).json();
  const city = cities.data.find((unit) => unit.kind === 'city');
  expectEqual(Boolean(city), true, 'a sales city');
  const lead = await asManager('/api/v1/franchise-partners', {
    method: 'POST',
    body: JSON.stringify({
      name: PARTNER,
      kind: 'enterprise',
      orgUnitId: city.id,
      contacts: [{ name: '赵总', phone: '13600136000' }],
    }),
  });
  expectEqual(lead.status, 201, `adding the lead (${await lead.clone().text()})`);

  const context = await run.browser.newContext(CHROMIUM_CONTEXT);
  run.cleanups.push(() => context.close());
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  run.watch(page);
  await page.goto(`${run.baseUrl}/login`);
  await signInWithForm(page, SALES_MANAGER);
  await expectVisible(
    page.getByTestId('current-user').getByText(SALES_MANAGER.displayName),
    'the sales manager signed in',
  );

  const pages = await sidebarPages(page, '销售');
  expectEqual(
    pages.includes('加盟商') && pages.includes('费比控制'),
    true,
    `加盟商, 费比控制 among ${pages}`,
  );
  await page.getByRole('menu').first().getByText('加盟商', { exact: true }).click();
  await expectUrl(
    page,
    (url) => url.pathname === '/sales/franchise-partners',
    'be /sales/franchise-partners',
  );

  const leads = page.getByTestId('franchise-column-lead');
  await expectVisible(leads.getByText(PARTNER), 'the lead in the lead column');
  await leads.getByRole('button', { name: `将 ${PARTNER} 移到洽谈` }).click();
  await expectVisible(page.getByTestId('franchise-column-talks').getByText(PARTNER), 'the partner in talks');

  await page.getByTestId('franchise-column-talks').getByRole('link', { name: PARTNER }).click();
  await expectUrl(
    page,
    (url) => /^\/sales\/franchise-partners\/[0-9a-f-]{36}$/.test(url.pathname),
    'the partner',
  );
  await expectVisible(
    page.getByTestId('franchise-history').getByText('线索 → 洽谈'),
    'the move in the history',
  );

  await page.getByRole('menu').first().getByText('费比控制', { exact: true }).click();
  await expectUrl(page, (url) => url.pathname === '/sales/expense-control', 'be /sales/expense-control');
  const table = page.getByTestId('expense-control-table');
  await expectVisible(table.getByText(city.name).first(), 'the territories with their budgets');
  await expectVisible(table.getByText(/¥[\d,]+\.\d\d/).first(), 'figures in yuan');
}

export const salesFranchiseFlows = [
  [
    'sales-franchise: a sales manager moves a lead to talks and opens expense control',
    salesManagerMovesALead,
  ],
];
