import { createTestApp, expectProblem, TestApp } from '@zhanggui/api-platform/testing';
import { IdentityModule } from '../identity.module';
import { createOrgTree, OrgTree, signInAsAdmin, SignedInUser, userWithRoles } from '../testing';

describe('users, roles and data scope', () => {
  let t: TestApp;
  let admin: SignedInUser;
  let tree: OrgTree;
  let staff: Record<'gz' | 'sz' | 'hz', SignedInUser>;

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule] });
    admin = await signInAsAdmin(t);
    tree = await createOrgTree(t, admin);
    staff = {
      gz: await userWithRoles(t, admin, [{ role: 'customer-service-agent' }], { orgUnitId: tree.guangzhou }),
      sz: await userWithRoles(t, admin, [{ role: 'customer-service-agent' }], { orgUnitId: tree.shenzhen }),
      hz: await userWithRoles(t, admin, [{ role: 'customer-service-agent' }], { orgUnitId: tree.hangzhou }),
    };
  });
  afterAll(() => t.close());

  const listIds = async (who: SignedInUser, query = '') =>
    (
      (await t.http(who.auth).get(`/api/v1/users?limit=200${query}`).expect(200)).body.data as Array<{
        id: string;
      }>
    ).map((u) => u.id);

  describe('a regional manager', () => {
    let manager: SignedInUser;

    beforeAll(async () => {
      manager = await userWithRoles(
        t,
        admin,
        [{ role: 'regional-manager', orgUnitId: tree.pearlRiverDelta }],
        {
          orgUnitId: tree.pearlRiverDelta,
        },
      );
    });

    it('sees the staff of the region’s cities and nobody else', async () => {
      const visible = await listIds(manager);
      expect(visible).toEqual(expect.arrayContaining([staff.gz.id, staff.sz.id, manager.id]));
      expect(visible).not.toContain(staff.hz.id);
      expect(visible).not.toContain(admin.id); // the administrator belongs to no unit: company-wide scopes only
    });

    it('gets 404, not 403, for a user of another region, so ids cannot be probed', async () => {
      await t.http(manager.auth).get(`/api/v1/users/${staff.gz.id}`).expect(200);
      expectProblem(await t.http(manager.auth).get(`/api/v1/users/${staff.hz.id}`), 404, 'USER_NOT_FOUND');
    });

    it('cannot change users at all (users:write belongs to administrators)', async () => {
      expectProblem(
        await t.http(manager.auth).patch(`/api/v1/users/${staff.gz.id}`).send({ displayName: 'x' }),
        403,
        'FORBIDDEN',
      );
    });
  });

  it('a city manager sees only the city; a person with two hats gets the union of their scopes', async () => {
    const cityManager = await userWithRoles(t, admin, [{ role: 'city-manager', orgUnitId: tree.guangzhou }]);
    expect(await listIds(cityManager)).toEqual([staff.gz.id]);
    const twoHats = await userWithRoles(t, admin, [
      { role: 'city-manager', orgUnitId: tree.guangzhou },
      { role: 'city-manager', orgUnitId: tree.hangzhou },
    ]);
    expect((await listIds(twoHats)).sort()).toEqual([staff.gz.id, staff.hz.id].sort());
  });

  it('an HR officer with a company-wide role sees everyone; filters narrow the list', async () => {
    const hr = await userWithRoles(t, admin, [{ role: 'hr' }]);
    expect(await listIds(hr)).toEqual(expect.arrayContaining([admin.id, staff.gz.id, staff.hz.id]));
    expect(await listIds(hr, `&orgUnitId=${tree.guangzhou}`)).toEqual([staff.gz.id]);
    expect(await listIds(hr, `&orgUnitId=${tree.zhejiang}`)).toEqual([staff.hz.id]);
    expect(await listIds(hr, '&role=system-administrator')).toEqual([admin.id]);
  });

  describe('administration', () => {
    it('creates a user with roles; the username is unique and the password must be decent', async () => {
      const body = {
        username: 'Wang.Fang',
        displayName: '王芳',
        password: 'a long enough secret',
        roles: [{ role: 'finance' }],
      };
      const created = (await t.http(admin.auth).post('/api/v1/users').send(body).expect(201)).body;
      expect(created).toMatchObject({
        username: 'wang.fang',
        roles: [{ role: 'finance', orgUnitId: null }],
        status: 'active',
      });
      expect(created).not.toHaveProperty('passwordHash');
      expectProblem(await t.http(admin.auth).post('/api/v1/users').send(body), 409, 'USERNAME_TAKEN');
      const weak = await t
        .http(admin.auth)
        .post('/api/v1/users')
        .send({ ...body, username: 'li.na', password: 'short' });
      expectProblem(weak, 400, 'WEAK_PASSWORD');
      const badRole = await t
        .http(admin.auth)
        .post('/api/v1/users')
        .send({ ...body, username: 'li.na', roles: [{ role: 'king' }] });
      expect(expectProblem(badRole, 400, 'VALIDATION_FAILED').errors![0].field).toBe('roles.0.role');
    });

    it('replaces roles with If-Match, and refuses to remove the last administrator', async () => {
      const person = await userWithRoles(t, admin, [{ role: 'planner' }]);
      const { version } = (await t.http(admin.auth).get(`/api/v1/users/${person.id}`).expect(200)).body;
      const updated = await t
        .http(admin.auth)
        .put(`/api/v1/users/${person.id}/roles`)
        .set('If-Match', `"${version}"`)
        .send({ roles: [{ role: 'planner' }, { role: 'city-manager', orgUnitId: tree.hangzhou }] })
        .expect(200);
      expect(updated.body.roles).toHaveLength(2);
      const stale = await t
        .http(admin.auth)
        .put(`/api/v1/users/${person.id}/roles`)
        .set('If-Match', `"${version}"`)
        .send({ roles: [] });
      expectProblem(stale, 412, 'STALE_VERSION');
      expectProblem(
        await t.http(admin.auth).put(`/api/v1/users/${admin.id}/roles`).send({ roles: [] }),
        422,
        'LAST_ADMINISTRATOR',
      );
      expectProblem(
        await t.http(admin.auth).patch(`/api/v1/users/${admin.id}`).send({ status: 'disabled' }),
        422,
        'LAST_ADMINISTRATOR',
      );
    });
  });

  describe('the audit trail', () => {
    it('records every write with who, what changed and the request id — never secrets', async () => {
      const person = await userWithRoles(t, admin, [{ role: 'editor' }]);
      await t
        .http(admin.auth)
        .patch(`/api/v1/users/${person.id}`)
        .set('X-Request-Id', 'audit-check-1')
        .send({ displayName: '新名字', phone: '13800138000' })
        .expect(200);
      await t
        .http(admin.auth)
        .post(`/api/v1/users/${person.id}/password`)
        .send({ password: 'another decent secret' })
        .expect(204);

      const history = (
        await t
          .http(admin.auth)
          .get(`/api/v1/audit-events?entityType=user_account&entityId=${person.id}`)
          .expect(200)
      ).body.data;
      const actions = history.map((e: { action: string }) => e.action);
      expect(actions).toEqual(expect.arrayContaining(['create', 'set-roles', 'sign-in', 'update']));
      const rename = history.find((e: { requestId: string }) => e.requestId === 'audit-check-1');
      expect(rename).toMatchObject({
        actorKind: 'user',
        actorId: admin.id,
        actorLabel: 'admin',
        action: 'update',
        changes: {
          displayName: { from: person.username, to: '新名字' },
          phone: { from: null, to: '13800138000' },
        },
      });
      const passwordChange = history.find(
        (e: { changes: Record<string, unknown> }) => 'passwordHash' in e.changes && e !== history.at(-1),
      );
      expect(passwordChange.changes.passwordHash).toEqual({ redacted: true });
      expect(JSON.stringify(history)).not.toMatch(/argon2|another decent secret/);
    });

    it('cannot be changed or deleted, by the API or by SQL', async () => {
      const [event] = (await t.http(admin.auth).get('/api/v1/audit-events?limit=1').expect(200)).body.data;
      for (const method of ['patch', 'put', 'delete'] as const) {
        const response = await t.http(admin.auth)[method](`/api/v1/audit-events/${event.id}`).send({});
        expect(response.status).toBe(404);
      }
      await expect(
        t.dataSource.query(`UPDATE audit_event SET action = 'forged' WHERE id = $1`, [event.id]),
      ).rejects.toThrow(/append-only/);
      await expect(t.dataSource.query(`DELETE FROM audit_event WHERE id = $1`, [event.id])).rejects.toThrow(
        /append-only/,
      );
      await expect(t.dataSource.query(`TRUNCATE audit_event`)).rejects.toThrow(/append-only/);
    });

    it('is readable by the auditor but not by an editor', async () => {
      const auditor = await userWithRoles(t, admin, [{ role: 'auditor' }]);
      await t.http(auditor.auth).get('/api/v1/audit-events').expect(200);
      const editor = await userWithRoles(t, admin, [{ role: 'editor' }]);
      expectProblem(await t.http(editor.auth).get('/api/v1/audit-events'), 403, 'FORBIDDEN');
    });
  });
});
