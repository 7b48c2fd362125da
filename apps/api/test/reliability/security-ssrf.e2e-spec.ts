import http from 'node:http';
import type { AddressInfo } from 'node:net';
import { createTestApp, expectProblem, TestApp } from '@zhanggui/api-platform/testing';
import { ROLE_CODES } from '@zhanggui/api-identity';
import { signInAsAdmin, SignedInUser, userWithRoles } from '@zhanggui/api-identity/testing';
import { AppModule } from '../../src/app.module';
import { declaredProperties, fetchOpenApi, OpenApiDocument, operationsOf, SOME_ID } from './security/routes';

/** Stands in for a partner's public host: DNS is not reachable from the test machine. */
const PARTNER_HOST = 'hooks.partner.test';

/**
 * Every URL a person can set, found in the request schemas. Only webhook URLs are ever fetched by the server;
 * the others are links the console and the website render, so for them the danger is the scheme
 * (`javascript:`, `data:`) or a link that leaves the site, not the server's network.
 */
const URL_FIELDS: Record<string, 'fetched by the server' | 'rendered as a link'> = {
  'post /api/v1/webhook-subscriptions url': 'fetched by the server',
  'patch /api/v1/webhook-subscriptions/{id} url': 'fetched by the server',
  'post /api/v1/skus/{id}/competitor-prices url': 'rendered as a link',
  'post /api/v1/site-content-items imageUrl': 'rendered as a link',
  'post /api/v1/site-content-items linkUrl': 'rendered as a link',
  'patch /api/v1/site-content-items/{id} imageUrl': 'rendered as a link',
  'patch /api/v1/site-content-items/{id} linkUrl': 'rendered as a link',
};

const NOT_HTTP = [
  'javascript:alert(1)',
  'data:text/html,<script>alert(1)</script>',
  'file:///etc/passwd',
  'ftp://files.partner.example/hook',
  'gopher://127.0.0.1:6379/_FLUSHALL',
  'dict://127.0.0.1:11211/stat',
  '//evil.example/x',
];

/** Internal targets, in every spelling that reaches them. */
const INTERNAL = [
  'http://127.0.0.1/hook',
  'http://127.1/hook',
  'http://2130706433/hook',
  'http://0x7f000001/hook',
  'http://017700000001/hook',
  'http://localhost/hook',
  'http://LOCALHOST./hook',
  'http://0.0.0.0/hook',
  'http://10.0.0.5/hook',
  'http://172.16.3.4/hook',
  'http://192.168.1.20/hook',
  'http://100.64.0.1/hook',
  'http://169.254.169.254/latest/meta-data/',
  'http://[::ffff:169.254.169.254]/latest/meta-data/',
  'http://metadata.google.internal/computeMetadata/v1/',
  'http://[::1]/hook',
  'http://[::]/hook',
  'http://[::ffff:127.0.0.1]/hook',
  'http://[::127.0.0.1]/hook',
  'http://[fd00::1]/hook',
  'http://[fc12:3456::1]/hook',
  'http://[fe80::1]/hook',
  'http://[fec0::1]/hook',
  'http://[64:ff9b::a00:5]/hook',
  'http://[2002:7f00:1::]/hook',
  'http://[2001:0:4136:e378:8000:63bf:3fff:fdd2]/hook',
  'https://user:password@' + PARTNER_HOST + '/hook',
];

/** A receiver on this machine that must never be reached from a refused subscription. */
async function startReceiver() {
  const received: string[] = [];
  const server = http.createServer((request, response) => {
    received.push(request.url ?? '');
    response.statusCode = 204;
    response.end();
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  return {
    port: (server.address() as AddressInfo).port,
    received,
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

/** OWASP API7 (server-side request forgery): every URL field, every spelling of an internal address. */
describe('security: URLs people can set (OWASP API7)', () => {
  let t: TestApp;
  let document: OpenApiDocument;
  let everyone: SignedInUser;

  beforeAll(async () => {
    // Nothing on this machine is allowed: the test default lets webhooks reach 127.0.0.1 receivers.
    t = await createTestApp({
      root: (config) => AppModule.forRoot(config),
      config: { webhookAllowedHosts: [PARTNER_HOST] },
    });
    document = await fetchOpenApi(t);
    everyone = await userWithRoles(
      t,
      await signInAsAdmin(t),
      ROLE_CODES.map((role) => ({ role })),
    );
  });
  afterAll(() => t.close());

  it('knows every URL field in the API (a new one has to be added here, and checked)', () => {
    const found = operationsOf(document).flatMap(({ path, method, operation }) => {
      const schema = operation.requestBody?.content?.['application/json']?.schema;
      return [...declaredProperties(document, schema)]
        .filter((name) => /(url|uri|link|href|callback|endpoint|website)s?$/i.test(name))
        .map((name) => `${method} ${path} ${name}`);
    });
    expect(found.sort()).toEqual(Object.keys(URL_FIELDS).sort());
  });

  it('refuses every scheme but http(s), and links that leave the site, in every URL field', async () => {
    const wrong: string[] = [];
    for (const field of Object.keys(URL_FIELDS)) {
      const [method, path, name] = field.split(' ');
      for (const value of NOT_HTTP) {
        const response = await t
          .http(everyone.auth)
          [method as 'post'](path.replace('{id}', SOME_ID))
          .send({ [name]: value });
        const named = (response.body.errors ?? []).some((e: { field: string }) => e.field === name);
        if (response.status !== 400 || !named) wrong.push(`${field} = ${value}: ${response.status}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('refuses a webhook URL that reaches this host, a private network or cloud metadata, on create and change', async () => {
    const subscription = (
      await t
        .http(everyone.auth)
        .post('/api/v1/webhook-subscriptions')
        .send({ name: '伙伴', url: `https://${PARTNER_HOST}/hook`, eventTypes: ['*'] })
        .expect(201)
    ).body;
    const wrong: string[] = [];
    for (const url of INTERNAL) {
      const created = await t
        .http(everyone.auth)
        .post('/api/v1/webhook-subscriptions')
        .send({ name: 'x', url, eventTypes: ['*'] });
      const changed = await t
        .http(everyone.auth)
        .patch(`/api/v1/webhook-subscriptions/${subscription.id}`)
        .send({ url });
      for (const [how, response] of [
        ['create', created],
        ['change', changed],
      ] as const) {
        const code = response.body.code;
        if (response.status !== 400 || !['WEBHOOK_URL_REFUSED', 'VALIDATION_FAILED'].includes(code))
          wrong.push(`${how} ${url}: ${response.status} ${code}`);
      }
    }
    expect(wrong).toEqual([]);
    const stored = (
      await t.http(everyone.auth).get(`/api/v1/webhook-subscriptions/${subscription.id}`).expect(200)
    ).body;
    expect(stored.url).toBe(`https://${PARTNER_HOST}/hook`);
  }, 30_000);

  it('re-checks the address when delivering, so a name that now resolves to this host is not reached (DNS rebinding)', async () => {
    const receiver = await startReceiver();
    try {
      const subscription = (
        await t
          .http(everyone.auth)
          .post('/api/v1/webhook-subscriptions')
          .send({ name: '换绑', url: `http://${PARTNER_HOST}/hook`, eventTypes: ['OrgUnitCreated'] })
          .expect(201)
      ).body;
      // What rebinding does: the name accepted at subscription time now answers with a loopback address.
      await t.dataSource.query(`UPDATE webhook_subscription SET url = $2 WHERE id = $1`, [
        subscription.id,
        `http://localhost:${receiver.port}/hook`,
      ]);
      await t
        .http(everyone.auth)
        .post('/api/v1/org-units')
        .send({ code: 'SSRF-1', name: '换绑测试', kind: 'company' })
        .expect(201);
      const deadline = Date.now() + 15_000;
      let delivery: { lastError: string | null; attempts: number } | undefined;
      while (Date.now() < deadline && !delivery?.attempts) {
        await new Promise((resolve) => setTimeout(resolve, 100));
        delivery = (
          await t.http(everyone.auth).get(`/api/v1/webhook-subscriptions/${subscription.id}/deliveries`)
        ).body.data[0];
      }
      expect(delivery?.lastError).toMatch(/resolves to (127\.0\.0\.1|::1)/);
      expect(receiver.received).toEqual([]);
    } finally {
      await receiver.close();
    }
  }, 30_000);

  it('answers a refused webhook URL as problem+json naming the field', async () => {
    const refused = await t
      .http(everyone.auth)
      .post('/api/v1/webhook-subscriptions')
      .send({ name: 'x', url: 'http://169.254.169.254/latest/meta-data/', eventTypes: ['*'] });
    const problem = expectProblem(refused, 400, 'WEBHOOK_URL_REFUSED');
    expect(problem.errors?.[0]?.field ?? 'url').toBe('url');
  });
});
