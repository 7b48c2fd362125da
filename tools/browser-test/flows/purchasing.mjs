// 库存与采购: a product manager (created by the admin over the API) notes the stock of a demo SKU in a warehouse,
// drafts a purchase order below the approval threshold for it, submits and sends it, receives it in full
// through the receipt form, and sees the order 已收货, the stock risen by what arrived, and the receipt in the
// SKU's movement history.
import fs from 'node:fs';
import path from 'node:path';
import { signedInFetch } from '../api.mjs';
import { expectApiCall, expectEqual, expectUrl, expectVisible } from '../expect.mjs';
import { chooseOption, drawer, popconfirmOk, sidebarPages, signInWithForm, tableRow } from '../page.mjs';
import { ADMIN, CHROMIUM_CONTEXT, resultsDir, STEP_TIMEOUT_MS } from '../settings.mjs';

const BUYER = { username: 'zhao.min', displayName: '赵敏（采购）', password: 'Purchasing-manager-2026' };
const DEMO = {
  product: '演示款 车载手机支架',
  sku: 'DEMO-HOLDER-CAR',
  warehouse: 'GZ-01',
  supplier: '演示 东莞华芯配件厂',
};
const ORDERED = 20;

/** Finds a product in a SKU picker by typing part of its name; a one-SKU product's SKU is then chosen. */
async function chooseProduct(page, combobox, name) {
  await combobox.click();
  await combobox.fill(name);
  const option = page
    .locator('.ant-select-dropdown:visible .ant-select-item-option')
    .filter({ hasText: name });
  await expectVisible(option, `the product ${name} in the picker`);
  await option.first().click();
}

async function onHandAt(page, warehouseCode) {
  const cell = tableRow(page, warehouseCode).getByTestId('on-hand');
  await expectVisible(cell, `the on-hand quantity at ${warehouseCode}`);
  return Number((await cell.innerText()).replace(/,/g, ''));
}

async function buyerSignsIn(_page, run) {
  const asAdmin = await signedInFetch(run.baseUrl, ADMIN);
  const created = await asAdmin('/api/v1/users', {
    method: 'POST',
    body: JSON.stringify({ ...BUYER, roles: [{ role: 'product-manager', orgUnitId: null }] }),
  });
  expectEqual(created.status, 201, `creating the product manager (${await created.clone().text()})`);

  const context = await run.browser.newContext(CHROMIUM_CONTEXT);
  run.cleanups.push(() => context.close());
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  run.watch(page);
  run.buyerPage = page;
  await page.goto(`${run.baseUrl}/login`);
  await signInWithForm(page, BUYER);
  await expectVisible(page.getByTestId('current-user').getByText(BUYER.displayName), 'their name');
  run.inventoryPages = await sidebarPages(page, '库存');
  run.purchasingPages = await sidebarPages(page, '采购');
  expectEqual(run.inventoryPages.includes('库存查询'), true, `库存查询 among ${run.inventoryPages}`);
  expectEqual(run.purchasingPages.includes('采购单'), true, `采购单 among ${run.purchasingPages}`);
}

async function noteStockBefore(_page, run) {
  const page = run.buyerPage;
  await openSidebarPage(page, '库存', '库存查询');
  await expectUrl(page, (url) => url.pathname === '/inventory/stock', 'be /inventory/stock');
  await expectApiCall(
    page,
    { method: 'GET', path: '/api/v1/stock-levels?skuId=', status: 200 },
    () => chooseProduct(page, page.getByRole('combobox', { name: 'SKU · 商品' }), DEMO.product),
    'filtering the stock by the SKU',
  );
  await expectUrl(page, (url) => !!url.searchParams.get('skuId'), 'hold the SKU filter');
  run.skuId = new URL(page.url()).searchParams.get('skuId');
  await expectVisible(tableRow(page, DEMO.sku), 'the SKU’s stock rows');
  run.onHandBefore = await onHandAt(page, DEMO.warehouse);
  expectEqual(
    run.onHandBefore > 0,
    true,
    `on hand at ${DEMO.warehouse} (${run.onHandBefore}) from the demo data`,
  );
}

async function openSidebarPage(page, section, label) {
  await sidebarPages(page, section);
  await page.getByRole('menu').first().getByRole('link', { name: label, exact: true }).click();
}

async function draftPurchaseOrder(_page, run) {
  const page = run.buyerPage;
  await openSidebarPage(page, '采购', '采购单');
  await expectUrl(
    page,
    (url) => url.pathname === '/purchasing/purchase-orders',
    'be the purchase order list',
  );
  await page.getByRole('button', { name: '新建采购单' }).first().click();
  await expectUrl(page, (url) => url.pathname === '/purchasing/purchase-orders/new', 'be the new-order page');

  const supplier = page.locator('#new-purchase-order_supplierId');
  await expectVisible(supplier, 'the new purchase order form');
  expectEqual(
    await supplier.evaluate((input) => input === document.activeElement),
    true,
    'the supplier focused',
  );
  await supplier.fill('华芯');
  await chooseOption(page, supplier, DEMO.supplier);
  await chooseOption(page, page.locator('#new-purchase-order_warehouseId'), DEMO.warehouse);
  await chooseProduct(page, page.locator('#new-purchase-order_lines_0_skuId'), DEMO.product);
  await expectVisible(
    page.getByTestId('po-line-0').getByTestId('sku-select').getByText(DEMO.sku),
    'the product’s only SKU chosen by itself',
  );
  await page.locator('#new-purchase-order_lines_0_quantity').fill(String(ORDERED));
  const price = page.locator('#new-purchase-order_lines_0_unitPrice');
  await price.fill('15');
  await expectVisible(page.getByTestId('po-line-amount-0').getByText('¥300.00'), 'the line amount');
  await expectVisible(page.getByText('提交后直接批准', { exact: false }), 'below the approval threshold');

  const [request, response] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/v1/purchase-orders')),
    expectApiCall(
      page,
      { method: 'POST', path: '/api/v1/purchase-orders', status: 201 },
      () => price.press('Enter'),
      'saving the draft (submitted with Enter)',
    ),
  ]);
  const sent = JSON.parse(request.postData() ?? '{}');
  expectEqual(sent.lines, [{ skuId: run.skuId, quantity: ORDERED, unitPrice: 1500 }], 'the line sent, in 分');
  run.order = await response.json();
  await expectUrl(
    page,
    (url) => url.pathname === `/purchasing/purchase-orders/${run.order.id}`,
    'open the order',
  );
  await expectVisible(page.getByTestId('po-status').getByText('草稿'), 'the draft status');
}

async function orderAction(page, run, button, action, status) {
  await page.getByRole('button', { name: button }).click();
  await expectApiCall(
    page,
    { method: 'POST', path: `/api/v1/purchase-orders/${run.order.id}/${action}`, status: 200 },
    () => popconfirmOk(page).click(),
    `${action} the order`,
  );
  await expectVisible(page.getByTestId('po-status').getByText(status), `the status ${status}`);
}

async function submitAndSend(_page, run) {
  const page = run.buyerPage;
  await orderAction(page, run, /^提\s*交$/, 'submit', '已批准');
  await orderAction(page, run, '发给供应商', 'send', '已发出');
}

async function receiveInFull(_page, run) {
  const page = run.buyerPage;
  await page.getByRole('button', { name: /^收\s*货$/ }).click();
  const form = page.getByTestId('receipt-form');
  const quantity = form.getByLabel(`${DEMO.sku} 本次收货数量`);
  await expectVisible(quantity, 'the receipt form');
  expectEqual(await quantity.inputValue(), String(ORDERED), 'the outstanding quantity prefilled');
  const response = await expectApiCall(
    page,
    { method: 'POST', path: `/api/v1/purchase-orders/${run.order.id}/receipts`, status: 201 },
    () => form.getByRole('button', { name: '确认收货' }).click(),
    'receiving the goods',
  );
  run.receipt = await response.json();
  await expectVisible(page.getByTestId('po-status').getByText('已收货'), 'the status 已收货');
  await expectVisible(page.getByTestId('po-receipts').getByText(run.receipt.number), 'the receipt listed');
}

async function stockRose(_page, run) {
  const page = run.buyerPage;
  await openSidebarPage(page, '库存', '库存查询');
  await expectUrl(page, (url) => url.pathname === '/inventory/stock', 'be /inventory/stock');
  await expectApiCall(
    page,
    { method: 'GET', path: '/api/v1/stock-levels?skuId=', status: 200 },
    () => chooseProduct(page, page.getByRole('combobox', { name: 'SKU · 商品' }), DEMO.product),
    'filtering the stock by the SKU again',
  );
  await expectVisible(tableRow(page, DEMO.warehouse), 'the SKU’s stock rows');
  expectEqual(await onHandAt(page, DEMO.warehouse), run.onHandBefore + ORDERED, 'on hand after the receipt');

  await tableRow(page, DEMO.warehouse).getByRole('button', { name: '流水' }).click();
  await expectUrl(page, (url) => url.searchParams.get('movements') === run.skuId, 'hold the open ledger');
  const movement = drawer(page)
    .getByTestId('stock-movements')
    .locator('tr')
    .filter({ hasText: run.receipt.number });
  await expectVisible(movement, 'the receipt movement in the SKU’s history');
  const text = await movement.first().innerText();
  for (const part of ['入库', `+${ORDERED}`, DEMO.warehouse])
    expectEqual(text.includes(part), true, `the receipt movement showing ${part} (${text})`);
  expectEqual(
    text.includes(BUYER.displayName) || text.includes(BUYER.username),
    true,
    `the receipt movement naming who received it (${text})`,
  );
}

const onBuyerPage = (flow) => async (page, run) => {
  try {
    await flow(page, run);
  } catch (error) {
    fs.mkdirSync(resultsDir, { recursive: true });
    await run.buyerPage
      ?.screenshot({ path: path.join(resultsDir, 'purchasing-failure.png'), fullPage: true })
      .catch(() => undefined);
    throw error;
  }
};

export const purchasingFlows = [
  ['purchasing: a product manager signs in and sees 库存 and 采购', buyerSignsIn],
  ['purchasing: note the demo SKU’s stock at a warehouse', noteStockBefore],
  ['purchasing: draft a purchase order below the threshold (Enter saves)', draftPurchaseOrder],
  ['purchasing: submit (approved at once) and send it', submitAndSend],
  ['purchasing: receive it in full through the receipt form', receiveInFull],
  ['purchasing: the stock rose by what arrived, with the receipt in its history', stockRose],
].map(([name, flow]) => [name, onBuyerPage(flow)]);
