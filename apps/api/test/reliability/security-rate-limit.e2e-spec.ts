import { expectProblem, createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { SignedInUser, signInAsAdmin, userWithRoles } from '@zhanggui/api-identity/testing';
import { AppModule } from '../../src/app.module';

/**
 * OWASP API4 (unrestricted resource consumption), the request budget: every caller gets one across all routes
 * and replicas, and the refusal says when to come back.
 */
describe('security: the request budget (OWASP API4)', () => {
  const BUDGET = 25;
  let t: TestApp;
  // Signed in before any test spends the admin's budget.
  let bystander: SignedInUser;

  beforeAll(async () => {
    t = await createTestApp({
      root: (config) => AppModule.forRoot(config),
      config: { rateLimitPerMinute: BUDGET },
    });
    bystander = await userWithRoles(t, await signInAsAdmin(t), [{ role: 'finance' }]);
  });
  afterAll(() => t.close());

  it('gives each caller its budget across all routes, then answers 429 with Retry-After', async () => {
    const admin = await signInAsAdmin(t);
    const colleague = await userWithRoles(t, admin, [{ role: 'finance' }]);
    const statuses: number[] = [];
    const routes = ['/api/v1/users', '/api/v1/org-units', '/api/v1/auth/me'];
    for (let i = 0; i < BUDGET + 5; i++) statuses.push((await t.http(admin.auth).get(routes[i % 3])).status);
    const refused = statuses.indexOf(429);
    expect(refused).toBeGreaterThan(0);
    expect(refused).toBeLessThanOrEqual(BUDGET);
    expect(statuses.slice(refused).every((status) => status === 429)).toBe(true);

    const answer = await t.http(admin.auth).get('/api/v1/auth/me');
    expectProblem(answer, 429, 'RATE_LIMITED');
    const retryAfter = Number(answer.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);
    // Someone else's budget is their own.
    await t.http(colleague.auth).get('/api/v1/auth/me').expect(200);
  });

  it('budgets anonymous callers of public routes by address', async () => {
    const statuses: number[] = [];
    const publicRoute = '/api/v1/site-content?language=zh-CN';
    for (let i = 0; i < BUDGET + 5; i++)
      statuses.push((await t.http().get(publicRoute).set('X-Forwarded-For', '10.77.0.1')).status);
    expect(statuses).toContain(429);
    expect(statuses.slice(statuses.indexOf(429)).every((status) => status === 429)).toBe(true);
    expect((await t.http().get(publicRoute).set('X-Forwarded-For', '10.77.0.2')).status).toBe(200);
  });

  it('budgets anonymous floods of protected routes by address, before authentication refuses them', async () => {
    const flooder = '10.78.0.1';
    const statuses: number[] = [];
    // No credential, a forged token and a guessed API key: each refusal is charged to the address.
    const attempts = [
      (): Promise<{ status: number }> => t.http().get('/api/v1/users').set('X-Forwarded-For', flooder),
      (): Promise<{ status: number }> =>
        t
          .http()
          .get('/api/v1/orders')
          .set('X-Forwarded-For', flooder)
          .set('Authorization', 'Bearer forged.jwt.x'),
      (): Promise<{ status: number }> =>
        t
          .http()
          .get('/api/v1/customers')
          .set('X-Forwarded-For', flooder)
          .set('Authorization', 'Bearer zg_guessed_0123456789abcdef'),
    ];
    for (let i = 0; i < BUDGET + 5; i++) statuses.push((await attempts[i % 3]()).status);
    const refused = statuses.indexOf(429);
    expect(statuses.slice(0, refused).every((status) => status === 401)).toBe(true);
    expect(refused).toBe(BUDGET);
    expect(statuses.slice(refused).every((status) => status === 429)).toBe(true);

    const answer = await t.http().get('/api/v1/users').set('X-Forwarded-For', flooder);
    expectProblem(answer, 429, 'RATE_LIMITED');
    const retryAfter = Number(answer.headers['retry-after']);
    expect(retryAfter).toBeGreaterThan(0);
    expect(retryAfter).toBeLessThanOrEqual(60);

    // Another address is still answered 401, and signed-in people keep their own per-user budget.
    expect((await t.http().get('/api/v1/users').set('X-Forwarded-For', '10.78.0.2')).status).toBe(401);
    await t.http(bystander.auth).get('/api/v1/auth/me').set('X-Forwarded-For', '10.78.0.3').expect(200);
    await t.http(bystander.auth).get('/api/v1/auth/me').set('X-Forwarded-For', flooder).expect(200);
  });

  it('never throttles the health endpoints load balancers poll', async () => {
    const balancer = '10.79.0.1';
    for (let i = 0; i < BUDGET + 5; i++) await t.http().get('/api/v1/users').set('X-Forwarded-For', balancer);
    for (let i = 0; i < BUDGET + 5; i++) {
      await t.http().get('/health/live').set('X-Forwarded-For', balancer).expect(200);
      await t.http().get('/health/ready').set('X-Forwarded-For', balancer).expect(200);
    }
  });
});
