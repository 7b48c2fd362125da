// 售后与回笼: the COD order the orders flow placed is allocated, shipped, delivered and its cash recorded by the
// 广州 city manager (over the API). A finance clerk builds the day's remittance batch for 广州 in the console,
// records a hand-in ¥5 short, confirms it with a reason (a discrepancy) and adds a follow-up note. Then the
// customer-service agent requests a return of one unit from the order page, and their lead approves it.
import fs from 'node:fs';
import path from 'node:path';
import { signedInFetch } from '../api.mjs';
import { expectApiCall, expectEqual, expectUrl, expectVisible } from '../expect.mjs';
import { chooseTreeOption, popconfirmOk, sidebarPages, signInWithForm, tableRow } from '../page.mjs';
import { ADMIN, CHROMIUM_CONTEXT, resultsDir, STEP_TIMEOUT_MS } from '../settings.mjs';

const CITY_MANAGER = {
  username: 'chen.gz',
  displayName: '陈刚（广州城市经理）',
  password: 'City-manager-2026',
};
const FINANCE = { username: 'zhou.caiwu', displayName: '周敏（财务）', password: 'Finance-clerk-2026' };
const LEAD = { username: 'wang.kefu', displayName: '王蕾（客服主管）', password: 'Service-lead-2026' };
const SHORT = 500;
const yuan = (fen) => `¥${(fen / 100).toFixed(2).replace(/\B(?=(\d{3})+(?!\d))/g, ',')}`;

async function createUser(asAdmin, user, role, orgUnitId) {
  const response = await asAdmin('/api/v1/users', {
    method: 'POST',
    body: JSON.stringify({ ...user, roles: [{ role, orgUnitId }] }),
  });
  expectEqual(response.status, 201, `creating ${user.username} (${await response.clone().text()})`);
  return response.json();
}

async function signInOwnPage(run, user) {
  const context = await run.browser.newContext(CHROMIUM_CONTEXT);
  run.cleanups.push(() => context.close());
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  run.watch(page);
  await page.goto(`${run.baseUrl}/login`);
  await signInWithForm(page, user);
  await expectVisible(
    page.getByTestId('current-user').getByText(user.displayName),
    `${user.username}'s name`,
  );
  return page;
}

async function deliverAndCollect(_page, run) {
  const asAdmin = await signedInFetch(run.baseUrl, ADMIN);
  const cities = await (await asAdmin('/api/v1/org-units?kind=city&limit=200')).json();
  const guangzhou = cities.data.find((unit) => unit.code === 'GD-GZ');
  expectEqual(Boolean(guangzhou), true, 'the demo city GD-GZ');
  const manager = await createUser(asAdmin, CITY_MANAGER, 'city-manager', guangzhou.id);
  await createUser(asAdmin, FINANCE, 'finance', null);
  await createUser(asAdmin, LEAD, 'customer-service-lead', null);

  const asManager = await signedInFetch(run.baseUrl, CITY_MANAGER);
  const order = run.salesOrder;
  const steps = [
    ['allocate', {}, 200],
    ['ship', { carrier: '顺丰速运', trackingNumber: 'SF0000000001', courierUserId: manager.id }, 200],
    ['deliver', {}, 200],
    ['cod-collection', { amount: order.total }, 201],
  ];
  for (const [step, body, status] of steps) {
    const response = await asManager(`/api/v1/orders/${order.id}/${step}`, {
      method: 'POST',
      body: JSON.stringify(body),
    });
    expectEqual(response.status, status, `${step} ${order.number} (${await response.clone().text()})`);
  }
}

async function financeBuildsBatch(_page, run) {
  const page = await signInOwnPage(run, FINANCE);
  run.financePage = page;
  const pages = await sidebarPages(page, '财务');
  expectEqual(pages.includes('货到付款回笼'), true, `货到付款回笼 among ${pages}`);
  await page.getByRole('menu').first().getByRole('link', { name: '货到付款回笼' }).click();
  await expectUrl(page, (url) => url.pathname === '/finance/cod-remittances', 'be the remittance list');
  await page.getByRole('button', { name: '新建回笼批次' }).first().click();
  const dialog = page.getByRole('dialog');
  await chooseTreeOption(page, page.locator('#create-remittance_cityId'), '广州市');
  const response = await expectApiCall(
    page,
    { method: 'POST', path: '/api/v1/cod-remittances', status: 201 },
    () => dialog.getByRole('button', { name: '生成批次' }).click(),
    'building the day’s batch for 广州',
  );
  run.remittance = await response.json();
  await expectUrl(
    page,
    (url) => url.pathname === `/finance/cod-remittances/${run.remittance.id}`,
    'open the new batch',
  );
  await expectVisible(page.getByTestId('remittance-status').getByText('待交款'), 'the status 待交款');
  await expectVisible(
    page.getByTestId('remittance-lines').getByText(run.salesOrder.number),
    'the delivered COD order in the batch',
  );
  await expectVisible(
    page.getByTestId('remittance-expected').getByText(yuan(run.salesOrder.total)),
    'the cash expected: the order’s total',
  );
}

async function shortHandInBecomesDiscrepancy(_page, run) {
  const page = run.financePage;
  const handedIn = run.salesOrder.total - SHORT;
  await page.getByRole('button', { name: '登记交款' }).click();
  const handIn = page.getByRole('dialog').filter({ hasText: '登记交款：' });
  await handIn.locator('#hand-in_amount').fill((handedIn / 100).toFixed(2));
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/hand-in')),
    expectApiCall(
      page,
      { method: 'POST', path: '/hand-in', status: 200 },
      () => handIn.getByRole('button', { name: '登记交款' }).click(),
      'recording the cash handed in',
    ),
  ]);
  expectEqual(JSON.parse(request.postData() ?? '{}').amount, handedIn, 'the amount sent in 分');
  await expectVisible(page.getByTestId('remittance-status').getByText('已交款'), 'the status 已交款');

  await page.getByRole('button', { name: '财务确认' }).click();
  const confirm = page.getByRole('dialog').filter({ hasText: '财务确认：' });
  await expectVisible(confirm.getByText(`差额 -${yuan(SHORT)}`, { exact: false }), 'the difference');
  await confirm.locator('#confirm-remittance_reason').fill('配送员少交 5 元');
  await expectApiCall(
    page,
    { method: 'POST', path: '/confirm', status: 200 },
    () => confirm.getByRole('button', { name: '财务确认' }).click(),
    'confirming with a reason',
  );
  await expectVisible(page.getByTestId('remittance-status').getByText('有差异'), 'the status 有差异');
  const discrepancy = page.getByTestId('remittance-discrepancy');
  await expectVisible(discrepancy.getByText('配送员少交 5 元'), 'the reason in the discrepancy');
  await discrepancy.getByLabel('跟进内容').fill('已电话联系配送员，明天补交');
  await expectApiCall(
    page,
    { method: 'POST', path: '/discrepancy/notes', status: 200 },
    () => discrepancy.getByRole('button', { name: '添加跟进' }).click(),
    'adding a follow-up note',
  );
  await expectVisible(
    discrepancy.getByTestId('discrepancy-follow-ups').getByText('已电话联系配送员，明天补交'),
    'the follow-up note',
  );

  await page.getByRole('link', { name: '返回回笼列表' }).click();
  await page.getByRole('combobox', { name: '状态' }).click();
  await page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: '有差异' })
    .click();
  await expectUrl(page, (url) => url.searchParams.get('status') === 'discrepancy', 'hold the status filter');
  await expectVisible(tableRow(page, run.remittance.number), 'the batch among the discrepancies');
}

async function agentRequestsReturn(_page, run) {
  const page = run.agentPage;
  await page.goto(`${run.baseUrl}/orders/sales-orders/${run.salesOrder.id}`);
  await expectVisible(page.getByTestId('order-status').getByText('已送达'), 'the order delivered');
  await page.getByRole('button', { name: '申请售后' }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel('DEMO-HOLDER-CAR 退回数量').fill('1');
  await dialog.getByLabel('原因').fill('七天无理由');
  const response = await expectApiCall(
    page,
    { method: 'POST', path: '/api/v1/returns', status: 201 },
    () => dialog.getByRole('button', { name: '提交申请' }).click(),
    'requesting the return',
  );
  run.returnRequest = await response.json();
  await expectUrl(
    page,
    (url) => url.pathname === `/orders/returns/${run.returnRequest.id}`,
    'open the new return',
  );
  await expectVisible(page.getByTestId('return-status').getByText('待审核'), 'the status 待审核');
  await expectVisible(
    page.getByTestId('return-lines').getByText('DEMO-HOLDER-CAR', { exact: false }),
    'the SKU returned',
  );
  expectEqual(await page.getByTestId('return-actions').count(), 0, 'no approval for the agent');
}

async function leadApprovesReturn(_page, run) {
  const page = await signInOwnPage(run, LEAD);
  const pages = await sidebarPages(page, '订单与会员');
  expectEqual(pages.includes('售后与退货'), true, `售后与退货 among ${pages}`);
  await page.getByRole('menu').first().getByRole('link', { name: '售后与退货' }).click();
  await expectUrl(page, (url) => url.pathname === '/orders/returns', 'be the returns list');
  await tableRow(page, run.returnRequest.number)
    .getByRole('link', { name: run.returnRequest.number })
    .click();
  await page
    .getByTestId('return-actions')
    .getByRole('button', { name: /同\s*意/ })
    .click();
  await expectApiCall(
    page,
    { method: 'POST', path: '/approve', status: 200 },
    () => popconfirmOk(page).click(),
    'approving the return',
  );
  await expectVisible(page.getByTestId('return-status').getByText('已同意'), 'the status 已同意');
}

const withScreenshot = (flow) => async (page, run) => {
  try {
    await flow(page, run);
  } catch (error) {
    fs.mkdirSync(resultsDir, { recursive: true });
    for (const [name, shown] of [
      ['finance', run.financePage],
      ['agent', run.agentPage],
    ]) {
      await shown
        ?.screenshot({ path: path.join(resultsDir, `after-sales-${name}-failure.png`), fullPage: true })
        .catch(() => undefined);
    }
    throw error;
  }
};

export const afterSalesFlows = [
  ['after-sales: the COD order is delivered and its cash recorded (API)', deliverAndCollect],
  ['after-sales: a finance clerk builds 广州’s remittance batch for today', financeBuildsBatch],
  [
    'after-sales: a short hand-in, confirmed with a reason, is a discrepancy with a follow-up',
    shortHandInBecomesDiscrepancy,
  ],
  ['after-sales: the agent requests a return from the delivered order', agentRequestsReturn],
  ['after-sales: the customer-service lead approves it', leadApprovesReturn],
].map(([name, flow]) => [name, withScreenshot(flow)]);
