// Administration → Webhooks: subscribe a receiver this test runs to every event, keep the one-time signing
// secret, send a test event and check its signature, pause the subscription, and see a private address refused.
import { createHmac, timingSafeEqual } from 'node:crypto';
import http from 'node:http';
import { expectApiCall, expectEqual, expectGone, expectUrl, expectVisible } from '../expect.mjs';
import { chooseTag, drawer, formItem, popconfirmOk, tableRow, closeWithEscape } from '../page.mjs';
import { STEP_TIMEOUT_MS } from '../settings.mjs';

const NAME = '物流伙伴（浏览器测试）';
const secretModal = (page) => page.locator('.ant-modal:visible');

/**
 * A partner's endpoint on 127.0.0.1 (the API is started with WEBHOOK_ALLOWED_HOSTS=127.0.0.1): it answers 200
 * and keeps what it was sent.
 */
function startReceiver() {
  const received = [];
  const listeners = new Set();
  const server = http.createServer((request, response) => {
    const chunks = [];
    request.on('data', (chunk) => chunks.push(chunk));
    request.on('end', () => {
      received.push({
        method: request.method,
        headers: request.headers,
        body: Buffer.concat(chunks).toString('utf8'),
      });
      response.writeHead(200, { 'Content-Type': 'text/plain' }).end('ok');
      for (const listener of listeners) listener();
    });
  });
  /** The first delivery `matches` accepts, waiting for it if it has not come yet. */
  const delivery = (matches, what) =>
    new Promise((resolve, reject) => {
      const check = () => {
        const found = received.find(matches);
        if (!found) return false;
        listeners.delete(check);
        clearTimeout(timer);
        resolve(found);
        return true;
      };
      const timer = setTimeout(() => {
        listeners.delete(check);
        reject(new Error(`Expected the receiver to get ${what} within ${STEP_TIMEOUT_MS} ms`));
      }, STEP_TIMEOUT_MS);
      listeners.add(check);
      check();
    });
  return new Promise((resolve, reject) => {
    server.on('error', reject);
    server.listen(0, '127.0.0.1', () =>
      resolve({
        url: `http://127.0.0.1:${server.address().port}/hooks/zhanggui`,
        delivery,
        close: () => new Promise((done) => server.close(() => done())),
      }),
    );
  });
}

/** What a partner does with each delivery (documented on the page): check the HMAC and the timestamp. */
function verifySignature(secret, header, body) {
  const parts = Object.fromEntries(header.split(',').map((part) => part.split('=')));
  const expected = createHmac('sha256', secret).update(`${parts.t}.${body}`).digest();
  const given = Buffer.from(parts.v1 ?? '', 'hex');
  const fresh = Math.abs(Date.now() / 1000 - Number(parts.t)) < 300;
  return fresh && given.length === expected.length && timingSafeEqual(given, expected);
}

async function createSubscription(page, run) {
  run.receiver = await startReceiver();
  run.cleanups.push(() => run.receiver.close());

  await page.goto(`${run.baseUrl}/`);
  await page.getByRole('menu').first().getByText('系统管理', { exact: true }).click();
  await page.getByRole('link', { name: 'Webhook 订阅' }).click();
  await expectUrl(page, (url) => url.pathname === '/admin/webhooks', 'be /admin/webhooks');
  await expectVisible(page.getByText('还没有 Webhook 订阅。'), 'the empty list');
  await expectVisible(page.getByText('接收方如何验证签名'), 'the help on verifying signatures');

  await page.getByRole('button', { name: '新建订阅' }).first().click();
  const name = page.locator('#create-webhook_name');
  await expectVisible(name, 'the create-subscription drawer');
  await name.fill(NAME);
  await page.locator('#create-webhook_url').fill(run.receiver.url);
  await chooseTag(page, page.locator('#create-webhook_eventTypes'), '全部事件', '*');

  const response = await expectApiCall(
    page,
    { method: 'POST', path: '/api/v1/webhook-subscriptions', status: 201 },
    () => name.press('Enter'),
    'creating the subscription (submitted with Enter)',
  );
  const created = await response.json();
  expectEqual(created.eventTypes, ['*'], 'the event types subscribed to');
  expectEqual(created.url, run.receiver.url, 'the URL subscribed');

  await expectVisible(secretModal(page).getByText('请立即保存签名密钥'), 'the one-time secret dialog');
  const shown = (await page.getByTestId('webhook-secret').innerText()).trim();
  expectEqual(shown, created.signingSecret, 'the signing secret shown');
  expectEqual(shown.startsWith('whsec_'), true, 'a signing secret that says what it is');
  await secretModal(page).getByRole('button', { name: '我已保存好密钥' }).click();
  await expectGone(secretModal(page), 'the secret dialog');
  expectEqual(
    await page.getByText(created.signingSecret).count(),
    0,
    'copies of the secret left on the page',
  );

  // Straight on to the new subscription, whose log is still empty.
  await expectUrl(page, (url) => url.searchParams.get('subscription') === created.id, 'open the new one');
  await expectVisible(drawer(page).getByText('还没有投递记录', { exact: false }), 'its empty delivery log');
  await expectVisible(tableRow(page, NAME).getByText('启用中'), 'the new subscription, active, in the list');
  run.webhook = created;
}

async function testEventDelivered(page, run) {
  const log = drawer(page).getByTestId('delivery-log');
  await expectApiCall(
    page,
    { method: 'POST', path: `/api/v1/webhook-subscriptions/${run.webhook.id}/ping`, status: 202 },
    () => drawer(page).getByRole('button', { name: '发送测试事件' }).click(),
    'sending a test event',
  );

  const delivery = await run.receiver.delivery(
    (request) => JSON.parse(request.body).type === 'WebhookPing',
    'the test event',
  );
  expectEqual(delivery.method, 'POST', 'the method of the delivery');
  expectEqual(delivery.headers['zhanggui-event'], 'WebhookPing', 'the Zhanggui-Event header');
  const signature = delivery.headers['zhanggui-signature'] ?? '';
  expectEqual(/^t=\d+,v1=[0-9a-f]{64}$/.test(signature), true, `the signature header (${signature})`);
  expectEqual(
    verifySignature(run.webhook.signingSecret, signature, delivery.body),
    true,
    'the HMAC-SHA256 of "<t>.<body>" with the signing secret',
  );
  expectEqual(JSON.parse(delivery.body).data.subscriptionId, run.webhook.id, 'the test event’s subscription');

  // The log refreshes itself while the delivery is pending: no reload needed to see it succeed.
  const row = log.locator('tr.ant-table-row').filter({ hasText: 'WebhookPing' });
  await expectVisible(row.getByText('成功'), 'the test event delivered, in the log');
  await expectVisible(row.getByText('HTTP 200'), 'the receiver’s answer in the log');
  await expectGone(
    log.getByText('记录会自动刷新', { exact: false }),
    'the auto-refresh notice, once all is done',
  );
}

async function pauseSubscription(page, run) {
  await drawer(page)
    .getByRole('button', { name: /暂\s*停/ })
    .click();
  await expectVisible(page.getByText(/暂停期间发生的事件不会投递给它/), 'what pausing means');
  const [request] = await Promise.all([
    page.waitForRequest((r) => r.method() === 'PATCH', { timeout: STEP_TIMEOUT_MS }),
    expectApiCall(
      page,
      { method: 'PATCH', path: `/api/v1/webhook-subscriptions/${run.webhook.id}`, status: 200 },
      () => popconfirmOk(page).click(),
      'pausing the subscription',
    ),
  ]);
  expectEqual(request.headers()['if-match'], `"${run.webhook.version}"`, 'the If-Match header sent');
  expectEqual(JSON.parse(request.postData() ?? '{}'), { status: 'paused' }, 'the PATCH body');
  await expectVisible(drawer(page).getByText('已暂停'), 'the paused status in the drawer');
  await expectVisible(drawer(page).getByRole('button', { name: /恢\s*复/ }), 'the button to resume it');
  expectEqual(
    await drawer(page).getByRole('button', { name: '发送测试事件' }).isDisabled(),
    true,
    'the test event button while paused',
  );
  await closeWithEscape(page, drawer(page), 'the subscription drawer');
  await expectVisible(tableRow(page, NAME).getByText('已暂停'), 'the paused status in the list');
}

async function privateAddressRefused(page) {
  await page.getByRole('button', { name: '新建订阅' }).first().click();
  const name = page.locator('#create-webhook_name');
  await expectVisible(name, 'the create-subscription drawer');
  await name.fill('内网地址（应被拒绝）');
  await page.locator('#create-webhook_url').fill('http://10.0.0.1/x');
  await chooseTag(page, page.locator('#create-webhook_eventTypes'), '新建组织', 'OrgUnitCreated');
  await expectApiCall(
    page,
    { method: 'POST', path: '/api/v1/webhook-subscriptions', status: 400 },
    () => name.press('Enter'),
    'subscribing a private address',
  );
  await expectVisible(
    formItem(page, 'create-webhook_url')
      .locator('.ant-form-item-explain-error')
      .getByText('不能使用这个地址', { exact: false }),
    'the field error under the URL',
  );
  await closeWithEscape(page, drawer(page), 'the create drawer');
  expectEqual(await tableRow(page, '内网地址').count(), 0, 'a row for the refused subscription');
}

export const webhookFlows = [
  ['webhooks: subscribe a local receiver to *, the secret shown once', createSubscription],
  ['webhooks: a test event arrives signed, and the log shows it delivered', testEventDelivered],
  ['webhooks: pause with If-Match', pauseSubscription],
  ['webhooks: a private address is refused under the URL field', privateAddressRefused],
];
