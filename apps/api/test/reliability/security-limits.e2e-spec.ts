import { createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { ROLE_CODES } from '@zhanggui/api-identity';
import { signInAsAdmin, SignedInUser, userWithRoles } from '@zhanggui/api-identity/testing';
import { AppModule } from '../../src/app.module';
import { fetchOpenApi, operationsOf, SOME_ID } from './security/routes';

const MAX_PAGE = 200;

/**
 * OWASP API4 (unrestricted resource consumption): no list hands out more than a page of 200, no body is read
 * past the configured size, and every caller has a request budget whose refusal says when to come back.
 */
describe('security: resource limits (OWASP API4)', () => {
  let t: TestApp;
  /** Holds every role, so each list is reached past its permission check. */
  let admin: SignedInUser;

  beforeAll(async () => {
    t = await createTestApp({ root: (config) => AppModule.forRoot(config) });
    admin = await userWithRoles(
      t,
      await signInAsAdmin(t),
      ROLE_CODES.map((role) => ({ role })),
    );
  });
  afterAll(() => t.close());

  it('refuses a page size above the maximum, or below one, on every paginated list, naming `limit`', async () => {
    const lists = operationsOf(await fetchOpenApi(t)).filter(
      ({ method, operation }) =>
        method === 'get' && operation.parameters?.some((p) => p.name === 'limit' && p.in === 'query'),
    );
    expect(lists.length).toBeGreaterThan(60);
    const wrong: string[] = [];
    for (const { path, operation } of lists) {
      const documented = operation.parameters!.find((p) => p.name === 'limit')!.schema?.maximum;
      if (documented !== MAX_PAGE) wrong.push(`${path}: documents maximum ${documented}`);
      const url = path.replace(/\{[^}]+\}/g, SOME_ID);
      for (const limit of [MAX_PAGE + 1, 100_000, 0, -1]) {
        const response = await t.http(admin.auth).get(url).query({ limit });
        const fields = (response.body.errors ?? []).map((e: { field: string }) => e.field);
        if (response.status !== 400 || !fields.includes('limit'))
          wrong.push(`${path}?limit=${limit}: ${response.status} ${JSON.stringify(fields)}`);
      }
    }
    expect(wrong).toEqual([]);
  }, 60_000);

  it('answers a JSON body over the limit with 413 before reading it, on every kind of route', async () => {
    const oversized = JSON.stringify({ name: 'x'.repeat(t.config.bodyLimitBytes) });
    for (const [method, path] of [
      ['post', '/api/v1/auth/login'],
      ['post', '/api/v1/users'],
      ['patch', `/api/v1/users/${SOME_ID}`],
      ['post', '/api/v1/orders'],
    ] as const) {
      const response = await t
        .http(admin.auth)
        [method](path)
        .set('Content-Type', 'application/json')
        .send(oversized);
      expect([path, response.status]).toEqual([path, 413]);
      expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
    }
  });

  it('refuses an upload over its own limit with 413', async () => {
    const product = await t
      .http(admin.auth)
      .post('/api/v1/products')
      .send({ name: '限额测试商品', skus: [{ code: `LIMIT-${process.pid}` }] })
      .expect(201);
    const response = await t
      .http(admin.auth)
      .post(`/api/v1/products/${product.body.id}/images`)
      .attach('file', Buffer.alloc(t.config.uploadLimitBytes + 1024, 0xff), 'huge.png');
    expect(response.status).toBe(413);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });
});
