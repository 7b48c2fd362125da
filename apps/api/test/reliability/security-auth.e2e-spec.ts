import jwt from 'jsonwebtoken';
import { createTestApp, expectProblem, TEST_ADMIN_PASSWORD, TestApp } from '@zhanggui/api-platform/testing';
import { signIn, signInAsAdmin, SignedInUser, userWithRoles } from '@zhanggui/api-identity/testing';
import { AppModule } from '../../src/app.module';
import { discoverRoutes, Route } from './security/routes';

/**
 * OWASP API2 (broken authentication), across the whole application rather than one domain: every forged,
 * expired or revoked credential is refused with 401 problem+json on every list route of every department;
 * password guessing is slowed per username and per address; passwords follow the same rules everywhere.
 */
describe('security: authentication (OWASP API2)', () => {
  let t: TestApp;
  let admin: SignedInUser;
  let lists: Route[];
  let secret: Buffer;
  let claims: { sub: string; sid: string };

  beforeAll(async () => {
    t = await createTestApp({ root: (config) => AppModule.forRoot(config) });
    admin = await signInAsAdmin(t);
    // Every parameterless GET that needs a signed-in caller: one per resource of every domain.
    lists = discoverRoutes(t).filter(
      (route) =>
        route.method === 'get' &&
        !route.path.includes(':') &&
        (route.rule?.kind === 'permission' || route.rule?.kind === 'signed-in'),
    );
    [{ secret }] = await t.dataSource.query(`SELECT secret FROM signing_key WHERE id = 'access-token'`);
    claims = jwt.decode(admin.token) as { sub: string; sid: string };
  }, 60_000);
  afterAll(() => t.close());

  const login = (username: string, password: string, ip: string) =>
    t.http().post('/api/v1/auth/login').set('X-Forwarded-For', ip).send({ username, password });

  /** Calls every list with the credential; returns those that did not answer 401 problem+json. */
  async function notRefused(authorization: string): Promise<string[]> {
    const wrong: string[] = [];
    for (const route of lists) {
      const response = await t.http(authorization).get(route.path);
      if (response.status !== 401 || !/^application\/problem\+json/.test(response.headers['content-type']))
        wrong.push(`${route.path}: ${response.status}`);
    }
    return wrong;
  }

  it('refuses every forged or stale access token on every list route', async () => {
    expect(lists.length).toBeGreaterThan(60);
    const access = { sub: claims.sub, sid: claims.sid, typ: 'access' };
    const [header, payload, signature] = admin.token.split('.');
    const encode = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
    const decoded = JSON.parse(Buffer.from(payload, 'base64url').toString());
    const forged: Record<string, string> = {
      'payload changed (another user)': `${header}.${encode({ ...decoded, sub: '01a21f21-0000-7000-8000-000000000001' })}.${signature}`,
      'payload changed (longer expiry)': `${header}.${encode({ ...decoded, exp: decoded.exp + 86_400 })}.${signature}`,
      'alg none': `${encode({ alg: 'none', typ: 'JWT' })}.${payload}.`,
      'alg none, signature kept': `${encode({ alg: 'none', typ: 'JWT' })}.${payload}.${signature}`,
      'wrong key': jwt.sign(access, 'a-different-secret-of-plenty-of-length'),
      'right key, other algorithm (HS512)': jwt.sign(access, secret, { algorithm: 'HS512' }),
      expired: jwt.sign(access, secret, { expiresIn: -1 }),
      'not yet valid': jwt.sign(access, secret, { notBefore: 3600 }),
      'refresh-type token': jwt.sign({ ...access, typ: 'refresh' }, secret),
      'no type': jwt.sign({ sub: claims.sub, sid: claims.sid }, secret),
      'unknown user': jwt.sign({ ...access, sub: '01a21f21-0000-7000-8000-000000000002' }, secret),
      'unknown session': jwt.sign({ ...access, sid: '01a21f21-0000-7000-8000-000000000003' }, secret),
      'not a JWT': 'definitely-not-a-jwt',
      empty: '',
    };
    for (const [name, token] of Object.entries(forged))
      expect([name, await notRefused(`Bearer ${token}`)]).toEqual([name, []]);
    for (const scheme of ['Basic YWRtaW46dGVzdA==', `Token ${admin.token}`, admin.token])
      expect([scheme.slice(0, 12), await notRefused(scheme)]).toEqual([scheme.slice(0, 12), []]);
    // The same key and claims do work, so each refusal above is about what was changed.
    const genuine = jwt.sign(access, secret, { expiresIn: 60 });
    await t.http(`Bearer ${genuine}`).get('/api/v1/users').expect(200);
  }, 60_000);

  it('refuses the tokens of a disabled user and of a user whose password was reset, everywhere', async () => {
    const leaver = await userWithRoles(t, admin, [{ role: 'system-administrator' }]);
    const reset = await userWithRoles(t, admin, [{ role: 'system-administrator' }]);
    await t.http(leaver.auth).get('/api/v1/users').expect(200);
    await t.http(admin.auth).patch(`/api/v1/users/${leaver.id}`).send({ status: 'disabled' }).expect(200);
    await t
      .http(admin.auth)
      .post(`/api/v1/users/${reset.id}/password`)
      .send({ password: 'a completely new passphrase' })
      .expect(204);
    expect(await notRefused(leaver.auth)).toEqual([]);
    expect(await notRefused(reset.auth)).toEqual([]);
    expectProblem(await login(leaver.username, leaver.password, '10.9.0.1'), 401, 'UNAUTHENTICATED');
    expectProblem(await login(reset.username, reset.password, '10.9.0.2'), 401, 'UNAUTHENTICATED');
  }, 60_000);

  it('refuses a revoked or expired API key everywhere, and a key that was never issued', async () => {
    const create = async () =>
      (
        await t
          .http(admin.auth)
          .post('/api/v1/api-keys')
          .send({ name: 'security suite', permissions: ['org-units:read'] })
          .expect(201)
      ).body as { id: string; secret: string };
    const revoked = await create();
    await t.http(`Bearer ${revoked.secret}`).get('/api/v1/org-units').expect(200);
    await t.http(admin.auth).post(`/api/v1/api-keys/${revoked.id}/revoke`).expect(200);
    const expired = await create();
    await t.dataSource.query(`UPDATE api_key SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      expired.id,
    ]);
    const invented = revoked.secret.replace(/_[^_]+$/, `_${'x'.repeat(43)}`);
    for (const key of [revoked.secret, expired.secret, invented, 'zg_000000000000_short'])
      expect([key.slice(0, 16), await notRefused(`Bearer ${key}`)]).toEqual([key.slice(0, 16), []]);
  }, 60_000);

  it('slows password guessing: per username, and per address across usernames (credential stuffing)', async () => {
    const victim = await userWithRoles(t, admin, [{ role: 'finance' }]);
    const tries: number[] = [];
    for (let attempt = 1; attempt <= 6; attempt++)
      tries.push((await login(victim.username, `guess ${attempt} of many`, `10.10.0.${attempt}`)).status);
    expect(tries).toEqual([401, 401, 401, 401, 429, 429]);
    const locked = await login(victim.username, victim.password, '10.10.1.1');
    expectProblem(locked, 429, 'SIGN_IN_LOCKED');
    expect(Number(locked.headers['retry-after'])).toBeGreaterThan(0);

    // One address trying one password against many names is locked out too, whatever name it tries next.
    const statuses: number[] = [];
    for (let name = 1; name <= 32; name++)
      statuses.push((await login(`stuffed-${name}`, 'Summer2026!', '10.11.0.1')).status);
    expect(statuses.slice(0, 29).every((status) => status === 401)).toBe(true);
    expect(statuses.slice(30)).toEqual([429, 429]);
    expectProblem(await login('admin', TEST_ADMIN_PASSWORD, '10.11.0.1'), 429, 'SIGN_IN_LOCKED');
    // …while everyone else still signs in.
    await login('admin', TEST_ADMIN_PASSWORD, '10.11.0.2').expect(200);
  }, 60_000);

  it('applies the password rules to creating, resetting and changing a password alike', async () => {
    const person = await userWithRoles(t, admin, [{ role: 'hr' }]);
    // The username rule is about the account's own name, so the new account here is named within `person`’s name.
    const weak = ['short', 'aaaaaaaaaaaaaaaa', `${person.username}-extra`, 'x'.repeat(257)];
    for (const password of weak) {
      const created = await t
        .http(admin.auth)
        .post('/api/v1/users')
        .send({ username: person.username.slice(0, -1), displayName: 'x', password, roles: [] });
      expect([password.slice(0, 20), created.status]).toEqual([password.slice(0, 20), 400]);
      const reset = await t.http(admin.auth).post(`/api/v1/users/${person.id}/password`).send({ password });
      expect([password.slice(0, 20), reset.status]).toEqual([password.slice(0, 20), 400]);
      const changed = await t
        .http(person.auth)
        .post('/api/v1/auth/me/password')
        .send({ currentPassword: person.password, newPassword: password });
      expect([password.slice(0, 20), changed.status]).toEqual([password.slice(0, 20), 400]);
    }
    // Changing one's own password needs the current one, and ends every other session.
    const other = await signIn(t, person.username, person.password);
    expectProblem(
      await t
        .http(person.auth)
        .post('/api/v1/auth/me/password')
        .send({ currentPassword: 'not the current one', newPassword: 'a strong new passphrase' }),
      400,
      'WRONG_CURRENT_PASSWORD',
    );
    await t
      .http(person.auth)
      .post('/api/v1/auth/me/password')
      .send({ currentPassword: person.password, newPassword: 'a strong new passphrase' })
      .expect(204);
    expectProblem(await t.http(other.auth).get('/api/v1/auth/me'), 401, 'UNAUTHENTICATED');
    await signIn(t, person.username, 'a strong new passphrase');
  }, 60_000);
});
