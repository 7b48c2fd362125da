import { createTestApp, expectProblem, TestApp } from '@zhanggui/api-platform/testing';
import { IdentityModule } from '../identity.module';
import { createOrgTree, OrgTree, signInAsAdmin, SignedInUser, userWithRoles } from '../testing';

describe('partner API keys', () => {
  let t: TestApp;
  let admin: SignedInUser;
  let tree: OrgTree;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule] });
    admin = await signInAsAdmin(t);
    tree = await createOrgTree(t, admin);
  });
  afterAll(() => t.close());

  const createKey = (body: object) => t.http(admin.auth).post('/api/v1/api-keys').send(body);

  it('shows the secret once, stores only its hash, and lets the partner in with exactly its permissions', async () => {
    const created = (await createKey({ name: '官网', permissions: ['org-units:read'] }).expect(201)).body;
    expect(created.secret).toMatch(/^zg_[0-9a-f]{12}_[A-Za-z0-9_-]{43}$/);
    expect(created.secret.startsWith(`zg_${created.prefix}_`)).toBe(true);
    const [{ secret_hash }] = await t.dataSource.query('SELECT secret_hash FROM api_key WHERE id = $1', [
      created.id,
    ]);
    expect(secret_hash.toString('utf8')).not.toContain(created.secret.split('_').pop());
    const listed = (await t.http(admin.auth).get('/api/v1/api-keys').expect(200)).body.data;
    expect(JSON.stringify(listed)).not.toContain(created.secret);

    const partner = `Bearer ${created.secret}`;
    await t.http(partner).get('/api/v1/org-units').expect(200);
    expectProblem(await t.http(partner).get('/api/v1/users'), 403, 'FORBIDDEN');
    expectProblem(await t.http(partner).get('/api/v1/auth/me'), 401, 'UNAUTHENTICATED');
    const afterUse = (await t.http(admin.auth).get(`/api/v1/api-keys/${created.id}`).expect(200)).body;
    expect(afterUse.lastUsedAt).not.toBeNull();
  });

  it('is refused at once when revoked, expired or tampered with', async () => {
    const key = (await createKey({ name: '物流伙伴', permissions: ['org-units:read'] }).expect(201)).body;
    await t.http(`Bearer ${key.secret}`).get('/api/v1/org-units').expect(200);
    await t.http(admin.auth).post(`/api/v1/api-keys/${key.id}/revoke`).expect(200);
    expect(
      expectProblem(await t.http(`Bearer ${key.secret}`).get('/api/v1/org-units'), 401, 'UNAUTHENTICATED')
        .detail,
    ).toContain('revoked');
    expectProblem(await t.http(admin.auth).post(`/api/v1/api-keys/${key.id}/revoke`), 409, 'API_KEY_REVOKED');

    const expiring = (
      await createKey({
        name: '临时',
        permissions: ['org-units:read'],
        expiresAt: new Date(Date.now() + 60_000).toISOString(),
      }).expect(201)
    ).body;
    await t.dataSource.query(`UPDATE api_key SET expires_at = now() - interval '1 second' WHERE id = $1`, [
      expiring.id,
    ]);
    expect(
      expectProblem(
        await t.http(`Bearer ${expiring.secret}`).get('/api/v1/org-units'),
        401,
        'UNAUTHENTICATED',
      ).detail,
    ).toContain('expired');

    const good = (await createKey({ name: '第三方', permissions: ['org-units:read'] }).expect(201)).body;
    const tampered = good.secret.slice(0, -1) + (good.secret.endsWith('A') ? 'B' : 'A');
    expectProblem(await t.http(`Bearer ${tampered}`).get('/api/v1/org-units'), 401, 'UNAUTHENTICATED');
  });

  it('carries a data scope like a role assignment does', async () => {
    const regional = (
      await createKey({
        name: '加盟商 珠三角',
        permissions: ['users:read'],
        orgUnitId: tree.pearlRiverDelta,
      }).expect(201)
    ).body;
    const local = await userWithRoles(t, admin, [{ role: 'editor' }], { orgUnitId: tree.guangzhou });
    const remote = await userWithRoles(t, admin, [{ role: 'editor' }], { orgUnitId: tree.hangzhou });
    const seen = (await t.http(`Bearer ${regional.secret}`).get('/api/v1/users').expect(200)).body.data.map(
      (u: { id: string }) => u.id,
    );
    expect(seen).toEqual([local.id]);
    expectProblem(
      await t.http(`Bearer ${regional.secret}`).get(`/api/v1/users/${remote.id}`),
      404,
      'USER_NOT_FOUND',
    );
  });

  it('validates what it is given', async () => {
    expectProblem(await createKey({ name: 'x', permissions: ['orders:fly'] }), 400, 'UNKNOWN_PERMISSION');
    expectProblem(
      await createKey({ name: 'x', permissions: ['not a permission'] }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(await createKey({ name: 'x', permissions: [] }), 400, 'VALIDATION_FAILED');
    expectProblem(
      await createKey({ name: 'x', permissions: ['org-units:read'], expiresAt: '2001-01-01T00:00:00Z' }),
      400,
      'EXPIRY_IN_PAST',
    );
    const editor = await userWithRoles(t, admin, [{ role: 'editor' }]);
    expectProblem(
      await t
        .http(editor.auth)
        .post('/api/v1/api-keys')
        .send({ name: 'x', permissions: ['org-units:read'] }),
      403,
      'FORBIDDEN',
    );
  });
});
