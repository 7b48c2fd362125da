import { createSalesWorld, SalesWorld } from '../testing/sales-world';

describe('sales territories and logistics partners', () => {
  let w: SalesWorld;
  beforeAll(async () => {
    w = await createSalesWorld();
  }, 120_000);
  afterAll(() => w?.t.close());

  const as = (who: keyof SalesWorld['people']) => w.t.http(w.people[who].auth);

  it('shows the territory tree with each unit’s manager, within one’s own territory only', async () => {
    const all = await as('salesManager').get('/api/v1/sales-territories').expect(200);
    const ids = all.body.data.map((u: { id: string }) => u.id);
    expect(ids).toEqual(
      expect.arrayContaining([w.tree.guangdong, w.tree.pearlRiverDelta, w.tree.guangzhou, w.tree.hangzhou]),
    );
    expect(ids).not.toContain(w.tree.sales);
    const gz = all.body.data.find((u: { id: string }) => u.id === w.tree.guangzhou);
    expect(gz).toMatchObject({ kind: 'city', parentId: w.tree.pearlRiverDelta });
    expect(gz.managers.map((m: { userId: string }) => m.userId)).toEqual([w.people.cityGuangzhou.id]);

    const city = await as('cityGuangzhou').get('/api/v1/sales-territories').expect(200);
    expect(city.body.data.map((u: { id: string }) => u.id)).toEqual([w.tree.guangzhou]);
    const region = await as('regionalPrd').get('/api/v1/sales-territories').expect(200);
    expect(region.body.data.map((u: { id: string }) => u.id).sort()).toEqual(
      [w.tree.pearlRiverDelta, w.tree.guangzhou, w.tree.shenzhen].sort(),
    );
    await as('cityGuangzhou').get(`/api/v1/sales-territories/${w.tree.hangzhou}`).expect(404);
    await as('generalManager').get(`/api/v1/sales-territories/${w.tree.hangzhou}`).expect(200);
    await as('hr').get('/api/v1/sales-territories').expect(403);
    await w.t.http().get('/api/v1/sales-territories').expect(401);
  });

  it('keeps logistics partners per region, scoped like the territories', async () => {
    const created = await as('regionalPrd')
      .post('/api/v1/logistics-partners')
      .send({
        code: 'SF-PRD',
        name: '顺丰速运珠三角',
        regionId: w.tree.pearlRiverDelta,
        cityIds: [w.tree.guangzhou, w.tree.shenzhen],
        contacts: [{ name: '李调度', phone: '13800138000', role: '调度' }],
        terms: '次日达；月结',
      })
      .expect(201);
    expect(created.headers.location).toBe(`/api/v1/logistics-partners/${created.body.id}`);
    expect(created.body).toMatchObject({ status: 'active', version: 1 });

    // A city of another region, another manager's region, a missing field.
    const wrongCity = await as('regionalPrd')
      .post('/api/v1/logistics-partners')
      .send({ code: 'X1', name: 'x', regionId: w.tree.pearlRiverDelta, cityIds: [w.tree.hangzhou] })
      .expect(422);
    expect(wrongCity.body.errors).toEqual([{ field: 'cityIds.0', message: 'not a city of the region' }]);
    const outside = await as('regionalNorthZj')
      .post('/api/v1/logistics-partners')
      .send({ code: 'X2', name: 'x', regionId: w.tree.pearlRiverDelta })
      .expect(422);
    expect(outside.body.code).toBe('OUTSIDE_OWN_TERRITORY');
    const invalid = await as('salesManager')
      .post('/api/v1/logistics-partners')
      .send({ code: 'X3' })
      .expect(400);
    expect(invalid.body.errors.map((e: { field: string }) => e.field)).toEqual(
      expect.arrayContaining(['name', 'regionId']),
    );
    const taken = await as('salesManager')
      .post('/api/v1/logistics-partners')
      .send({ code: 'SF-PRD', name: '重复', regionId: w.tree.pearlRiverDelta })
      .expect(409);
    expect(taken.body.code).toBe('LOGISTICS_PARTNER_CODE_TAKEN');
    await as('cityGuangzhou')
      .post('/api/v1/logistics-partners')
      .send({ code: 'X4', name: 'x', regionId: w.tree.pearlRiverDelta })
      .expect(403);

    // Readers: the city manager of a served city sees it; 杭州's does not (404 for the record).
    const gzList = await as('cityGuangzhou').get('/api/v1/logistics-partners').expect(200);
    expect(gzList.body.data.map((p: { id: string }) => p.id)).toEqual([created.body.id]);
    const prdList = await as('regionalPrd').get('/api/v1/logistics-partners?count=true').expect(200);
    expect(prdList.body).toMatchObject({ total: 1, nextCursor: null });
    await as('cityHangzhou').get(`/api/v1/logistics-partners/${created.body.id}`).expect(404);
    await as('finance').get(`/api/v1/logistics-partners/${created.body.id}`).expect(200);
    await as('hr').get('/api/v1/logistics-partners').expect(403);

    // The territories view shows the partner on its region and on the cities it serves.
    const view = await as('cityGuangzhou').get(`/api/v1/sales-territories/${w.tree.guangzhou}`).expect(200);
    expect(view.body.logisticsPartners.map((p: { id: string }) => p.id)).toEqual([created.body.id]);

    const stale = await as('regionalPrd')
      .patch(`/api/v1/logistics-partners/${created.body.id}`)
      .set('If-Match', '"0"')
      .send({ status: 'suspended' })
      .expect(412);
    expect(stale.body.code).toBe('STALE_VERSION');
    const changed = await as('regionalPrd')
      .patch(`/api/v1/logistics-partners/${created.body.id}`)
      .set('If-Match', '"1"')
      .send({ status: 'suspended', cityIds: [w.tree.shenzhen] })
      .expect(200);
    expect(changed.body).toMatchObject({ status: 'suspended', cityIds: [w.tree.shenzhen], version: 2 });
    await as('regionalNorthZj')
      .patch(`/api/v1/logistics-partners/${created.body.id}`)
      .send({ status: 'active' })
      .expect(404);
    // No longer delivering to 广州: its city manager no longer sees it.
    await as('cityGuangzhou').get(`/api/v1/logistics-partners/${created.body.id}`).expect(404);
  });
});
