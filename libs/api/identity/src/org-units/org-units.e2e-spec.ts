import { createTestApp, expectProblem, TestApp } from '@zhanggui/api-platform/testing';
import { IdentityModule } from '../identity.module';
import { signInAsAdmin, SignedInUser, userWithRoles } from '../testing';

describe('org units over HTTP', () => {
  let t: TestApp;
  let http: () => ReturnType<TestApp['http']>;
  let admin: SignedInUser;
  let company: { id: string };
  let province: { id: string };
  let region: { id: string };

  const create = (body: object) => http().post('/api/v1/org-units').send(body);

  beforeAll(async () => {
    t = await createTestApp({ imports: [IdentityModule] });
    admin = await signInAsAdmin(t);
    http = () => t.http(admin.auth);
    company = (await create({ code: 'acme', name: '示例公司', kind: 'company' }).expect(201)).body;
    province = (
      await create({ code: 'GD', name: '广东省', kind: 'province', parentId: company.id }).expect(201)
    ).body;
    region = (
      await create({ code: 'GD-PRD', name: '珠三角区域', kind: 'region', parentId: province.id }).expect(201)
    ).body;
  });
  afterAll(() => t.close());

  describe('creating', () => {
    it('answers 201 with the unit, its ETag and Location', async () => {
      const response = await create({ code: ' gd-gz ', name: ' 广州市 ', kind: 'city', parentId: region.id });
      expect(response.status).toBe(201);
      expect(response.body).toEqual({
        id: expect.stringMatching(/^[0-9a-f-]{36}$/),
        code: 'GD-GZ',
        name: '广州市',
        kind: 'city',
        parentId: region.id,
        status: 'active',
        version: 1,
        createdAt: expect.stringMatching(/^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/),
        updatedAt: expect.any(String),
      });
      expect(response.headers.etag).toBe('"1"');
      expect(response.headers.location).toBe(`/api/v1/org-units/${response.body.id}`);
    });

    it('refuses an unknown or read-only field with a 400 naming it', async () => {
      const response = await create({
        code: 'X1',
        name: 'x',
        kind: 'city',
        parentId: region.id,
        version: 7,
        id: 'a',
      });
      const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
      expect(problem.errors).toEqual(
        expect.arrayContaining([
          { field: 'version', message: 'unknown or read-only field: version' },
          { field: 'id', message: 'unknown or read-only field: id' },
        ]),
      );
    });

    it('names every invalid field', async () => {
      const response = await create({ code: 'bad code!', name: '', kind: 'planet', parentId: 'nope' });
      const problem = expectProblem(response, 400, 'VALIDATION_FAILED');
      expect([...new Set(problem.errors!.map((e) => e.field))].sort()).toEqual([
        'code',
        'kind',
        'name',
        'parentId',
      ]);
    });

    it('refuses a unit under the wrong kind of parent (422)', async () => {
      const response = await create({ code: 'C-BAD', name: '错位城市', kind: 'city', parentId: province.id });
      const problem = expectProblem(response, 422, 'ORG_UNIT_PARENT_INVALID');
      expect(problem.errors).toEqual([
        { field: 'parentId', message: 'a city must sit under a region, not a province' },
      ]);
    });

    it('refuses a duplicate code (409, field code) and a second company', async () => {
      expectProblem(
        await create({ code: 'gd', name: '重复', kind: 'province', parentId: company.id }),
        409,
        'ORG_UNIT_CODE_TAKEN',
      );
      expectProblem(
        await create({ code: 'OTHER', name: '另一家公司', kind: 'company' }),
        409,
        'ORG_UNIT_COMPANY_EXISTS',
      );
    });

    it('creates exactly one unit when the same code is sent twice at once', async () => {
      const responses = await Promise.all(
        [1, 2, 3].map(() => create({ code: 'RACE', name: '并发', kind: 'department', parentId: company.id })),
      );
      expect(responses.map((r) => r.status).sort()).toEqual([201, 409, 409]);
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM org_unit WHERE code = 'RACE'`,
      );
      expect(count).toBe(1);
    });
  });

  describe('with an Idempotency-Key', () => {
    const withKey = (key: string, body: object) =>
      http().post('/api/v1/org-units').set('Idempotency-Key', key).send(body);

    it('creates one unit from 50 concurrent duplicates; the others are told to wait or get the same answer', async () => {
      const body = { code: 'IDEM-50', name: '幂等', kind: 'department', parentId: company.id };
      const responses = await Promise.all(Array.from({ length: 50 }, () => withKey('key-50', body)));
      const statuses = responses.map((r) => r.status);
      expect(statuses.filter((s) => s !== 201 && s !== 409)).toEqual([]);
      const created = responses.filter((r) => r.status === 201);
      expect(new Set(created.map((r) => r.body.id)).size).toBe(1);
      for (const r of responses.filter((r) => r.status === 409))
        expectProblem(r, 409, 'IDEMPOTENCY_IN_PROGRESS');
      const [{ count }] = await t.dataSource.query(
        `SELECT count(*)::int AS count FROM org_unit WHERE code = 'IDEM-50'`,
      );
      expect(count).toBe(1);

      const replay = await withKey('key-50', body);
      expect(replay.status).toBe(201);
      expect(replay.body).toEqual(created[0].body);
      expect(replay.headers['idempotent-replayed']).toBe('true');
      expect(replay.headers.location).toBe(`/api/v1/org-units/${created[0].body.id}`);
    });

    it('refuses the same key with a different body (422), and keys are per caller', async () => {
      const body = { code: 'IDEM-A', name: '甲', kind: 'department', parentId: company.id };
      await withKey('key-a', body).expect(201);
      expectProblem(await withKey('key-a', { ...body, name: '乙' }), 422, 'IDEMPOTENCY_KEY_REUSED');
      expectProblem(await withKey('x'.repeat(256), body), 400, 'INVALID_IDEMPOTENCY_KEY');
      // Another caller's identical request is its own: no replay of the administrator's answer.
      const hr = await userWithRoles(t, admin, [{ role: 'hr' }]);
      const other = await t
        .http(hr.auth)
        .post('/api/v1/org-units')
        .set('Idempotency-Key', 'key-a')
        .send(body);
      expectProblem(other, 409, 'ORG_UNIT_CODE_TAKEN');
    });

    it('stores nothing for a failed request, so the client can fix it and retry with the same key', async () => {
      const body = { code: 'IDEM-B', name: '丙', kind: 'city', parentId: company.id };
      expectProblem(await withKey('key-b', body), 422, 'ORG_UNIT_PARENT_INVALID');
      await withKey('key-b', { ...body, kind: 'department' }).expect(201);
    });
  });

  describe('reading', () => {
    it('returns one unit with its ETag; an unknown id is 404, a malformed id 400', async () => {
      const response = await http().get(`/api/v1/org-units/${region.id}`).expect(200);
      expect(response.body).toMatchObject({ code: 'GD-PRD', kind: 'region' });
      expect(response.headers.etag).toBe(`"${response.body.version}"`);
      expectProblem(
        await http().get('/api/v1/org-units/01a21eed-0000-7000-8000-000000000000'),
        404,
        'ORG_UNIT_NOT_FOUND',
      );
      expectProblem(await http().get('/api/v1/org-units/not-a-uuid'), 400, 'BAD_REQUEST');
    });
  });

  describe('updating with If-Match', () => {
    let unit: { id: string; version: number };

    beforeEach(async () => {
      const code = `DEP-${Math.random().toString(36).slice(2, 8)}`;
      unit = (await create({ code, name: '部门', kind: 'department', parentId: company.id }).expect(201))
        .body;
    });

    const patch = (id: string, body: object, ifMatch?: string) => {
      const request = http().patch(`/api/v1/org-units/${id}`).send(body);
      return ifMatch === undefined ? request : request.set('If-Match', ifMatch);
    };

    it('applies a change when If-Match is current, and bumps the version and ETag', async () => {
      const response = await patch(unit.id, { name: '新名字' }, '"1"').expect(200);
      expect(response.body).toMatchObject({ name: '新名字', version: 2 });
      expect(response.headers.etag).toBe('"2"');
    });

    it('refuses a stale If-Match with 412 and leaves the record unchanged', async () => {
      await patch(unit.id, { name: '第一次' }, '"1"').expect(200);
      const response = await patch(unit.id, { name: '第二次' }, '"1"');
      expectProblem(response, 412, 'STALE_VERSION');
      expect(response.headers.etag).toBe('"2"');
      expect((await http().get(`/api/v1/org-units/${unit.id}`)).body).toMatchObject({
        name: '第一次',
        version: 2,
      });
    });

    it('lets exactly one of two concurrent updates with the same If-Match through', async () => {
      const responses = await Promise.all([
        patch(unit.id, { name: 'A' }, '"1"'),
        patch(unit.id, { name: 'B' }, '"1"'),
      ]);
      expect(responses.map((r) => r.status).sort()).toEqual([200, 412]);
      expect((await http().get(`/api/v1/org-units/${unit.id}`)).body.version).toBe(2);
    });

    it('accepts weak tags and *, refuses a malformed If-Match, and updates without one', async () => {
      await patch(unit.id, { name: '弱标签' }, 'W/"1"').expect(200);
      await patch(unit.id, { name: '星号' }, '*').expect(200);
      expectProblem(await patch(unit.id, { name: 'x' }, 'version-3'), 400, 'INVALID_IF_MATCH');
      await patch(unit.id, { name: '无条件' }).expect(200);
    });

    it('refuses read-only fields in an update', async () => {
      const problem = expectProblem(
        await patch(unit.id, { kind: 'city', version: 9 }),
        400,
        'VALIDATION_FAILED',
      );
      expect(problem.errors!.map((e) => e.field).sort()).toEqual(['kind', 'version']);
    });

    it('refuses moving a unit under its own descendant', async () => {
      const team = (
        await create({ code: `T-${unit.id.slice(-6)}`, name: '组', kind: 'team', parentId: unit.id }).expect(
          201,
        )
      ).body;
      const child = (
        await create({
          code: `TT-${unit.id.slice(-6)}`,
          name: '子组',
          kind: 'team',
          parentId: team.id,
        }).expect(201)
      ).body;
      const problem = expectProblem(
        await patch(team.id, { parentId: child.id }),
        422,
        'ORG_UNIT_PARENT_INVALID',
      );
      expect(problem.detail).toContain('inside');
    });

    it('archives a unit only when nothing active sits under it', async () => {
      await create({ code: `K-${unit.id.slice(-6)}`, name: '组', kind: 'team', parentId: unit.id }).expect(
        201,
      );
      expectProblem(await patch(unit.id, { status: 'archived' }), 409, 'ORG_UNIT_HAS_ACTIVE_CHILDREN');
    });
  });

  describe('listing with keyset pagination', () => {
    const CITY_COUNT = 300;

    beforeAll(async () => {
      // Many repeated names, so the id tiebreaker is what keeps pages from skipping or repeating rows.
      await t.dataSource.query(
        `INSERT INTO org_unit (code, name, kind, parent_id)
         SELECT 'CITY-' || lpad(i::text, 4, '0'), '城市' || (i % 7), 'city', $1 FROM generate_series(1, $2) AS i`,
        [region.id, CITY_COUNT],
      );
    });

    async function walk(query: string): Promise<Array<{ id: string; name: string; code: string }>> {
      const rows: Array<{ id: string; name: string; code: string }> = [];
      let cursor: string | null = null;
      do {
        const after = cursor ? `&cursor=${encodeURIComponent(cursor)}` : '';
        const page: { data: typeof rows; nextCursor: string | null } = (
          await http().get(`/api/v1/org-units?${query}${after}`).expect(200)
        ).body;
        expect(page.data.length).toBeLessThanOrEqual(37);
        rows.push(...page.data);
        cursor = page.nextCursor;
      } while (cursor);
      return rows;
    }

    it.each(['name', '-name', 'code', '-createdAt'])(
      'visits every city exactly once, in order, sorted by %s',
      async (sort) => {
        const rows = await walk(`kind=city&limit=37&sort=${sort}`);
        const expected: Array<{ id: string }> = await t.dataSource.query(
          `SELECT id FROM org_unit WHERE kind = 'city' ORDER BY ${
            { name: 'name, id', '-name': 'name DESC, id DESC', code: 'code, id', '-createdAt': 'id DESC' }[
              sort
            ]
          }`,
        );
        expect(rows.length).toBeGreaterThanOrEqual(CITY_COUNT);
        expect(new Set(rows.map((r) => r.id)).size).toBe(rows.length);
        expect(rows.map((r) => r.id)).toEqual(expected.map((r) => r.id));
      },
    );

    it('filters, and counts only when asked', async () => {
      const page = (await http().get('/api/v1/org-units?kind=city&q=CITY-00&count=true&limit=5').expect(200))
        .body;
      expect(page.total).toBe(99);
      expect(page.data).toHaveLength(5);
      const uncounted = (await http().get(`/api/v1/org-units?parentId=${region.id}&limit=5`).expect(200))
        .body;
      expect(uncounted).not.toHaveProperty('total');
      expect(uncounted.data.every((u: { parentId: string }) => u.parentId === region.id)).toBe(true);
    });

    it('treats LIKE wildcards in the search as plain text', async () => {
      const page = (await http().get('/api/v1/org-units?q=%25').expect(200)).body;
      expect(page.data).toEqual([]);
    });

    it('defaults to 50 rows and refuses a limit over 200', async () => {
      expect((await http().get('/api/v1/org-units').expect(200)).body.data).toHaveLength(50);
      await http().get('/api/v1/org-units?limit=200').expect(200);
      const problem = expectProblem(
        await http().get('/api/v1/org-units?limit=201'),
        400,
        'VALIDATION_FAILED',
      );
      expect(problem.errors).toEqual([{ field: 'limit', message: 'limit must not be greater than 200' }]);
      expectProblem(await http().get('/api/v1/org-units?limit=0'), 400, 'VALIDATION_FAILED');
    });

    it('refuses unknown query parameters, sorts and forged cursors', async () => {
      const unknown = expectProblem(
        await http().get('/api/v1/org-units?color=red'),
        400,
        'VALIDATION_FAILED',
      );
      expect(unknown.errors).toEqual([{ field: 'color', message: 'unknown or read-only field: color' }]);
      expectProblem(await http().get('/api/v1/org-units?sort=password'), 400, 'VALIDATION_FAILED');
      expectProblem(await http().get('/api/v1/org-units?cursor=garbage'), 400, 'INVALID_CURSOR');
      const byName = (await http().get('/api/v1/org-units?sort=name&limit=2').expect(200)).body.nextCursor;
      const mixed = await http().get(`/api/v1/org-units?sort=code&cursor=${encodeURIComponent(byName)}`);
      expect(expectProblem(mixed, 400, 'INVALID_CURSOR').detail).toContain('made for sort "name"');
    });
  });
});
