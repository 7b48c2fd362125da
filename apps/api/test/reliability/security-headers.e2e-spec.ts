import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { signInAsAdmin } from '@zhanggui/api-identity/testing';
import type { Response } from 'supertest';
import { AppModule } from '../../src/app.module';

const PARTNER_ORIGIN = 'https://shop.partner.example';

/** Headers every answer carries, API or console, success or error. */
function expectHardenedHeaders(response: Response) {
  expect(response.headers).toEqual(
    expect.objectContaining({
      'x-content-type-options': 'nosniff',
      'x-frame-options': 'SAMEORIGIN',
      'referrer-policy': 'no-referrer',
      'strict-transport-security': expect.stringMatching(/max-age=\d{7,}; includeSubDomains/),
      'content-security-policy': expect.stringContaining("frame-ancestors 'none'"),
    }),
  );
  expect(response.headers['x-powered-by']).toBeUndefined();
  expect(response.headers['server']).toBeUndefined();
}

/**
 * OWASP API8 (security misconfiguration): hardened headers on every kind of answer, a content security policy
 * on the console that only runs our own scripts, CORS only for configured origins, and errors that never carry
 * a stack trace or SQL.
 */
describe('security: headers, CORS and error hygiene (OWASP API8)', () => {
  let t: TestApp;
  let consoleDir: string;

  beforeAll(async () => {
    consoleDir = fs.mkdtempSync(path.join(os.tmpdir(), 'zhanggui-console-'));
    fs.writeFileSync(path.join(consoleDir, 'index.html'), '<!doctype html><div id="root"></div>');
    t = await createTestApp({
      root: (config) => AppModule.forRoot(config),
      config: { corsOrigins: [PARTNER_ORIGIN], adminDistDir: consoleDir },
    });
  });
  afterAll(async () => {
    await t.close();
    fs.rmSync(consoleDir, { recursive: true, force: true });
  });

  it('hardens API answers, errors, health and the console alike', async () => {
    const admin = await signInAsAdmin(t);
    const answers = [
      await t.http(admin.auth).get('/api/v1/users'),
      await t.http().get('/api/v1/users'),
      await t.http().get('/api/v1/no-such-route'),
      await t.http().post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"broken'),
      await t.http().get('/health/live'),
      await t.http().get('/'),
      await t.http().get('/orders/deep/link'),
    ];
    expect(answers.map((answer) => answer.status)).toEqual([200, 401, 404, 400, 200, 200, 200]);
    answers.forEach(expectHardenedHeaders);
  });

  it('gives the console a policy that runs only our own scripts and cannot be framed', async () => {
    const page = await t.http().get('/customers');
    expect(page.headers['content-type']).toMatch(/^text\/html/);
    const policy = Object.fromEntries(
      String(page.headers['content-security-policy'])
        .split(';')
        .map((directive) => directive.trim().split(/\s+/))
        .map(([name, ...values]) => [name, values]),
    );
    expect(policy['default-src']).toEqual(["'self'"]);
    expect(policy['script-src']).toEqual(["'self'"]);
    expect(policy['object-src']).toEqual(["'none'"]);
    expect(policy['frame-ancestors']).toEqual(["'none'"]);
    expect(policy['base-uri']).toEqual(["'self'"]);
    expect(policy['connect-src']).toEqual(["'self'"]);
  });

  it('allows cross-origin calls from configured origins only', async () => {
    const allowed = await t
      .http()
      .options('/api/v1/auth/me')
      .set('Origin', PARTNER_ORIGIN)
      .set('Access-Control-Request-Method', 'GET')
      .set('Access-Control-Request-Headers', 'authorization');
    expect(allowed.status).toBe(204);
    expect(allowed.headers['access-control-allow-origin']).toBe(PARTNER_ORIGIN);
    expect(allowed.headers['access-control-allow-credentials']).toBeUndefined();

    for (const origin of [
      'https://evil.example',
      'null',
      `${PARTNER_ORIGIN}.evil.example`,
      'http://shop.partner.example',
    ]) {
      const preflight = await t
        .http()
        .options('/api/v1/auth/me')
        .set('Origin', origin)
        .set('Access-Control-Request-Method', 'GET');
      const simple = await t.http().get('/health/live').set('Origin', origin);
      expect([origin, preflight.headers['access-control-allow-origin']]).toEqual([origin, undefined]);
      expect([origin, simple.headers['access-control-allow-origin']]).toEqual([origin, undefined]);
    }
  });

  it('sends no CORS headers at all when no origin is configured (the console is same-origin)', async () => {
    const plain = await createTestApp({ root: (config) => AppModule.forRoot(config) });
    try {
      const answer = await plain.http().get('/health/live').set('Origin', 'https://evil.example');
      expect(answer.headers['access-control-allow-origin']).toBeUndefined();
    } finally {
      await plain.close();
    }
  });

  it('never puts a stack trace, SQL or file path into an error', async () => {
    const admin = await signInAsAdmin(t);
    const errors = [
      await t.http().post('/api/v1/auth/login').set('Content-Type', 'application/json').send('{"a":'),
      await t.http(admin.auth).get('/api/v1/users/not-a-uuid'),
      await t.http(admin.auth).get(`/api/v1/users/${'0'.repeat(8)}-0000-7000-8000-000000000000`),
      await t
        .http(admin.auth)
        .post('/api/v1/users')
        .send({ username: { $ne: 1 }, roles: 'x' }),
      await t.http(admin.auth).get('/api/v1/users?limit=abc&cursor=%00%27;DROP'),
      await t.http().get('/api/v1/users').set('Authorization', 'Bearer a.b.c'),
    ];
    for (const error of errors) {
      expect(error.status).toBeGreaterThanOrEqual(400);
      expect(error.status).toBeLessThan(500);
      expect(error.headers['content-type']).toMatch(/^application\/problem\+json/);
      expect(JSON.stringify(error.body)).not.toMatch(
        /\bat .+\.(js|ts):\d+|node_modules|\/work\/|SELECT |INSERT |QueryFailedError|stack/i,
      );
    }
  });
});
