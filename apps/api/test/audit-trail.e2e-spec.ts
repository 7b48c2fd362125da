import { createTestApp, TestApp } from '@zhanggui/api-platform/testing';
import { signInAsAdmin, SignedInUser } from '@zhanggui/api-identity/testing';
import { AppModule } from '../src/app.module';

/**
 * Every write made through the API leaves an audit row naming who made it, what changed and the request id —
 * checked for each kind of record the API can change today.
 */
describe('the audit trail covers every write', () => {
  let t: TestApp;
  let admin: SignedInUser;

  beforeAll(async () => {
    t = await createTestApp({ root: (config) => AppModule.forRoot(config) });
    admin = await signInAsAdmin(t);
  });
  afterAll(() => t.close());

  async function trailOf(entityType: string, entityId: string) {
    return t.dataSource.query(
      `SELECT action, actor_kind, actor_id, request_id, changes FROM audit_event WHERE entity_type = $1 AND entity_id = $2 ORDER BY id`,
      [entityType, entityId],
    );
  }

  it('records creates and updates of org units, users, API keys and webhook subscriptions', async () => {
    const api = t.http(admin.auth);
    const writes: Array<{ entityType: string; id: string; requestId: string; action: string }> = [];
    const write = async (
      entityType: string,
      action: string,
      send: (requestId: string) => Promise<{ body: { id?: string } }>,
      id?: string,
    ) => {
      const requestId = `audit-${writes.length + 1}`;
      const response = await send(requestId);
      writes.push({ entityType, id: id ?? response.body.id!, requestId, action });
      return response.body;
    };

    const company = await write('org_unit', 'create', (r) =>
      api
        .post('/api/v1/org-units')
        .set('X-Request-Id', r)
        .send({ code: 'A-CO', name: '公司', kind: 'company' })
        .expect(201),
    );
    await write(
      'org_unit',
      'update',
      (r) =>
        api
          .patch(`/api/v1/org-units/${company.id}`)
          .set('X-Request-Id', r)
          .send({ name: '新公司' })
          .expect(200),
      company.id,
    );
    const user = await write('user_account', 'create', (r) =>
      api
        .post('/api/v1/users')
        .set('X-Request-Id', r)
        .send({ username: 'audited', displayName: '审计', password: 'a decent long secret' })
        .expect(201),
    );
    await write(
      'user_account',
      'update',
      (r) =>
        api
          .patch(`/api/v1/users/${user.id}`)
          .set('X-Request-Id', r)
          .send({ phone: '13900000000' })
          .expect(200),
      user.id,
    );
    await write(
      'user_account',
      'set-roles',
      (r) =>
        api
          .put(`/api/v1/users/${user.id}/roles`)
          .set('X-Request-Id', r)
          .send({ roles: [{ role: 'editor' }] })
          .expect(200),
      user.id,
    );
    await write(
      'user_account',
      'update',
      (r) =>
        api
          .post(`/api/v1/users/${user.id}/password`)
          .set('X-Request-Id', r)
          .send({ password: 'another long secret' })
          .expect(204),
      user.id,
    );
    const key = await write('api_key', 'create', (r) =>
      api
        .post('/api/v1/api-keys')
        .set('X-Request-Id', r)
        .send({ name: '官网', permissions: ['org-units:read'] })
        .expect(201),
    );
    await write(
      'api_key',
      'update',
      (r) => api.post(`/api/v1/api-keys/${key.id}/revoke`).set('X-Request-Id', r).expect(200),
      key.id,
    );
    const hook = await write('webhook_subscription', 'create', (r) =>
      api
        .post('/api/v1/webhook-subscriptions')
        .set('X-Request-Id', r)
        .send({ name: '伙伴', url: 'http://127.0.0.1:9/x', eventTypes: ['*'] })
        .expect(201),
    );
    await write(
      'webhook_subscription',
      'update',
      (r) =>
        api
          .patch(`/api/v1/webhook-subscriptions/${hook.id}`)
          .set('X-Request-Id', r)
          .send({ status: 'paused' })
          .expect(200),
      hook.id,
    );

    for (const expected of writes) {
      const trail = await trailOf(expected.entityType, expected.id);
      const row = trail.find((e: { request_id: string }) => e.request_id === expected.requestId);
      expect({
        ...expected,
        found: row && { action: row.action, actor: row.actor_id, kind: row.actor_kind },
      }).toEqual({
        ...expected,
        found: { action: expected.action, actor: admin.id, kind: 'user' },
      });
    }
    const secrets = JSON.stringify(await t.dataSource.query(`SELECT changes FROM audit_event`));
    expect(secrets).not.toMatch(/whsec_|argon2|a decent long secret/);
  });
});
