import { PermissionCatalog, ROLE_CODES, RoleCode } from '@zhanggui/api-identity';
import { signInAsAdmin, SignedInUser, userWithRoles } from '@zhanggui/api-identity/testing';
import { createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { AppModule } from '../src/app.module';
import { discoverRoutes, Route } from './reliability/security/routes';

const SOME_ID = '01a21f21-0000-7000-8000-000000000000';

/**
 * The function-level authorization matrix, generated from route metadata: every route, called by nobody and by
 * a user of every role, answers 401/403 exactly when the route's rule says so. A route without a rule fails.
 */
describe('access to every route, as every role', () => {
  let t: TestApp;
  let routes: Route[];
  let catalog: PermissionCatalog;
  let admin: SignedInUser;
  const people = new Map<RoleCode, SignedInUser>();

  beforeAll(async () => {
    t = await createTestApp({ root: (config) => AppModule.forRoot(config) });
    routes = discoverRoutes(t);
    catalog = t.app.get(PermissionCatalog);
    admin = await signInAsAdmin(t);
    for (const role of ROLE_CODES) people.set(role, await userWithRoles(t, admin, [{ role }]));
  }, 60_000);
  afterAll(() => t.close());

  it('finds the routes', () => {
    expect(routes.length).toBeGreaterThan(15);
    expect(routes).toEqual(
      expect.arrayContaining([expect.objectContaining({ method: 'get', path: '/api/v1/users' })]),
    );
  });

  it('has an access rule on every route, naming only permissions some role holds (deny by default)', () => {
    const unguarded = routes.filter((route) => !route.rule).map((route) => `${route.method} ${route.path}`);
    expect(unguarded).toEqual([]);
    const orphaned = routes
      .filter(
        (route) =>
          route.rule?.kind === 'permission' &&
          route.rule.permissions.every((permission) => catalog.rolesHolding(permission).length === 0),
      )
      .map((route) => `${route.method} ${route.path}`);
    expect(orphaned).toEqual([]);
  });

  const call = (route: Route, auth?: string) => {
    // Signing out would end the session the rest of the matrix runs with: it gets a session of its own.
    const request = t.http(auth)[route.method as 'get'](route.path.replace(/:[A-Za-z]+/g, SOME_ID));
    return route.method === 'get' ? request : request.send({});
  };

  it('refuses anonymous callers on every route that is not public', async () => {
    const wrong: string[] = [];
    for (const route of routes) {
      const status = (await call(route)).status;
      const expected = route.rule?.kind === 'public' ? 'allowed' : 401;
      if (
        (expected === 'allowed' && (status === 401 || status === 403)) ||
        (expected === 401 && status !== 401)
      ) {
        wrong.push(`${route.method} ${route.path}: ${status}, expected ${expected}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  // About 500 requests per role, one after another: seconds alone, more beside other test files.
  it.each(ROLE_CODES)(
    'lets a %s through exactly the routes its permissions open',
    async (role) => {
      const person = people.get(role)!;
      const wrong: string[] = [];
      const ordered = [...routes].sort(
        (a, b) => Number(a.path.endsWith('/logout')) - Number(b.path.endsWith('/logout')),
      );
      for (const route of ordered) {
        const allowed =
          route.rule?.kind === 'public' ||
          route.rule?.kind === 'signed-in' ||
          (route.rule?.kind === 'permission' &&
            route.rule.permissions.some((permission) => catalog.rolesHolding(permission).includes(role)));
        const status = (await call(route, person.auth)).status;
        const denied = status === 401 || status === 403;
        if (allowed === denied)
          wrong.push(
            `${route.method} ${route.path}: ${status} (${allowed ? 'should pass' : 'should be 403'})`,
          );
        if (!allowed && status !== 403) wrong.push(`${route.method} ${route.path}: ${status}, expected 403`);
      }
      expect(wrong).toEqual([]);
    },
    90_000,
  );
});
