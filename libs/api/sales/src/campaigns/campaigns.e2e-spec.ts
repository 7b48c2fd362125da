import { userWithRoles } from '@zhanggui/api-identity/testing';
import { createOrderingCustomer, deliveredOrder, sellableSku, stockUp } from '@zhanggui/api-orders/testing';
import { expectProblem } from '@zhanggui/api-platform/testing';
import { createSalesWorld, SalesWorld } from '../testing/sales-world';

const DAY = 24 * 3600_000;
/** A Beijing calendar day, `offset` days from today. */
const beijingDay = (offset = 0) =>
  new Date(Date.now() + 8 * 3600_000 + offset * DAY).toISOString().slice(0, 10);
// A 1×1 PNG: the smallest real image.
const PNG = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);

describe('campaigns: plans, creatives, statuses and their effect from orders and reported visits', () => {
  let w: SalesWorld;
  let planner: SalesWorld['people']['planner'];
  let website: string;
  let promotionId: string;
  beforeAll(async () => {
    w = await createSalesWorld();
    planner = w.people.planner;
    const key = await w.t
      .http(w.admin.auth)
      .post('/api/v1/api-keys')
      .send({ name: '官网', permissions: ['campaign-visits:report'] })
      .expect(201);
    website = `Bearer ${key.body.secret}`;
    const pm = () => w.t.http(w.people.productManager.auth);
    const promotion = await pm()
      .post('/api/v1/promotions')
      .send({
        name: '双十二满100减20',
        kind: 'spend_save',
        targetScope: 'order',
        parameters: { threshold: 10000, amount: 2000, repeat: false },
        channels: ['website'],
        startsAt: new Date(Date.now() - 3 * DAY).toISOString(),
        endsAt: new Date(Date.now() + 3 * DAY).toISOString(),
        stacking: 'combinable',
      })
      .expect(201);
    promotionId = promotion.body.id;
    await pm().post(`/api/v1/promotions/${promotionId}/activate`).expect(200);
  }, 180_000);
  afterAll(() => w?.t.close());

  const as = (who: keyof SalesWorld['people']) => w.t.http(w.people[who].auth);
  const plan = (extra: Record<string, unknown> = {}) => ({
    name: '双十二华南大促',
    channel: 'online',
    startsOn: beijingDay(-1),
    endsOn: beijingDay(1),
    budget: 500_000,
    targetRevenue: 100_000,
    territoryIds: [w.tree.guangdong],
    promotionIds: [promotionId],
    slogans: ['好物过冬，一价到家'],
    ...extra,
  });

  it('plans a campaign and refuses plans that do not fit, naming the field', async () => {
    const created = await w.t.http(planner.auth).post('/api/v1/campaigns').send(plan()).expect(201);
    expect(created.headers.location).toBe(`/api/v1/campaigns/${created.body.id}`);
    expect(created.body).toMatchObject({
      status: 'planned',
      nextStatuses: ['running', 'cancelled'],
      budget: 500_000,
      currency: 'CNY',
      territoryIds: [w.tree.guangdong],
      promotionIds: [promotionId],
      slogans: ['好物过冬，一价到家'],
      history: [{ fromStatus: null, toStatus: 'planned', actorId: planner.id }],
      assets: [],
    });
    expect(created.body.number).toMatch(/^CP-\d{8}-\d{4}$/);

    const refused = async (body: object, status: number, field: string) => {
      const res = await w.t.http(planner.auth).post('/api/v1/campaigns').send(body).expect(status);
      expect(res.headers['content-type']).toContain('application/problem+json');
      expect(res.body.errors.map((e: { field: string }) => e.field)).toContain(field);
    };
    await refused(plan({ name: undefined }), 400, 'name');
    await refused(plan({ channel: 'radio' }), 400, 'channel');
    await refused(plan({ budget: 12.5 }), 400, 'budget');
    await refused(plan({ startsOn: '2026-13-01' }), 400, 'startsOn');
    await refused(plan({ territoryIds: [] }), 400, 'territoryIds');
    await refused(plan({ endsOn: beijingDay(-2) }), 422, 'endsOn');
    await refused(plan({ territoryIds: [w.admin.id] }), 422, 'territoryIds');
    await refused(plan({ promotionIds: [w.tree.guangdong] }), 422, 'promotionIds');
  });

  it('lets planners write, the sales and finance side read, and nobody else in', async () => {
    const id = (await w.t.http(planner.auth).post('/api/v1/campaigns').send(plan()).expect(201)).body.id;
    for (const who of ['salesManager', 'provincialGd', 'finance', 'generalManager', 'auditor'] as const) {
      await as(who).get('/api/v1/campaigns').expect(200);
      await as(who).get(`/api/v1/campaigns/${id}`).expect(200);
      await as(who).get(`/api/v1/campaigns/${id}/effect`).expect(200);
    }
    for (const who of ['cityGuangzhou', 'hr', 'agent'] as const)
      await as(who).get('/api/v1/campaigns').expect(403);
    await as('salesManager').post('/api/v1/campaigns').send(plan()).expect(403);
    await as('salesManager').patch(`/api/v1/campaigns/${id}`).send({ name: 'x' }).expect(403);
    await as('salesManager').post(`/api/v1/campaigns/${id}/status`).send({ status: 'running' }).expect(403);
    await w.t.http().get('/api/v1/campaigns').expect(401);
    await w.t.http(website).get('/api/v1/campaigns').expect(403);
    const listed = await as('finance').get('/api/v1/campaigns?status=planned&channel=online&count=true');
    expect(listed.body.total).toBeGreaterThanOrEqual(1);
    await as('finance').get('/api/v1/campaigns?status=paused').expect(400);
  });

  it('shows a provincial manager only the campaigns aimed at their province', async () => {
    const http = () => w.t.http(planner.auth);
    const inGuangzhou = (
      await http()
        .post('/api/v1/campaigns')
        .send(plan({ territoryIds: [w.tree.guangzhou] }))
    ).body.id;
    const inHangzhou = (
      await http()
        .post('/api/v1/campaigns')
        .send(plan({ territoryIds: [w.tree.hangzhou] }))
    ).body.id;
    const seen = await as('provincialGd').get('/api/v1/campaigns?limit=100').expect(200);
    const ids = seen.body.data.map((c: { id: string }) => c.id);
    expect(ids).toContain(inGuangzhou);
    expect(ids).not.toContain(inHangzhou);
    await as('provincialGd').get(`/api/v1/campaigns/${inHangzhou}`).expect(404);
    await as('provincialGd').get(`/api/v1/campaigns/${inHangzhou}/effect`).expect(404);
    await as('salesManager').get(`/api/v1/campaigns/${inHangzhou}`).expect(200);
  });

  it('runs, finishes and then keeps a campaign as a record, with its history', async () => {
    const id = (await w.t.http(planner.auth).post('/api/v1/campaigns').send(plan()).expect(201)).body.id;
    const http = () => w.t.http(planner.auth);
    const edited = await http()
      .patch(`/api/v1/campaigns/${id}`)
      .send({ budget: 600_000, slogans: ['暖冬特惠'] })
      .expect(200);
    expect(edited.body).toMatchObject({ budget: 600_000, slogans: ['暖冬特惠'], version: 2 });
    await http().patch(`/api/v1/campaigns/${id}`).set('If-Match', '"1"').send({ name: 'x' }).expect(412);
    const early = await http()
      .post(`/api/v1/campaigns/${id}/status`)
      .send({ status: 'finished' })
      .expect(422);
    expect(early.body).toMatchObject({ code: 'CAMPAIGN_STATUS_INVALID', errors: [{ field: 'status' }] });
    await http().post(`/api/v1/campaigns/${id}/status`).send({ status: 'running', note: '上线' }).expect(200);
    const done = await http().post(`/api/v1/campaigns/${id}/status`).send({ status: 'finished' }).expect(200);
    expect(done.body.history.map((h: { toStatus: string }) => h.toStatus)).toEqual([
      'planned',
      'running',
      'finished',
    ]);
    expect(done.body.history[1]).toMatchObject({ fromStatus: 'planned', note: '上线', actorId: planner.id });
    const closed = await http().patch(`/api/v1/campaigns/${id}`).send({ name: '改名' }).expect(422);
    expect(closed.body.code).toBe('CAMPAIGN_CLOSED');
    await http().get(`/api/v1/campaigns/00000000-0000-7000-8000-000000000000`).expect(404);
  });

  it('stores creatives that are images, serves them publicly and removes them', async () => {
    const id = (await w.t.http(planner.auth).post('/api/v1/campaigns').send(plan()).expect(201)).body.id;
    const uploaded = await w.t
      .http(planner.auth)
      .post(`/api/v1/campaigns/${id}/assets`)
      .attach('file', PNG, 'poster.png')
      .expect(201);
    expect(uploaded.body).toMatchObject({
      contentType: 'image/png',
      bytes: PNG.length,
      fileName: 'poster.png',
    });
    const file = await w.t.http().get(uploaded.body.url).expect(200);
    expect(file.headers['content-type']).toBe('image/png');
    expect(file.headers['cache-control']).toContain('immutable');
    const detail = await as('finance').get(`/api/v1/campaigns/${id}`).expect(200);
    expect(detail.body.assets).toHaveLength(1);

    const text = await w.t
      .http(planner.auth)
      .post(`/api/v1/campaigns/${id}/assets`)
      .attach('file', Buffer.from('not an image'), 'poster.png')
      .expect(400);
    expect(text.body).toMatchObject({ code: 'IMAGE_REFUSED', errors: [{ field: 'file' }] });
    await w.t.http(planner.auth).post(`/api/v1/campaigns/${id}/assets`).send({}).expect(415);
    await as('salesManager').post(`/api/v1/campaigns/${id}/assets`).attach('file', PNG, 'p.png').expect(403);
    await as('salesManager').delete(`/api/v1/campaign-assets/${uploaded.body.id}`).expect(403);
    await w.t.http(planner.auth).delete(`/api/v1/campaign-assets/${uploaded.body.id}`).expect(204);
    await w.t.http().get(uploaded.body.url).expect(404);
  });

  it('takes the website’s visit reports idempotently: a day’s report replaces the count', async () => {
    const id = (await w.t.http(planner.auth).post('/api/v1/campaigns').send(plan()).expect(201)).body.id;
    const report = (body: object, auth = website) =>
      w.t.http(auth).post(`/api/v1/campaigns/${id}/visits`).send(body);
    await report({ date: beijingDay(0), visits: 100 }).expect(200);
    const again = await report({ date: beijingDay(0), visits: 150 }).expect(200);
    expect(again.body).toEqual({ campaignId: id, date: beijingDay(0), source: 'website', visits: 150 });
    await report({ date: beijingDay(0), visits: 150 }).expect(200);
    await report({ date: beijingDay(-1), visits: 50 }).expect(200);
    await report({ date: beijingDay(-1), visits: 30, source: 'mini-program' }).expect(200);

    const outside = await report({ date: beijingDay(5), visits: 1 }).expect(422);
    expect(outside.body.errors).toEqual([expect.objectContaining({ field: 'date' })]);
    const bad = await report({ date: beijingDay(0), visits: -1 }).expect(400);
    expect(bad.body.errors.map((e: { field: string }) => e.field)).toEqual(['visits']);
    await report({ date: beijingDay(-1), visits: 20, source: 'store' }, planner.auth).expect(200);
    // A planner of another territory neither reports nor learns the campaign's days: it does not exist for them.
    const elsewhere = await userWithRoles(w.t, w.admin, [{ role: 'planner', orgUnitId: w.tree.hangzhou }]);
    for (const date of [beijingDay(0), beijingDay(5)])
      expectProblem(
        await report({ date, visits: 1, source: 'store' }, elsewhere.auth),
        404,
        'CAMPAIGN_NOT_FOUND',
      );
    await as('salesManager')
      .post(`/api/v1/campaigns/${id}/visits`)
      .send({ date: beijingDay(0), visits: 1 })
      .expect(403);
    await w.t
      .http()
      .post(`/api/v1/campaigns/${id}/visits`)
      .send({ date: beijingDay(0), visits: 1 })
      .expect(401);

    const effect = (await as('salesManager').get(`/api/v1/campaigns/${id}/effect`).expect(200)).body;
    expect(effect.visits).toBe(250);
    expect(effect.days).toEqual([
      { date: beijingDay(-1), visits: 100, orders: expect.any(Number), revenue: expect.any(Number) },
      { date: beijingDay(0), visits: 150, orders: expect.any(Number), revenue: expect.any(Number) },
      { date: beijingDay(1), visits: 0, orders: 0, revenue: 0 },
    ]);
  });

  it('counts as effect exactly the orders with a linked promotion in its territories and period', async () => {
    const sale = async (price: number) => {
      const sku = await sellableSku(w.orders, price);
      await stockUp(w.orders, sku, w.orders.warehouses.prd, 5);
      const customerId = await createOrderingCustomer(w.orders);
      return deliveredOrder(w.orders, { customerId, lines: [{ skuId: sku, quantity: 1 }] });
    };
    const withPromotion = [await sale(20_000), await sale(15_000)];
    await sale(5_000); // below the threshold: no promotion on it, not the campaign's
    const http = () => w.t.http(planner.auth);
    const here = (await http().post('/api/v1/campaigns').send(plan()).expect(201)).body.id;
    const elsewhere = (
      await http()
        .post('/api/v1/campaigns')
        .send(plan({ territoryIds: [w.tree.zhejiang] }))
        .expect(201)
    ).body.id;
    const before = (
      await http()
        .post('/api/v1/campaigns')
        .send(plan({ startsOn: beijingDay(-30), endsOn: beijingDay(-20) }))
        .expect(201)
    ).body.id;
    await w.t
      .http(website)
      .post(`/api/v1/campaigns/${here}/visits`)
      .send({ date: beijingDay(0), visits: 40 });

    const effect = (await as('finance').get(`/api/v1/campaigns/${here}/effect`).expect(200)).body;
    const revenue = withPromotion.reduce((sum, o) => sum + o.total, 0);
    expect(withPromotion.map((o) => o.total)).toEqual([18_000, 13_000]);
    expect(effect).toMatchObject({
      orders: 2,
      revenue,
      visits: 40,
      conversionRate: 0.05,
      budget: 500_000,
      targetRevenue: 100_000,
      revenueAttainment: revenue / 100_000,
      returnOnBudget: revenue / 500_000,
    });
    expect(effect.days.find((d: { date: string }) => d.date === beijingDay(0))).toMatchObject({
      orders: 2,
      revenue,
    });
    const none = async (id: string) =>
      (await as('finance').get(`/api/v1/campaigns/${id}/effect`).expect(200)).body;
    expect(await none(elsewhere)).toMatchObject({ orders: 0, revenue: 0, conversionRate: null });
    expect(await none(before)).toMatchObject({ orders: 0, revenue: 0 });
  });
});
