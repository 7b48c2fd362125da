// 订单: a customer-service agent (created by the admin over the API) takes a phone order: finds a demo customer
// in 广州 (served by the 广州白云仓 warehouse) by name, keeps their default address, adds a demo SKU in stock,
// sees its availability and the catalog's quote, places it cash on delivery and lands on the new order, 已确认
// with its SO- number. Replaying the request with the same Idempotency-Key returns that order, not a second.
import fs from 'node:fs';
import path from 'node:path';
import { signedInFetch } from '../api.mjs';
import { expectApiCall, expectEqual, expectUrl, expectVisible } from '../expect.mjs';
import { chooseOption, sidebarPages, signInWithForm, tableRow } from '../page.mjs';
import { ADMIN, CHROMIUM_CONTEXT, resultsDir, STEP_TIMEOUT_MS } from '../settings.mjs';

const AGENT = { username: 'li.kefu', displayName: '李晓（客服）', password: 'Customer-service-2026' };
const DEMO = {
  // 王芳: 13900000002, default address 广州市越秀区 (GD-GZ territory, warehouse GZ-01).
  customer: '王芳',
  street: '北京路 22 号',
  product: '演示款 车载手机支架',
  sku: 'DEMO-HOLDER-CAR',
  unitPrice: 3900,
};
const QUANTITY = 2;
const yuan = (fen) => `¥${(fen / 100).toFixed(2)}`;

async function agentSignsIn(_page, run) {
  const asAdmin = await signedInFetch(run.baseUrl, ADMIN);
  const created = await asAdmin('/api/v1/users', {
    method: 'POST',
    body: JSON.stringify({ ...AGENT, roles: [{ role: 'customer-service-agent', orgUnitId: null }] }),
  });
  expectEqual(created.status, 201, `creating the customer-service agent (${await created.clone().text()})`);

  const context = await run.browser.newContext(CHROMIUM_CONTEXT);
  run.cleanups.push(() => context.close());
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  run.watch(page);
  run.agentPage = page;
  await page.goto(`${run.baseUrl}/login`);
  await signInWithForm(page, AGENT);
  await expectVisible(page.getByTestId('current-user').getByText(AGENT.displayName), 'their name');
  const pages = await sidebarPages(page, '订单与会员');
  expectEqual(pages.includes('订单'), true, `订单 among ${pages}`);
}

async function openNewOrder(_page, run) {
  const page = run.agentPage;
  await page.getByRole('menu').first().getByRole('link', { name: '订单', exact: true }).click();
  await expectUrl(page, (url) => url.pathname === '/orders/sales-orders', 'be the order list');
  await page.getByRole('button', { name: '新建订单' }).first().click();
  await expectUrl(page, (url) => url.pathname === '/orders/sales-orders/new', 'be the phone-order page');
  const customer = page.locator('#phone-order-customer');
  await expectVisible(customer, 'the customer search');
  expectEqual(
    await customer.evaluate((input) => input === document.activeElement),
    true,
    'the customer search focused',
  );
}

async function findCustomer(_page, run) {
  const page = run.agentPage;
  const customer = page.locator('#phone-order-customer');
  await expectApiCall(
    page,
    { method: 'GET', path: '/api/v1/customers?', status: 200 },
    () => customer.fill(DEMO.customer),
    'searching customers by name',
  );
  await chooseOption(page, customer, DEMO.customer);
  const card = page.getByTestId('phone-order-customer-card');
  await expectVisible(card.getByText(DEMO.street, { exact: false }), 'the customer’s saved address');
  expectEqual(
    await card.getByRole('radio', { checked: true }).count(),
    1,
    'the default address chosen by itself',
  );
}

async function addSku(_page, run) {
  const page = run.agentPage;
  const product = page.locator('#phone-order-line-0-sku');
  await product.click();
  await product.fill(DEMO.product);
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: DEMO.product });
  await expectVisible(option, `the product ${DEMO.product} in the picker`);
  await option.first().click();
  await expectVisible(
    page.getByTestId('order-line-0').getByTestId('sku-select').getByText(DEMO.sku),
    'the product’s only SKU chosen by itself',
  );
  const stock = page.getByTestId('line-stock-0');
  await expectVisible(
    stock.getByText('广州白云仓', { exact: false }),
    'the availability at the Guangzhou warehouse',
  );
  const available = Number(/可用 (\d+)/.exec(await stock.innerText())?.[1] ?? 'NaN');
  expectEqual(available >= QUANTITY, true, `enough stock to promise (${await stock.innerText()})`);

  await expectApiCall(
    page,
    { method: 'POST', path: '/api/v1/price-quotes', status: 200 },
    () => page.locator('#phone-order-line-0-quantity').fill(String(QUANTITY)),
    'quoting the cart for the new quantity',
  );
  const quote = page.getByTestId('phone-order-quote');
  await expectVisible(
    quote.getByTestId('quote-list-total').getByText(yuan(DEMO.unitPrice * QUANTITY)),
    'the quote’s list total',
  );
  run.quotedTotal = await quote.getByTestId('quote-total').innerText();
}

async function placeOrder(_page, run) {
  const page = run.agentPage;
  await page.getByRole('radio', { name: '货到付款' }).check();
  const [request, response] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/v1/orders')),
    expectApiCall(
      page,
      { method: 'POST', path: '/api/v1/orders', status: 201 },
      () => page.getByRole('button', { name: '提交订单' }).click(),
      'placing the order',
    ),
  ]);
  run.idempotencyKey = request.headers()['idempotency-key'];
  expectEqual(
    typeof run.idempotencyKey === 'string' && run.idempotencyKey.length > 0,
    true,
    'an Idempotency-Key',
  );
  run.orderBody = request.postData();
  const sent = JSON.parse(run.orderBody ?? '{}');
  expectEqual(sent.paymentMethod, 'cod', 'cash on delivery sent');
  expectEqual(sent.lines.length, 1, 'one line sent');
  expectEqual(sent.lines[0].quantity, QUANTITY, 'the quantity sent');
  expectEqual('unitPrice' in sent.lines[0], false, 'no price sent (the API quotes it)');
  run.salesOrder = await response.json();
  await expectUrl(
    page,
    (url) => url.pathname === `/orders/sales-orders/${run.salesOrder.id}`,
    'open the new order',
  );
  expectEqual(/^SO-/.test(run.salesOrder.number), true, `an SO- number (${run.salesOrder.number})`);
  await expectVisible(page.getByTestId('order-number').getByText(run.salesOrder.number), 'the order number');
  await expectVisible(page.getByTestId('order-status').getByText('已确认'), 'the status 已确认');
  await expectVisible(
    page.getByTestId('order-total').getByText(run.quotedTotal),
    'the total that was quoted',
  );
  await expectVisible(page.getByTestId('order-timeline').getByText('下单'), 'the timeline’s first entry');
}

async function retryIsSameOrder(_page, run) {
  const asAgent = await signedInFetch(run.baseUrl, AGENT);
  const replay = await asAgent('/api/v1/orders', {
    method: 'POST',
    headers: { 'Idempotency-Key': run.idempotencyKey },
    body: run.orderBody,
  });
  expectEqual(replay.status, 201, `replaying the order (${await replay.clone().text()})`);
  expectEqual((await replay.json()).id, run.salesOrder.id, 'the replay answering the same order');

  const page = run.agentPage;
  await page.getByRole('link', { name: '返回订单列表' }).click();
  const search = page.getByLabel('订单号或收货人手机号');
  await search.fill(run.salesOrder.number);
  await search.press('Enter');
  await expectUrl(page, (url) => url.searchParams.get('q') === run.salesOrder.number, 'hold the search');
  await expectVisible(tableRow(page, run.salesOrder.number), 'the order in the list');
  expectEqual(await page.locator('.ant-table-tbody tr.ant-table-row').count(), 1, 'one order, not two');
}

const onAgentPage = (flow) => async (page, run) => {
  try {
    await flow(page, run);
  } catch (error) {
    fs.mkdirSync(resultsDir, { recursive: true });
    await run.agentPage
      ?.screenshot({ path: path.join(resultsDir, 'orders-failure.png'), fullPage: true })
      .catch(() => undefined);
    throw error;
  }
};

export const orderFlows = [
  ['orders: a customer-service agent signs in and sees 订单', agentSignsIn],
  ['orders: open 新建订单 from the order list (customer search focused)', openNewOrder],
  ['orders: find a demo customer in 广州 by name, default address chosen', findCustomer],
  ['orders: add a demo SKU in stock, see availability and the quote', addSku],
  ['orders: place it cash on delivery and land on the order, 已确认', placeOrder],
  ['orders: a replay with the same Idempotency-Key is the same order', retryIsSameOrder],
].map(([name, flow]) => [name, onAgentPage(flow)]);
