import jwt from 'jsonwebtoken';
import { createTestApp, expectProblem, TEST_ADMIN_PASSWORD, TestApp } from '@zhanggui/api-platform/testing';
import { IdentityModule } from '../identity.module';
import { signIn, signInAsAdmin, SignedInUser, userWithRoles } from '../testing';

describe('authentication', () => {
  let t: TestApp;
  let admin: SignedInUser;

  const login = (username: string, password: string, ip = '10.0.0.1') =>
    t.http().post('/api/v1/auth/login').set('X-Forwarded-For', ip).send({ username, password });
  const me = (auth: string) => t.http(auth).get('/api/v1/auth/me');

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule] });
    admin = await signInAsAdmin(t);
  });
  afterAll(() => t.close());

  describe('signing in', () => {
    it('answers a token pair, and /auth/me says who you are and what you may do', async () => {
      const response = await login('admin', TEST_ADMIN_PASSWORD).expect(200);
      expect(response.body).toEqual({
        accessToken: expect.any(String),
        refreshToken: expect.stringMatching(/^[0-9a-f-]{36}\.[A-Za-z0-9_-]{43}$/),
        expiresIn: 900,
        tokenType: 'Bearer',
      });
      const profile = (await me(`Bearer ${response.body.accessToken}`).expect(200)).body;
      expect(profile).toMatchObject({
        username: 'admin',
        roles: [{ role: 'system-administrator', orgUnitId: null }],
      });
      expect(profile.permissions).toEqual(
        expect.arrayContaining(['users:write', 'api-keys:write', 'audit-events:read']),
      );
      expect(profile).not.toHaveProperty('passwordHash');
    });

    it('says the same thing for a wrong password and an unknown user', async () => {
      const wrong = expectProblem(await login('admin', 'not the password at all'), 401, 'UNAUTHENTICATED');
      const unknown = expectProblem(
        await login('nobody-here', 'not the password at all'),
        401,
        'UNAUTHENTICATED',
      );
      expect(wrong.detail).toBe(unknown.detail);
      expect(wrong.detail).toBe('The username or password is not right.');
    });

    it('locks a username after repeated failures and says when to retry, even for the right password', async () => {
      const victim = await userWithRoles(t, admin, [{ role: 'finance' }]);
      for (let attempt = 1; attempt <= 4; attempt++) {
        expectProblem(
          await login(victim.username, `wrong guess number ${attempt}`, `10.1.0.${attempt}`),
          401,
          'UNAUTHENTICATED',
        );
      }
      const locking = await login(victim.username, 'wrong guess number 5', '10.1.0.5');
      const problem = expectProblem(locking, 429, 'SIGN_IN_LOCKED');
      expect(problem.detail).toMatch(/Try again after \d{4}-\d\d-\d\dT/);
      expect(Number(locking.headers['retry-after'])).toBeGreaterThan(0);
      const rightPassword = await login(victim.username, victim.password, '10.1.0.6');
      expectProblem(rightPassword, 429, 'SIGN_IN_LOCKED');
    });

    it('refuses a disabled account at sign-in and its existing tokens at once', async () => {
      const leaver = await userWithRoles(t, admin, [{ role: 'editor' }]);
      await me(leaver.auth).expect(200);
      await t.http(admin.auth).patch(`/api/v1/users/${leaver.id}`).send({ status: 'disabled' }).expect(200);
      expectProblem(await me(leaver.auth), 401, 'UNAUTHENTICATED');
      expectProblem(await login(leaver.username, leaver.password, '10.2.0.1'), 401, 'UNAUTHENTICATED');
    });
  });

  describe('refresh tokens', () => {
    it('rotate: a refresh token works once, and reusing it signs the whole family out', async () => {
      const first = (await login('admin', TEST_ADMIN_PASSWORD).expect(200)).body;
      const second = (
        await t.http().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken }).expect(200)
      ).body;
      expect(second.refreshToken).not.toBe(first.refreshToken);
      await me(`Bearer ${second.accessToken}`).expect(200);

      const replay = await t.http().post('/api/v1/auth/refresh').send({ refreshToken: first.refreshToken });
      expect(expectProblem(replay, 401, 'UNAUTHENTICATED').detail).toContain('already used');
      expectProblem(
        await t.http().post('/api/v1/auth/refresh').send({ refreshToken: second.refreshToken }),
        401,
        'UNAUTHENTICATED',
      );
      expectProblem(await me(`Bearer ${second.accessToken}`), 401, 'UNAUTHENTICATED');
    });

    it('refuses forged and malformed refresh tokens', async () => {
      const { refreshToken } = (await login('admin', TEST_ADMIN_PASSWORD).expect(200)).body;
      const forged = `${refreshToken.split('.')[0]}.${'A'.repeat(43)}`;
      expectProblem(
        await t.http().post('/api/v1/auth/refresh').send({ refreshToken: forged }),
        401,
        'UNAUTHENTICATED',
      );
      expectProblem(
        await t.http().post('/api/v1/auth/refresh').send({ refreshToken: 'nonsense' }),
        401,
        'UNAUTHENTICATED',
      );
    });

    it('logout ends the session: its access and refresh tokens stop working', async () => {
      const pair = (await login('admin', TEST_ADMIN_PASSWORD).expect(200)).body;
      await t.http(`Bearer ${pair.accessToken}`).post('/api/v1/auth/logout').expect(204);
      expectProblem(await me(`Bearer ${pair.accessToken}`), 401, 'UNAUTHENTICATED');
      expectProblem(
        await t.http().post('/api/v1/auth/refresh').send({ refreshToken: pair.refreshToken }),
        401,
        'UNAUTHENTICATED',
      );
      await me(admin.auth).expect(200); // other sessions are untouched
    });
  });

  describe('access tokens', () => {
    let secret: Buffer;
    let claims: { sub: string; sid: string };

    beforeAll(async () => {
      [{ secret }] = await t.dataSource.query(`SELECT secret FROM signing_key WHERE id = 'access-token'`);
      claims = jwt.decode(admin.token) as { sub: string; sid: string };
    });

    it('refuses alg none, a wrong signature, an expired token and a refresh token used as access token', async () => {
      const unsigned = jwt.sign({ ...claims, typ: 'access' }, '', { algorithm: 'none' });
      const otherKey = jwt.sign(
        { sub: claims.sub, sid: claims.sid, typ: 'access' },
        'some-other-secret-of-enough-length',
      );
      const expired = jwt.sign({ sub: claims.sub, sid: claims.sid, typ: 'access' }, secret, {
        expiresIn: -10,
      });
      const [header, , signature] = admin.token.split('.');
      const tampered = `${header}.${Buffer.from(JSON.stringify({ ...claims, sub: '00000000-0000-7000-8000-000000000000' })).toString('base64url')}.${signature}`;
      for (const token of [unsigned, otherKey, tampered, 'not-a-jwt'])
        expectProblem(await me(`Bearer ${token}`), 401, 'UNAUTHENTICATED');
      expect(expectProblem(await me(`Bearer ${expired}`), 401, 'UNAUTHENTICATED').detail).toContain(
        'expired',
      );
      const valid = jwt.sign({ sub: claims.sub, sid: claims.sid, typ: 'access' }, secret, { expiresIn: 60 });
      await me(`Bearer ${valid}`).expect(200); // the same key and claims do work: the refusals above are about the token
    });

    it('asks for credentials with 401 and refuses a missing permission with 403', async () => {
      expectProblem(await t.http().get('/api/v1/users'), 401, 'UNAUTHENTICATED');
      expectProblem(await t.http('Basic YWRtaW46eA==').get('/api/v1/users'), 401, 'UNAUTHENTICATED');
      const editor = await userWithRoles(t, admin, [{ role: 'editor' }]);
      const denied = expectProblem(await t.http(editor.auth).get('/api/v1/users'), 403, 'FORBIDDEN');
      expect(denied.detail).toContain('users:read');
    });
  });

  describe('your own account', () => {
    it('lets you change your name but not your roles, status or unit (mass assignment is refused)', async () => {
      const clerk = await userWithRoles(t, admin, [{ role: 'customer-service-agent' }]);
      await t.http(clerk.auth).patch('/api/v1/auth/me').send({ displayName: '王小明' }).expect(200);
      const sneaky = await t
        .http(clerk.auth)
        .patch('/api/v1/auth/me')
        .send({ roles: [{ role: 'system-administrator' }], status: 'active' });
      const problem = expectProblem(sneaky, 400, 'VALIDATION_FAILED');
      expect(problem.errors!.map((e) => e.field).sort()).toEqual(['roles', 'status']);
      const profile = (await me(clerk.auth).expect(200)).body;
      expect(profile).toMatchObject({
        displayName: '王小明',
        roles: [{ role: 'customer-service-agent', orgUnitId: null }],
      });
    });

    it('changing your password signs out every session and the new one works', async () => {
      const person = await userWithRoles(t, admin, [{ role: 'hr' }]);
      const otherSession = await signIn(t, person.username, person.password);
      expectProblem(
        await t
          .http(person.auth)
          .post('/api/v1/auth/me/password')
          .send({ currentPassword: 'wrong wrong wrong', newPassword: 'a brand new passphrase' }),
        400,
        'WRONG_CURRENT_PASSWORD',
      );
      expectProblem(
        await t
          .http(person.auth)
          .post('/api/v1/auth/me/password')
          .send({ currentPassword: person.password, newPassword: 'short' }),
        400,
        'WEAK_PASSWORD',
      );
      await t
        .http(person.auth)
        .post('/api/v1/auth/me/password')
        .send({ currentPassword: person.password, newPassword: 'a brand new passphrase' })
        .expect(204);
      expectProblem(await me(person.auth), 401, 'UNAUTHENTICATED');
      expectProblem(await me(otherSession.auth), 401, 'UNAUTHENTICATED');
      await signIn(t, person.username, 'a brand new passphrase');
    });
  });
});
