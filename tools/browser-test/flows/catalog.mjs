// 商品: a product manager (created by the admin over the API) creates a product with a SKU, uploads a real PNG
// (and sees a renamed text file refused), sets a cost and a website price above the margin, submits it for
// review and lists it, then finds it in the list as 已上架 by a Chinese substring of its name.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { deflateSync } from 'node:zlib';
import { signedInFetch } from '../api.mjs';
import { expectApiCall, expectEqual, expectUrl, expectVisible } from '../expect.mjs';
import { chooseTreeOption, sidebarPages, signInWithForm, tableRow } from '../page.mjs';
import { ADMIN, CHROMIUM_CONTEXT, resultsDir, STEP_TIMEOUT_MS } from '../settings.mjs';

const PRODUCT_MANAGER = {
  username: 'wang.fang',
  displayName: '王芳（商品经理）',
  password: 'Product-manager-2026',
};
const PRODUCT = { name: '浏览器测试 防摔磨砂手机壳', sku: 'BT-CASE-MATTE-BLK', skuName: '磨砂黑' };

// ------------------------------------------------------------------------------------------- files

const CRC_TABLE = Array.from({ length: 256 }, (_, n) => {
  let c = n;
  for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
  return c >>> 0;
});

function crc32(bytes) {
  let crc = 0xffffffff;
  for (const byte of bytes) crc = CRC_TABLE[(crc ^ byte) & 0xff] ^ (crc >>> 8);
  return (crc ^ 0xffffffff) >>> 0;
}

function pngChunk(type, data) {
  const length = Buffer.alloc(4);
  length.writeUInt32BE(data.length);
  const body = Buffer.concat([Buffer.from(type, 'ascii'), data]);
  const crc = Buffer.alloc(4);
  crc.writeUInt32BE(crc32(body));
  return Buffer.concat([length, body, crc]);
}

/** A real PNG (RGB, 8 bits) of a diagonal gradient: something sharp can decode and resize. */
function gradientPng(width, height) {
  const header = Buffer.alloc(13);
  header.writeUInt32BE(width, 0);
  header.writeUInt32BE(height, 4);
  header[8] = 8; // bit depth
  header[9] = 2; // colour type: RGB
  const rows = [];
  for (let y = 0; y < height; y++) {
    const row = Buffer.alloc(1 + width * 3); // filter byte 0, then pixels
    for (let x = 0; x < width; x++) {
      row[1 + x * 3] = Math.round((x / width) * 255);
      row[2 + x * 3] = Math.round((y / height) * 255);
      row[3 + x * 3] = 160;
    }
    rows.push(row);
  }
  return Buffer.concat([
    Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]),
    pngChunk('IHDR', header),
    pngChunk('IDAT', deflateSync(Buffer.concat(rows))),
    pngChunk('IEND', Buffer.alloc(0)),
  ]);
}

function writeTempFiles(run) {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanggui-catalog-flow-'));
  run.cleanups.push(() => fs.rmSync(dir, { recursive: true, force: true }));
  const png = path.join(dir, 'case-photo.png');
  fs.writeFileSync(png, gradientPng(96, 64));
  // Text with an image's name: the API judges by the bytes.
  const fake = path.join(dir, 'not-a-photo.png');
  fs.writeFileSync(fake, 'this is a text file with an image name\n');
  return { png, fake };
}

// ------------------------------------------------------------------------------------------- flows

async function productManagerSignsIn(_page, run) {
  const asAdmin = await signedInFetch(run.baseUrl, ADMIN);
  const created = await asAdmin('/api/v1/users', {
    method: 'POST',
    body: JSON.stringify({ ...PRODUCT_MANAGER, roles: [{ role: 'product-manager', orgUnitId: null }] }),
  });
  expectEqual(created.status, 201, `creating the product manager (${await created.clone().text()})`);

  const context = await run.browser.newContext(CHROMIUM_CONTEXT);
  run.cleanups.push(() => context.close());
  const page = await context.newPage();
  page.setDefaultTimeout(STEP_TIMEOUT_MS);
  run.watch(page);
  run.productManagerPage = page;
  await page.goto(`${run.baseUrl}/login`);
  await signInWithForm(page, PRODUCT_MANAGER);
  await expectVisible(page.getByTestId('current-user').getByText(PRODUCT_MANAGER.displayName), 'their name');

  expectEqual(
    await sidebarPages(page, '商品'),
    ['商品管理', '商品分类', '品牌', '促销活动', '导入导出'],
    'the catalog pages offered to a product manager',
  );
  await expectApiCall(
    page,
    { method: 'GET', path: '/api/v1/products?', status: 200 },
    () => page.getByRole('link', { name: '商品管理' }).click(),
    'the product list',
  );
  await expectUrl(page, (url) => url.pathname === '/catalog/products', 'be /catalog/products');
  await expectVisible(tableRow(page, '演示款 小米快速充电器 67W'), 'a demo product in the list');
}

async function createProduct(_page, run) {
  const page = run.productManagerPage;
  await page.getByRole('button', { name: '新建商品' }).first().click();
  await expectUrl(page, (url) => url.pathname === '/catalog/products/new', 'be the new-product page');
  const name = page.locator('#new-product_name');
  await expectVisible(name, 'the new-product form');
  expectEqual(await name.evaluate((input) => input === document.activeElement), true, 'the name focused');
  await name.fill(PRODUCT.name);
  await chooseTreeOption(page, page.locator('#new-product_categoryId'), '手机壳');
  await page.locator('#new-product_skus_0_code').fill(PRODUCT.sku);
  await page.locator('#new-product_skus_0_name').fill(PRODUCT.skuName);
  await page.locator('#new-product_skus_0_barcode').fill('6901234567892');

  const [request, response] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith('/api/v1/products')),
    expectApiCall(
      page,
      { method: 'POST', path: '/api/v1/products', status: 201 },
      () => name.press('Enter'),
      'creating the product (submitted with Enter)',
    ),
  ]);
  const sent = JSON.parse(request.postData() ?? '{}');
  expectEqual(
    sent.skus,
    [{ code: PRODUCT.sku, name: PRODUCT.skuName, barcode: '6901234567892', unit: '件' }],
    'the SKU sent',
  );
  run.product = await response.json();
  await expectUrl(page, (url) => url.pathname === `/catalog/products/${run.product.id}`, 'open the editor');
  await expectVisible(page.getByTestId('product-status').getByText('草稿'), 'the draft status');
  await expectVisible(tableRow(page, PRODUCT.sku), 'the SKU in the SKUs table');
}

async function uploadImages(_page, run) {
  const page = run.productManagerPage;
  const files = writeTempFiles(run);
  await page.getByRole('tab', { name: /图片/ }).click();
  await expectUrl(page, (url) => url.searchParams.get('tab') === 'images', 'hold tab=images');
  const input = page.getByTestId('image-upload').locator('input[type=file]');

  await expectApiCall(
    page,
    { method: 'POST', path: `/api/v1/products/${run.product.id}/images`, status: 400 },
    () => input.setInputFiles(files.fake),
    'uploading a text file named .png',
  );
  await expectVisible(
    page.getByTestId('image-upload-error').getByText('not-a-photo.png 上传失败'),
    'the refusal, naming the file',
  );

  const response = await expectApiCall(
    page,
    { method: 'POST', path: `/api/v1/products/${run.product.id}/images`, status: 201 },
    () => input.setInputFiles(files.png),
    'uploading the PNG',
  );
  const image = await response.json();
  expectEqual([image.width, image.height, image.isMain], [96, 64, true], 'the stored image');
  const card = page.getByTestId('product-images').locator('.ant-card');
  await expectVisible(card.getByText('主图'), 'the uploaded image as the main image');
  await expectVisible(card.locator('img[src$="/medium"]'), 'the resized image shown');
  expectEqual(
    await card.locator('img[src$="/medium"]').evaluate((img) => img.complete && img.naturalWidth > 0),
    true,
    'the medium variant loaded in the page',
  );
}

async function setCostAndPrice(_page, run) {
  const page = run.productManagerPage;
  await page.getByRole('tab', { name: '价格' }).click();
  await expectVisible(page.getByText('还没有成本', { exact: false }), 'no cost yet');

  const costAmount = page.locator('#set-cost_amount');
  await costAmount.fill('25');
  await page.locator('#set-cost_reason').fill('期初成本');
  const sku = run.product.skus[0];
  await expectApiCall(
    page,
    { method: 'PUT', path: `/api/v1/skus/${sku.id}/cost`, status: 200 },
    () => costAmount.press('Enter'),
    'setting the cost',
  );
  await expectVisible(page.getByTestId('sku-cost').getByText('¥25.00'), 'the cost shown');
  await expectVisible(
    page.getByTestId('suggestion-reasoning').locator('li').first(),
    'the suggested price’s reasoning',
  );

  const amount = page.locator('#set-price_amount');
  await amount.fill('49.9');
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'POST' && r.url().endsWith(`/api/v1/skus/${sku.id}/prices`)),
    expectApiCall(
      page,
      { method: 'POST', path: `/api/v1/skus/${sku.id}/prices`, status: 201 },
      () => amount.press('Enter'),
      'setting the website price',
    ),
  ]);
  expectEqual(
    JSON.parse(request.postData() ?? '{}'),
    { channel: 'website', amount: 4990 },
    'the price sent, in 分',
  );
  await expectVisible(page.getByTestId('current-price-website').getByText('¥49.90'), 'the website price now');
  await expectVisible(
    page.getByTestId('price-history').getByText('生效中'),
    'the price in the history, in effect',
  );
}

async function submitAndList(_page, run) {
  const page = run.productManagerPage;
  const dialog = page.locator('.ant-modal:visible');
  await expectVisible(
    page.getByTestId('listing-readiness').getByText('可以上架', { exact: false }),
    'ready to list',
  );

  await page.getByRole('button', { name: '提交审核' }).click();
  await expectVisible(dialog.locator('#listing-action_comment'), 'the submit dialog');
  await expectApiCall(
    page,
    { method: 'POST', path: `/api/v1/products/${run.product.id}/submit-for-review`, status: 200 },
    () => dialog.locator('#listing-action_comment').press('Enter'),
    'submitting for review',
  );
  await expectVisible(page.getByTestId('product-status').getByText('审核中'), 'the in-review status');

  await page.getByRole('button', { name: /^上\s*架$/ }).click();
  await expectVisible(dialog.locator('#listing-action_comment'), 'the list dialog');
  await dialog.locator('#listing-action_comment').fill('图片与价格已核对');
  await expectApiCall(
    page,
    { method: 'POST', path: `/api/v1/products/${run.product.id}/list`, status: 200 },
    () => dialog.locator('#listing-action_comment').press('Enter'),
    'listing the product',
  );
  await expectVisible(page.getByTestId('product-status').getByText('已上架'), 'the listed status');
  await expectVisible(page.getByRole('button', { name: /^下\s*架$/ }), 'the delist action offered next');
}

async function findListedBySubstring(_page, run) {
  const page = run.productManagerPage;
  await page.getByRole('link', { name: '返回商品列表' }).click();
  await expectUrl(page, (url) => url.pathname === '/catalog/products', 'be back on the list');
  const search = page.getByLabel('搜索名称、拼音首字母、SKU 编码或条码', { exact: true });
  await search.fill('磨砂');
  await expectApiCall(
    page,
    { method: 'GET', path: `q=${encodeURIComponent('磨砂')}`, status: 200 },
    () => search.press('Enter'),
    'searching 磨砂',
  );
  await expectUrl(page, (url) => url.searchParams.get('q') === '磨砂', 'keep the search in the URL');
  const row = tableRow(page, PRODUCT.name);
  await expectVisible(row.getByText('已上架'), 'the product, listed, found by a Chinese substring');
  await expectVisible(row.getByTestId('website-price').getByText('¥49.90'), 'its website price in the list');
  await expectVisible(row.locator('img[src*="/thumb"]'), 'its thumbnail');
  expectEqual(await tableRow(page, '演示款 小米快速充电器').count(), 0, 'rows that do not match');

  await page.reload();
  await expectVisible(tableRow(page, PRODUCT.name).getByText('已上架'), 'the same search after a reload');
  expectEqual(await search.inputValue(), '磨砂', 'the search box after a reload');
}

/**
 * These flows run in the product manager's own browser; the runner's failure screenshot shows the admin's, so
 * a failure here leaves a screenshot of the product manager's page beside it.
 */
const onProductManagerPage = (flow) => async (page, run) => {
  try {
    await flow(page, run);
  } catch (error) {
    fs.mkdirSync(resultsDir, { recursive: true });
    await run.productManagerPage
      ?.screenshot({ path: path.join(resultsDir, 'catalog-failure.png'), fullPage: true })
      .catch(() => undefined);
    throw error;
  }
};

export const catalogFlows = [
  ['catalog: a product manager signs in and sees the products', productManagerSignsIn],
  ['catalog: create a product with a SKU (Enter submits)', createProduct],
  ['catalog: a renamed text file is refused, a real PNG is uploaded', uploadImages],
  ['catalog: set a cost and a website price above the margin', setCostAndPrice],
  ['catalog: submit for review and list it (上架)', submitAndList],
  ['catalog: find it by a Chinese substring, listed, in the list', findListedBySubstring],
].map(([name, flow]) => [name, onProductManagerPage(flow)]);
