import { userWithRoles } from '@zhanggui/api-identity/testing';
import type { SignedInUser } from '@zhanggui/api-identity/testing';
import { beijingMonth, createSalesWorld, guangzhouSales, SalesWorld } from '../testing/sales-world';

const FIGURES = ['netSales', 'orderCount', 'returnCount', 'codOutstanding', 'newMembers'] as const;

describe('operating reports: cities report, regions roll up', () => {
  let w: SalesWorld;
  let sold: number;
  let foshan: string;
  let cityFoshan: SignedInUser;
  const month = beijingMonth();

  beforeAll(async () => {
    w = await createSalesWorld();
    // A third city in the Pearl River Delta, with its manager.
    foshan = (
      await w.t
        .http(w.admin.auth)
        .post('/api/v1/org-units')
        .send({ code: 'GD-FS', name: '佛山市', kind: 'city', parentId: w.tree.pearlRiverDelta })
        .expect(201)
    ).body.id;
    cityFoshan = await userWithRoles(w.t, w.admin, [{ role: 'city-manager', orgUnitId: foshan }]);
    sold = (await guangzhouSales(w, [15_000, 5_000])).reduce((sum, order) => sum + order.total, 0);
  }, 180_000);
  afterAll(() => w?.t.close());

  const as = (who: keyof SalesWorld['people']) => w.t.http(w.people[who].auth);
  const submit = (auth: string, orgUnitId: string, commentary: string) =>
    w.t.http(auth).post('/api/v1/operating-reports').send({ period: month, orgUnitId, commentary });

  const preview = (auth: string, orgUnitId: string, period = month) =>
    w.t.http(auth).get(`/api/v1/operating-reports/preview?orgUnitId=${orgUnitId}&period=${period}`);

  it('previews the figures a submission would record, for one’s own city only', async () => {
    const gz = await preview(w.people.cityGuangzhou.auth, w.tree.guangzhou).expect(200);
    expect(gz.body).toEqual({
      level: 'city',
      orgUnitId: w.tree.guangzhou,
      period: month,
      currency: 'CNY',
      netSales: sold,
      orderCount: 2,
      returnCount: 0,
      codOutstanding: sold,
      newMembers: expect.any(Number),
      expenses: null,
      expenseBudget: null,
      sourceReportIds: [],
      submittedReportId: null,
      cities: [],
    });
    // Another city, or a unit that does not exist, is not there for this manager.
    const other = await preview(w.people.cityGuangzhou.auth, w.tree.shenzhen).expect(404);
    expect(other.body.code).toBe('SALES_TERRITORY_NOT_FOUND');
    await preview(w.people.cityGuangzhou.auth, '00000000-0000-4000-8000-000000000000').expect(404);
    await preview(w.people.regionalPrd.auth, w.tree.hangzhou).expect(404);
    // Only those who submit preview; readers such as the sales manager and finance are refused.
    await preview(w.people.salesManager.auth, w.tree.guangzhou).expect(403);
    await preview(w.people.finance.auth, w.tree.guangzhou).expect(403);
    await w.t
      .http()
      .get(`/api/v1/operating-reports/preview?orgUnitId=${w.tree.guangzhou}&period=${month}`)
      .expect(401);
    const invalid = await w.t
      .http(w.people.cityGuangzhou.auth)
      .get('/api/v1/operating-reports/preview?orgUnitId=nope&period=2026-Q4')
      .expect(400);
    const fields = new Set(invalid.body.errors.map((e: { field: string }) => e.field));
    expect([...fields].sort()).toEqual(['orgUnitId', 'period']);
  });

  it('fills a city report’s figures from the system at submission, for one’s own city only', async () => {
    const gz = await submit(w.people.cityGuangzhou.auth, w.tree.guangzhou, '广州：配送时效改善').expect(201);
    expect(gz.headers.location).toBe(`/api/v1/operating-reports/${gz.body.id}`);
    expect(gz.body).toMatchObject({
      level: 'city',
      period: month,
      netSales: sold,
      orderCount: 2,
      returnCount: 0,
      // Both orders were cash on delivery and the cash is not yet remitted.
      codOutstanding: sold,
      expenses: null,
      expenseBudget: null,
      submittedBy: w.people.cityGuangzhou.id,
    });
    expect(gz.body.number).toMatch(/^OR-\d{8}-\d{4}$/);

    const other = await submit(w.people.cityGuangzhou.auth, w.tree.shenzhen, '越权').expect(422);
    expect(other.body.code).toBe('OUTSIDE_OWN_TERRITORY');
    const again = await submit(w.people.cityGuangzhou.auth, w.tree.guangzhou, '再交一次').expect(409);
    expect(again.body.code).toBe('OPERATING_REPORT_EXISTS');
    const invalid = await w.t
      .http(w.people.cityGuangzhou.auth)
      .post('/api/v1/operating-reports')
      .send({ period: '2026-Q4', orgUnitId: w.tree.guangzhou })
      .expect(400);
    const fields = new Set(invalid.body.errors.map((e: { field: string }) => e.field));
    expect([...fields].sort()).toEqual(['commentary', 'period']);
    await submit(w.people.salesManager.auth, w.tree.guangzhou, 'x').expect(403);
    await submit(w.people.finance.auth, w.tree.guangzhou, 'x').expect(403);
  });

  it('rolls three city reports up into one regional summary with the regional manager’s commentary', async () => {
    await submit(w.people.cityShenzhen.auth, w.tree.shenzhen, '深圳：新开两个自提点').expect(201);
    const pending = await preview(w.people.regionalPrd.auth, w.tree.pearlRiverDelta).expect(200);
    expect(pending.body).toMatchObject({ level: 'region', netSales: sold, submittedReportId: null });
    expect(pending.body.sourceReportIds).toHaveLength(2);
    const cityStatus = Object.fromEntries(
      pending.body.cities.map((c: { orgUnitId: string; reportId: string | null }) => [
        c.orgUnitId,
        c.reportId,
      ]),
    );
    expect(Object.keys(cityStatus).sort()).toEqual([w.tree.guangzhou, w.tree.shenzhen, foshan].sort());
    // 佛山 has not reported yet: the roll-up would not include it.
    expect(cityStatus[foshan]).toBeNull();
    expect(cityStatus[w.tree.shenzhen]).toEqual(expect.any(String));
    await submit(cityFoshan.auth, foshan, '佛山：筹备中').expect(201);
    const cities = await as('regionalPrd')
      .get(`/api/v1/operating-reports?period=${month}&level=city`)
      .expect(200);
    expect(cities.body.data).toHaveLength(3);

    const region = await submit(
      w.people.regionalPrd.auth,
      w.tree.pearlRiverDelta,
      '珠三角：整体达成良好',
    ).expect(201);
    expect(region.body).toMatchObject({ level: 'region', commentary: '珠三角：整体达成良好' });
    expect([...region.body.sourceReportIds].sort()).toEqual(
      cities.body.data.map((r: { id: string }) => r.id).sort(),
    );
    for (const figure of FIGURES) {
      const sum = cities.body.data.reduce((total: number, r: Record<string, number>) => total + r[figure], 0);
      expect({ figure, value: region.body[figure] }).toEqual({ figure, value: sum });
    }
    expect(region.body.netSales).toBe(sold);
    const done = await preview(w.people.regionalPrd.auth, w.tree.pearlRiverDelta).expect(200);
    expect(done.body.submittedReportId).toBe(region.body.id);
    // A city manager cannot preview or submit the region's roll-up.
    await preview(w.people.cityShenzhen.auth, w.tree.pearlRiverDelta).expect(404);
    await submit(w.people.cityShenzhen.auth, w.tree.pearlRiverDelta, 'x').expect(422);
  });

  it('shows each manager the reports of their territory; the sales manager and GM see everything', async () => {
    const count = async (who: keyof SalesWorld['people']) =>
      (await as(who).get(`/api/v1/operating-reports?period=${month}&count=true`).expect(200)).body.total;
    expect(await count('cityGuangzhou')).toBe(1);
    expect(await count('regionalPrd')).toBe(4);
    expect(await count('salesManager')).toBe(4);
    expect(await count('generalManager')).toBe(4);
    expect(await count('cityHangzhou')).toBe(0);

    const shenzhenReport = (
      await as('cityShenzhen').get(`/api/v1/operating-reports?period=${month}`).expect(200)
    ).body.data[0];
    await as('cityGuangzhou').get(`/api/v1/operating-reports/${shenzhenReport.id}`).expect(404);
    await as('regionalPrd').get(`/api/v1/operating-reports/${shenzhenReport.id}`).expect(200);
    await as('auditor').get(`/api/v1/operating-reports/${shenzhenReport.id}`).expect(200);
    await as('hr').get('/api/v1/operating-reports').expect(403);
    await w.t.http().get('/api/v1/operating-reports').expect(401);
  });
});
