import { createSalesWorld, SalesWorld } from '../testing/sales-world';

describe('city people (whom a city’s target can be allocated to)', () => {
  let w: SalesWorld;
  beforeAll(async () => {
    w = await createSalesWorld();
  }, 120_000);
  afterAll(() => w?.t.close());

  const as = (who: keyof SalesWorld['people']) => w.t.http(w.people[who].auth);
  const people = (who: keyof SalesWorld['people'], cityId: string) =>
    as(who).get(`/api/v1/sales-territories/${cityId}/people`);

  it('lists the active people of a city to the allocators who reach it', async () => {
    const expected = [
      w.people.cityGuangzhou.id,
      w.people.sellerGuangzhou.id,
      w.people.sellerGuangzhou2.id,
    ].sort();
    for (const who of ['salesManager', 'provincialGd', 'regionalPrd', 'cityGuangzhou'] as const) {
      const answer = await people(who, w.tree.guangzhou).expect(200);
      expect(answer.body.data.map((p: { userId: string }) => p.userId).sort()).toEqual(expected);
      expect(answer.body.data[0]).toEqual({ userId: expect.any(String), displayName: expect.any(String) });
    }
  });

  it('answers 404 outside one’s territory or for a unit that is not a city, 403 to readers, 401 unsigned', async () => {
    const outside = await people('cityShenzhen', w.tree.guangzhou).expect(404);
    expect(outside.body.code).toBe('SALES_TERRITORY_NOT_FOUND');
    await people('regionalNorthZj', w.tree.guangzhou).expect(404);
    await people('salesManager', w.tree.pearlRiverDelta).expect(404);
    await people('finance', w.tree.guangzhou).expect(403);
    await people('planner', w.tree.guangzhou).expect(403);
    await w.t.http().get(`/api/v1/sales-territories/${w.tree.guangzhou}/people`).expect(401);
    const invalid = await people('salesManager', 'not-a-uuid').expect(400);
    expect(invalid.headers['content-type']).toContain('application/problem+json');
  });
});
