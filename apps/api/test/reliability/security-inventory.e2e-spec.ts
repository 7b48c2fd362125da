import { createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { AppModule } from '../../src/app.module';
import { discoverRoutes, fetchOpenApi, operationsOf, routeKey } from './security/routes';

/**
 * OWASP API9 (improper inventory management): the OpenAPI document is exactly the routes that answer. A route
 * outside the document is an endpoint nobody reviews; a documented path that is not routed misleads clients.
 */
describe('security: the API inventory (OWASP API9)', () => {
  let t: TestApp;
  let routed: Set<string>;
  let documented: Set<string>;

  beforeAll(async () => {
    t = await createTestApp({ root: (config) => AppModule.forRoot(config) });
    routed = new Set(
      discoverRoutes(t)
        .filter((route) => route.path.startsWith('/api/v1/'))
        .map((route) => routeKey(route.method, route.path)),
    );
    documented = new Set(
      operationsOf(await fetchOpenApi(t))
        .filter(({ path }) => path.startsWith('/api/v1/'))
        .map(({ method, path }) => routeKey(method, path)),
    );
  });
  afterAll(() => t.close());

  it('documents every routed operation', () => {
    expect(routed.size).toBeGreaterThan(100);
    expect([...routed].filter((key) => !documented.has(key)).sort()).toEqual([]);
  });

  it('routes every documented operation', () => {
    expect([...documented].filter((key) => !routed.has(key)).sort()).toEqual([]);
  });

  it('answers an unknown path under /api/v1 with a problem+json 404, not the console', async () => {
    const response = await t.http().get('/api/v1/no-such-resource');
    expect(response.status).toBe(404);
    expect(response.headers['content-type']).toMatch(/^application\/problem\+json/);
  });

  it('serves no other API version or documentation format than the one listed', async () => {
    for (const path of ['/api/v0/users', '/api/v2/users', '/api/users', '/api/docs-yaml'])
      expect([path, (await t.http().get(path)).status]).toEqual([
        path,
        path === '/api/docs-yaml' ? 200 : 404,
      ]);
  });
});
