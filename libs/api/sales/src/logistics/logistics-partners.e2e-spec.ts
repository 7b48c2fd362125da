import { createSalesWorld, SalesWorld } from '../testing/sales-world';

type Who = keyof SalesWorld['people'];

describe('logistics partners: every endpoint by role and territory', () => {
  let w: SalesWorld;
  let prd: { id: string; version: number };
  let zj: { id: string };

  beforeAll(async () => {
    w = await createSalesWorld();
  }, 120_000);
  afterAll(() => w?.t.close());

  const as = (who: Who) => w.t.http(w.people[who].auth);
  const partner = (code: string, regionId: string, extra: Record<string, unknown> = {}) => ({
    code,
    name: `${code} 物流`,
    regionId,
    ...extra,
  });
  const ids = (body: { data: Array<{ id: string }> }) => body.data.map((p) => p.id).sort();

  describe('POST /logistics-partners', () => {
    it('lets the sales, provincial and regional managers add partners within their own reach', async () => {
      const created = await as('regionalPrd')
        .post('/api/v1/logistics-partners')
        .send(
          partner('LP-PRD', w.tree.pearlRiverDelta, {
            cityIds: [w.tree.guangzhou],
            contacts: [{ name: '王调度', phone: '020-12345678' }],
            terms: '当日达；月结 30 天',
          }),
        )
        .expect(201);
      expect(created.body).toMatchObject({
        code: 'LP-PRD',
        regionId: w.tree.pearlRiverDelta,
        cityIds: [w.tree.guangzhou],
        contacts: [{ name: '王调度', phone: '020-12345678' }],
        terms: '当日达；月结 30 天',
        status: 'active',
        version: 1,
      });
      prd = created.body;
      zj = (
        await as('salesManager')
          .post('/api/v1/logistics-partners')
          .send(partner('LP-ZJ', w.tree.northZhejiang, { cityIds: [w.tree.hangzhou] }))
          .expect(201)
      ).body;
      await as('provincialGd')
        .post('/api/v1/logistics-partners')
        .send(partner('LP-GD', w.tree.pearlRiverDelta, { status: 'suspended' }))
        .expect(201);
    });

    it('refuses readers without the write permission and other roles', async () => {
      for (const who of ['cityGuangzhou', 'finance', 'hr', 'planner'] as Who[]) {
        await as(who)
          .post('/api/v1/logistics-partners')
          .send(partner(`LP-${who}`, w.tree.pearlRiverDelta))
          .expect(403);
      }
      await w.t
        .http()
        .post('/api/v1/logistics-partners')
        .send(partner('LP-ANON', w.tree.guangzhou))
        .expect(401);
    });

    it('refuses a region outside one’s territory and a unit that is not a region', async () => {
      const outside = await as('regionalNorthZj')
        .post('/api/v1/logistics-partners')
        .send(partner('LP-X1', w.tree.pearlRiverDelta))
        .expect(422);
      expect(outside.body.errors).toEqual([{ field: 'regionId', message: 'outside your territory' }]);
      const provinceOutside = await as('provincialGd')
        .post('/api/v1/logistics-partners')
        .send(partner('LP-X2', w.tree.northZhejiang))
        .expect(422);
      expect(provinceOutside.body.code).toBe('OUTSIDE_OWN_TERRITORY');
      const city = await as('salesManager')
        .post('/api/v1/logistics-partners')
        .send(partner('LP-X3', w.tree.guangzhou))
        .expect(422);
      expect(city.body.errors).toEqual([{ field: 'regionId', message: 'not a sales region' }]);
    });

    it('names each invalid field', async () => {
      const invalid = await as('salesManager')
        .post('/api/v1/logistics-partners')
        .send({
          code: 'a b',
          name: '',
          regionId: 'nope',
          cityIds: ['nope'],
          contacts: [{ phone: 'call me' }],
          status: 'closed',
        })
        .expect(400);
      expect(invalid.headers['content-type']).toMatch(/application\/problem\+json/);
      const fields = invalid.body.errors.map((e: { field: string }) => e.field);
      expect(fields).toEqual(
        expect.arrayContaining([
          'code',
          'name',
          'regionId',
          'cityIds',
          'status',
          'contacts.0.name',
          'contacts.0.phone',
        ]),
      );
      const taken = await as('salesManager')
        .post('/api/v1/logistics-partners')
        .send(partner('LP-PRD', w.tree.pearlRiverDelta))
        .expect(409);
      expect(taken.body.errors).toEqual([{ field: 'code', message: 'already used' }]);
    });
  });

  describe('GET /logistics-partners and /logistics-partners/:id', () => {
    it('lists each reader’s territory only', async () => {
      const all = await as('salesManager').get('/api/v1/logistics-partners?count=true').expect(200);
      expect(all.body.total).toBe(3);
      const gd = await as('provincialGd').get('/api/v1/logistics-partners').expect(200);
      expect(gd.body.data.every((p: { regionId: string }) => p.regionId === w.tree.pearlRiverDelta)).toBe(
        true,
      );
      expect(gd.body.data).toHaveLength(2);
      expect(ids((await as('regionalNorthZj').get('/api/v1/logistics-partners').expect(200)).body)).toEqual([
        zj.id,
      ]);
      // A city manager sees the partners delivering to their city only.
      expect(ids((await as('cityGuangzhou').get('/api/v1/logistics-partners').expect(200)).body)).toEqual([
        prd.id,
      ]);
      expect((await as('cityShenzhen').get('/api/v1/logistics-partners').expect(200)).body.data).toEqual([]);
      expect((await as('finance').get('/api/v1/logistics-partners').expect(200)).body.data).toHaveLength(3);
    });

    it('filters by region and status, and pages by keyset', async () => {
      const suspended = await as('salesManager')
        .get(`/api/v1/logistics-partners?regionId=${w.tree.pearlRiverDelta}&status=suspended`)
        .expect(200);
      expect(suspended.body.data.map((p: { code: string }) => p.code)).toEqual(['LP-GD']);
      const first = await as('salesManager').get('/api/v1/logistics-partners?limit=2&sort=name').expect(200);
      expect(first.body.data).toHaveLength(2);
      const rest = await as('salesManager')
        .get(`/api/v1/logistics-partners?limit=2&sort=name&cursor=${first.body.nextCursor}`)
        .expect(200);
      expect(rest.body).toMatchObject({ nextCursor: null });
      expect(rest.body.data).toHaveLength(1);
      const bad = await as('salesManager')
        .get('/api/v1/logistics-partners?status=closed&regionId=x')
        .expect(400);
      expect(bad.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['regionId', 'status']);
    });

    it('shows one partner to readers within reach and is not there for others', async () => {
      for (const who of ['salesManager', 'provincialGd', 'regionalPrd', 'cityGuangzhou', 'finance'] as Who[])
        await as(who).get(`/api/v1/logistics-partners/${prd.id}`).expect(200);
      for (const who of ['regionalNorthZj', 'cityShenzhen', 'cityHangzhou'] as Who[]) {
        const hidden = await as(who).get(`/api/v1/logistics-partners/${prd.id}`).expect(404);
        expect(hidden.body.code).toBe('LOGISTICS_PARTNER_NOT_FOUND');
      }
      await as('hr').get(`/api/v1/logistics-partners/${prd.id}`).expect(403);
      await as('planner').get('/api/v1/logistics-partners').expect(403);
      await w.t.http().get(`/api/v1/logistics-partners/${prd.id}`).expect(401);
      await as('salesManager').get('/api/v1/logistics-partners/nope').expect(400);
    });
  });

  describe('PATCH /logistics-partners/:id', () => {
    it('lets the region’s managers change a partner, checking the version and the cities', async () => {
      const changed = await as('regionalPrd')
        .patch(`/api/v1/logistics-partners/${prd.id}`)
        .set('If-Match', `"${prd.version}"`)
        .send({ cityIds: [w.tree.guangzhou, w.tree.shenzhen], terms: '次日达' })
        .expect(200);
      expect(changed.body).toMatchObject({
        cityIds: [w.tree.guangzhou, w.tree.shenzhen],
        terms: '次日达',
        version: 2,
      });
      await as('provincialGd')
        .patch(`/api/v1/logistics-partners/${prd.id}`)
        .send({ contacts: [{ name: '赵经理', role: '客户经理' }] })
        .expect(200);
      const stale = await as('salesManager')
        .patch(`/api/v1/logistics-partners/${prd.id}`)
        .set('If-Match', '"1"')
        .send({ status: 'ended' })
        .expect(412);
      expect(stale.body.code).toBe('STALE_VERSION');
      const wrongCity = await as('regionalPrd')
        .patch(`/api/v1/logistics-partners/${prd.id}`)
        .send({ cityIds: [w.tree.shenzhen, w.tree.hangzhou] })
        .expect(422);
      expect(wrongCity.body.errors).toEqual([{ field: 'cityIds.1', message: 'not a city of the region' }]);
      const invalid = await as('regionalPrd')
        .patch(`/api/v1/logistics-partners/${prd.id}`)
        .send({ status: 'closed', terms: '' })
        .expect(400);
      expect(invalid.body.errors.map((e: { field: string }) => e.field).sort()).toEqual(['status', 'terms']);
      // Now delivering to 深圳 too: its city manager sees the partner.
      await as('cityShenzhen').get(`/api/v1/logistics-partners/${prd.id}`).expect(200);
    });

    it('refuses other regions’ managers (not there), readers and other roles', async () => {
      await as('regionalNorthZj')
        .patch(`/api/v1/logistics-partners/${prd.id}`)
        .send({ terms: 'x' })
        .expect(404);
      await as('regionalPrd').patch(`/api/v1/logistics-partners/${zj.id}`).send({ terms: 'x' }).expect(404);
      // Moving a partner into a region outside one's territory.
      const away = await as('provincialGd')
        .patch(`/api/v1/logistics-partners/${prd.id}`)
        .send({ regionId: w.tree.northZhejiang, cityIds: [] })
        .expect(422);
      expect(away.body.code).toBe('OUTSIDE_OWN_TERRITORY');
      for (const who of ['cityGuangzhou', 'finance', 'hr'] as Who[])
        await as(who).patch(`/api/v1/logistics-partners/${prd.id}`).send({ terms: 'x' }).expect(403);
      await w.t.http().patch(`/api/v1/logistics-partners/${prd.id}`).send({ terms: 'x' }).expect(401);
      const unchanged = await as('salesManager').get(`/api/v1/logistics-partners/${prd.id}`).expect(200);
      expect(unchanged.body).toMatchObject({ terms: '次日达', regionId: w.tree.pearlRiverDelta, version: 3 });
    });
  });
});
