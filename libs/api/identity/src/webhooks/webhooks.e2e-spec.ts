import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestApp, expectProblem, TestApp } from '@zhanggui/api-platform/testing';
import { IdentityModule } from '../identity.module';
import { signInAsAdmin, SignedInUser } from '../testing';
import { verifyWebhookSignature } from './webhook-signature';

interface Received {
  headers: http.IncomingHttpHeaders;
  body: string;
}

/** A partner's receiver on this machine: records every delivery, and fails the first `failures` of them. */
async function startReceiver(failures = 0) {
  const received: Received[] = [];
  let toFail = failures;
  const server = http.createServer((request, response) => {
    let body = '';
    request.on('data', (chunk) => (body += chunk));
    request.on('end', () => {
      received.push({ headers: request.headers, body });
      response.statusCode = toFail-- > 0 ? 500 : 204;
      response.end();
    });
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}/hooks`;
  return { url, received, close: () => new Promise((resolve) => server.close(resolve)) };
}

async function eventually<T>(
  check: () => T | undefined | false | Promise<T | undefined | false>,
  what: string,
  timeoutMs = 20_000,
): Promise<T> {
  const deadline = Date.now() + timeoutMs;
  for (;;) {
    const value = await check();
    if (value) return value;
    if (Date.now() > deadline) throw new Error(`Timed out waiting for ${what}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

describe('outbound webhooks', () => {
  let t: TestApp;
  let admin: SignedInUser;
  let companyId: string;
  const receivers: Array<{ close: () => Promise<unknown> }> = [];

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule] });
    admin = await signInAsAdmin(t);
    companyId = (
      await t
        .http(admin.auth)
        .post('/api/v1/org-units')
        .send({ code: 'CO', name: '公司', kind: 'company' })
        .expect(201)
    ).body.id;
  });
  afterAll(async () => {
    await Promise.all(receivers.map((r) => r.close()));
    await t.close();
  });

  const subscribe = async (url: string, eventTypes = ['OrgUnitCreated']) =>
    (
      await t
        .http(admin.auth)
        .post('/api/v1/webhook-subscriptions')
        .send({ name: '测试伙伴', url, eventTypes })
        .expect(201)
    ).body;
  const addDepartment = (code: string) =>
    t
      .http(admin.auth)
      .post('/api/v1/org-units')
      .send({ code, name: code, kind: 'department', parentId: companyId })
      .expect(201);

  it('delivers each event to its subscribers, signed with the subscription’s secret, and logs it', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    const subscription = await subscribe(receiver.url);
    expect(subscription.signingSecret).toMatch(/^whsec_/);
    expect(
      JSON.stringify((await t.http(admin.auth).get(`/api/v1/webhook-subscriptions/${subscription.id}`)).body),
    ).not.toContain(subscription.signingSecret);

    const unit = (await addDepartment('HOOK-1')).body;
    const delivery = await eventually(
      () => receiver.received.find((r) => JSON.parse(r.body).data.code === 'HOOK-1'),
      'the delivery',
    );
    const payload = JSON.parse(delivery.body);
    expect(payload).toMatchObject({
      type: 'OrgUnitCreated',
      data: { id: unit.id, code: 'HOOK-1', kind: 'department' },
    });
    expect(delivery.headers['zhanggui-event']).toBe('OrgUnitCreated');
    expect(
      verifyWebhookSignature(
        subscription.signingSecret,
        String(delivery.headers['zhanggui-signature']),
        delivery.body,
      ),
    ).toBe(true);
    expect(
      verifyWebhookSignature('whsec_wrong', String(delivery.headers['zhanggui-signature']), delivery.body),
    ).toBe(false);
    expect(
      verifyWebhookSignature(
        subscription.signingSecret,
        String(delivery.headers['zhanggui-signature']),
        `${delivery.body} `,
      ),
    ).toBe(false);
    const logged = async () =>
      (await t.http(admin.auth).get(`/api/v1/webhook-subscriptions/${subscription.id}/deliveries`)).body
        .data[0];
    await eventually(async () => (await logged()).status === 'succeeded', 'the logged success');
    const ok = await logged();
    expect(ok).toMatchObject({
      status: 'succeeded',
      attempts: 1,
      lastStatusCode: 204,
      lastError: null,
      eventType: 'OrgUnitCreated',
    });
    expect(receiver.received).toHaveLength(1); // delivered once, not again and again
  });

  it('retries a failing receiver with backoff, logging each attempt, until it succeeds; replay sends it again', async () => {
    const receiver = await startReceiver(2);
    receivers.push(receiver);
    const subscription = await subscribe(receiver.url);
    await addDepartment('HOOK-2');
    const deliveries = async () =>
      (
        await t
          .http(admin.auth)
          .get(`/api/v1/webhook-subscriptions/${subscription.id}/deliveries`)
          .expect(200)
      ).body.data;
    const log: Array<{ id: string; status: string }> = await eventually(
      async () => {
        const rows = await deliveries();
        return rows[0]?.status === 'succeeded' && rows;
      },
      'the retried delivery to succeed',
      30_000,
    );
    expect(log[0]).toMatchObject({ status: 'succeeded', attempts: 3, lastStatusCode: 204 });
    expect(receiver.received).toHaveLength(3);
    const ids = new Set(receiver.received.map((r) => r.headers['zhanggui-delivery']));
    expect(ids.size).toBe(1); // the same delivery, retried

    const replay = (
      await t.http(admin.auth).post(`/api/v1/webhook-deliveries/${log[0].id}/replay`).expect(202)
    ).body;
    expect(replay.replayOf).toBe(log[0].id);
    await eventually(() => receiver.received.length === 4, 'the replay');
    expect(JSON.parse(receiver.received[3].body).id).toBe(JSON.parse(receiver.received[0].body).id);
  }, 45_000);

  it('refuses URLs that point at this host, private networks or cloud metadata (SSRF)', async () => {
    for (const url of [
      'http://10.0.0.5/hook',
      'http://192.168.1.20/hook',
      'http://169.254.169.254/latest/meta-data',
      'http://localhost:8080/hook',
      'http://[::1]/hook',
      'http://0.0.0.0/hook',
      'ftp://partner.example.com/hook',
    ]) {
      const response = await t
        .http(admin.auth)
        .post('/api/v1/webhook-subscriptions')
        .send({ name: 'x', url, eventTypes: ['*'] });
      expect([url, response.status]).toEqual([url, 400]);
      expect(['WEBHOOK_URL_REFUSED', 'VALIDATION_FAILED']).toContain(response.body.code);
    }
  });

  it('validates event types and needs webhooks:write', async () => {
    const bad = await t
      .http(admin.auth)
      .post('/api/v1/webhook-subscriptions')
      .send({ name: 'x', url: 'http://127.0.0.1:1/x', eventTypes: ['drop table'] });
    expect(expectProblem(bad, 400, 'VALIDATION_FAILED').errors![0].field).toBe('eventTypes');
  });

  it('delivers events queued before a restart: jobs live in PostgreSQL, not in the process', async () => {
    const receiver = await startReceiver();
    receivers.push(receiver);
    // A process that works no jobs takes the change; the delivery waits in the queue when it goes away…
    const before = await createTestApp({ imports: [IdentityModule], config: { jobWorkers: false } });
    const beforeAdmin = await signInAsAdmin(before);
    const api = before.http(beforeAdmin.auth);
    const company = (
      await api.post('/api/v1/org-units').send({ code: 'R-CO', name: '公司', kind: 'company' }).expect(201)
    ).body;
    await before
      .http(beforeAdmin.auth)
      .post('/api/v1/webhook-subscriptions')
      .send({ name: '重启', url: receiver.url, eventTypes: ['OrgUnitUpdated'] })
      .expect(201);
    await before
      .http(beforeAdmin.auth)
      .patch(`/api/v1/org-units/${company.id}`)
      .send({ name: '改名后' })
      .expect(200);
    await before.close({ keepDatabase: true });
    expect(receiver.received).toHaveLength(0);
    // …and the next process on the same database delivers it.
    const after = await createTestApp({ imports: [IdentityModule], database: before.database });
    try {
      const delivered = await eventually(() => receiver.received[0], 'the queued delivery');
      expect(JSON.parse(delivered.body).data).toMatchObject({ id: company.id, name: '改名后' });
    } finally {
      await after.close();
    }
  });
});
