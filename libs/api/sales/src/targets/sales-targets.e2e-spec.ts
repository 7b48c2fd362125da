import { createSalesWorld, beijingMonth, guangzhouSales, SalesWorld } from '../testing/sales-world';

interface Node {
  level: string;
  orgUnitId: string;
  userId: string | null;
  amount: number;
  allocated: number;
  difference: number;
  balanced: boolean;
  actual: number | null;
  attainmentBp: number | null;
}

describe('sales targets: allocation down the tree, actuals from orders, attainment', () => {
  let w: SalesWorld;
  let sold: number;
  let targetId: string;
  const month = beijingMonth();

  beforeAll(async () => {
    w = await createSalesWorld();
    sold = (await guangzhouSales(w, [12_000, 8_000])).reduce((sum, order) => sum + order.total, 0);
  }, 180_000);
  afterAll(() => w?.t.close());

  const as = (who: keyof SalesWorld['people']) => w.t.http(w.people[who].auth);
  const node = (nodes: Node[], unit: string, user: string | null = null) =>
    nodes.find((n) => n.orgUnitId === unit && n.userId === user)!;

  it('lets the sales manager set a province’s target for a period, once', async () => {
    const created = await as('salesManager')
      .post('/api/v1/sales-targets')
      .send({ period: month, orgUnitId: w.tree.guangdong, amount: 1_000_000, note: '月度任务' })
      .expect(201);
    targetId = created.body.id;
    expect(created.headers.location).toBe(`/api/v1/sales-targets/${targetId}`);
    expect(created.body).toMatchObject({
      periodKind: 'month',
      period: month,
      amount: 1_000_000,
      currency: 'CNY',
    });
    expect(created.body.number).toMatch(/^ST-\d{8}-\d{4}$/);
    expect(node(created.body.nodes, w.tree.guangdong)).toMatchObject({
      level: 'province',
      allocated: 0,
      difference: 1_000_000,
      balanced: false,
      actual: sold,
    });

    const again = await as('salesManager')
      .post('/api/v1/sales-targets')
      .send({ period: month, orgUnitId: w.tree.guangdong, amount: 5 })
      .expect(409);
    expect(again.body.code).toBe('SALES_TARGET_EXISTS');
    const badPeriod = await as('salesManager')
      .post('/api/v1/sales-targets')
      .send({ period: '2026-13', orgUnitId: w.tree.guangdong, amount: 5 })
      .expect(400);
    expect(badPeriod.body.errors[0].field).toBe('period');
    const notProvince = await as('salesManager')
      .post('/api/v1/sales-targets')
      .send({ period: month, orgUnitId: w.tree.guangzhou, amount: 5 })
      .expect(422);
    expect(notProvince.body.errors).toEqual([{ field: 'orgUnitId', message: 'not an active province' }]);
    await as('provincialGd')
      .post('/api/v1/sales-targets')
      .send({ period: '2026', orgUnitId: w.tree.guangdong, amount: 5 })
      .expect(403);
  });

  it('allocates down to regions, cities and people, each manager below their own unit, showing differences', async () => {
    const toRegions = await as('provincialGd')
      .put(`/api/v1/sales-targets/${targetId}/allocations/${w.tree.guangdong}`)
      .set('If-Match', '"1"')
      .send({ children: [{ orgUnitId: w.tree.pearlRiverDelta, amount: 1_000_000 }] })
      .expect(200);
    expect(toRegions.body.version).toBe(2);
    expect(node(toRegions.body.nodes, w.tree.guangdong)).toMatchObject({ balanced: true, difference: 0 });

    // A region's manager cannot allocate the province, nor a city of another region.
    const above = await as('regionalPrd')
      .put(`/api/v1/sales-targets/${targetId}/allocations/${w.tree.guangdong}`)
      .send({ children: [] })
      .expect(422);
    expect(above.body.code).toBe('OUTSIDE_OWN_TERRITORY');
    const foreign = await as('regionalPrd')
      .put(`/api/v1/sales-targets/${targetId}/allocations/${w.tree.pearlRiverDelta}`)
      .send({ children: [{ orgUnitId: w.tree.hangzhou, amount: 1 }] })
      .expect(422);
    expect(foreign.body.errors).toEqual([
      { field: 'children.0.orgUnitId', message: 'not a city of the node' },
    ]);

    const toCities = await as('regionalPrd')
      .put(`/api/v1/sales-targets/${targetId}/allocations/${w.tree.pearlRiverDelta}`)
      .send({
        children: [
          { orgUnitId: w.tree.guangzhou, amount: 600_000 },
          { orgUnitId: w.tree.shenzhen, amount: 300_000 },
        ],
      })
      .expect(200);
    expect(node(toCities.body.nodes, w.tree.pearlRiverDelta)).toMatchObject({
      amount: 1_000_000,
      allocated: 900_000,
      difference: 100_000,
      balanced: false,
    });

    const stale = await as('cityGuangzhou')
      .put(`/api/v1/sales-targets/${targetId}/allocations/${w.tree.guangzhou}`)
      .set('If-Match', '"1"')
      .send({ children: [] })
      .expect(412);
    expect(stale.body.code).toBe('STALE_VERSION');
    const outsider = await as('cityGuangzhou')
      .put(`/api/v1/sales-targets/${targetId}/allocations/${w.tree.guangzhou}`)
      .send({ children: [{ userId: w.people.cityHangzhou.id, amount: 1 }] })
      .expect(422);
    expect(outsider.body.errors).toEqual([
      { field: 'children.0.userId', message: 'not a person of this city' },
    ]);
    const toPeople = await as('cityGuangzhou')
      .put(`/api/v1/sales-targets/${targetId}/allocations/${w.tree.guangzhou}`)
      .send({
        children: [
          { userId: w.people.sellerGuangzhou.id, amount: 400_000 },
          { userId: w.people.sellerGuangzhou2.id, amount: 200_000 },
        ],
      })
      .expect(200);
    // The city manager sees their city and its people only.
    expect(toPeople.body.amount).toBeNull();
    expect(toPeople.body.nodes.map((n: Node) => n.level)).toEqual(['city', 'person', 'person']);
    expect(node(toPeople.body.nodes, w.tree.guangzhou)).toMatchObject({
      amount: 600_000,
      allocated: 600_000,
      balanced: true,
      actual: sold,
      attainmentBp: Math.floor((sold * 10_000) / 600_000),
    });
    expect(node(toPeople.body.nodes, w.tree.guangzhou, w.people.sellerGuangzhou.id)).toMatchObject({
      amount: 400_000,
      actual: null,
    });
  });

  it('shows every level to the sales manager and the GM, and each city only its own', async () => {
    const full = await as('generalManager').get(`/api/v1/sales-targets/${targetId}`).expect(200);
    const nodes: Node[] = full.body.nodes;
    expect(nodes.map((n) => n.level)).toEqual(['province', 'region', 'city', 'person', 'person', 'city']);
    // Actuals roll up: 深圳 sold nothing, so the region and province equal 广州.
    expect(node(nodes, w.tree.shenzhen)).toMatchObject({ actual: 0, attainmentBp: 0, difference: 300_000 });
    expect(node(nodes, w.tree.pearlRiverDelta).actual).toBe(sold);
    expect(node(nodes, w.tree.guangdong)).toMatchObject({
      actual: sold,
      attainmentBp: Math.floor(sold / 100),
    });

    const shenzhen = await as('cityShenzhen').get(`/api/v1/sales-targets/${targetId}`).expect(200);
    expect(shenzhen.body.nodes.map((n: Node) => n.orgUnitId)).toEqual([w.tree.shenzhen]);
    await as('cityHangzhou').get(`/api/v1/sales-targets/${targetId}`).expect(404);
    const hzList = await as('cityHangzhou').get('/api/v1/sales-targets').expect(200);
    expect(hzList.body.data).toEqual([]);
    const gzList = await as('cityGuangzhou')
      .get(`/api/v1/sales-targets?period=${month}&count=true`)
      .expect(200);
    expect(gzList.body).toMatchObject({ total: 1, nextCursor: null });
    await as('finance').get(`/api/v1/sales-targets/${targetId}`).expect(200);
    await as('hr').get('/api/v1/sales-targets').expect(403);
    await w.t.http().get('/api/v1/sales-targets').expect(401);
  });

  it('changes the target amount, keeping allocations and showing the new difference', async () => {
    const current = await as('salesManager').get(`/api/v1/sales-targets/${targetId}`).expect(200);
    const changed = await as('salesManager')
      .patch(`/api/v1/sales-targets/${targetId}`)
      .set('If-Match', `"${current.body.version}"`)
      .send({ amount: 1_200_000 })
      .expect(200);
    expect(node(changed.body.nodes, w.tree.guangdong)).toMatchObject({
      difference: 200_000,
      balanced: false,
    });
    await as('regionalPrd').patch(`/api/v1/sales-targets/${targetId}`).send({ amount: 1 }).expect(403);

    // Removing a region takes its cities' and people's allocations with it.
    const cleared = await as('salesManager')
      .put(`/api/v1/sales-targets/${targetId}/allocations/${w.tree.guangdong}`)
      .send({ children: [] })
      .expect(200);
    expect(cleared.body.nodes.map((n: Node) => n.level)).toEqual(['province']);
  });
});
