import { expectProblem } from '@zhanggui/api-platform/testing';
import { userWithRoles } from '@zhanggui/api-identity/testing';
import { address, createCustomer, createOrdersWorld, OrdersWorld } from '../testing/orders-fixtures';

describe('who sees which customers, and their personal data', () => {
  let w: OrdersWorld;
  let guangzhou: { id: string };
  let shenzhen: { id: string };
  let hangzhou: { id: string };
  let beijing: { id: string };

  beforeAll(async () => {
    w = await createOrdersWorld();
    const create = (name: string, phone: string, city: 'guangzhou' | 'shenzhen' | 'hangzhou' | 'beijing') =>
      createCustomer(w, {
        name,
        phone,
        email: 'someone@example.com',
        birthday: '1988-08-08',
        addresses: [address(city, { detail: '私密街 8 号', recipientName: '张三丰', recipientPhone: phone })],
      });
    guangzhou = await create('广州客户', '13800005678', 'guangzhou');
    shenzhen = await create('深圳客户', '13800015678', 'shenzhen');
    hangzhou = await create('杭州客户', '13800025678', 'hangzhou');
    beijing = await create('北京客户', '13800035678', 'beijing');
  }, 60_000);
  afterAll(() => w.t.close());

  const read = (who: keyof OrdersWorld['people'], id: string) =>
    w.t.http(w.people[who].auth).get(`/api/v1/customers/${id}`);
  const listed = async (who: keyof OrdersWorld['people']) => {
    const response = await w.t
      .http(w.people[who].auth)
      .get('/api/v1/customers')
      .query({ limit: 200 })
      .expect(200);
    return response.body.data as Array<{ id: string; phone: string; masked: boolean }>;
  };

  it('puts a customer in the territory mapped to their default address city', async () => {
    expect((await read('agent', guangzhou.id)).body.territoryId).toBe(w.tree.guangzhou);
    expect((await read('agent', shenzhen.id)).body.territoryId).toBe(w.tree.shenzhen);
    expect((await read('agent', beijing.id)).body).toMatchObject({
      territoryId: null,
      territorySource: null,
    });
  });

  it('shows customer service everything, unmasked', async () => {
    const body = (await read('agent', guangzhou.id).expect(200)).body;
    expect(body).toMatchObject({
      phone: '13800005678',
      masked: false,
      email: 'someone@example.com',
      birthday: '1988-08-08',
      defaultAddress: { detail: '私密街 8 号', recipientName: '张三丰', recipientPhone: '13800005678' },
    });
    expect((await listed('lead')).map((c) => c.id)).toEqual(
      expect.arrayContaining([guangzhou.id, shenzhen.id, hangzhou.id, beijing.id]),
    );
  });

  it('masks phones, emails, birthdays and street addresses for readers without customers:pii-read', async () => {
    for (const who of ['finance', 'auditor', 'generalManager'] as const) {
      const body = (await read(who, guangzhou.id).expect(200)).body;
      expect(body).toMatchObject({
        phone: '138****5678',
        masked: true,
        email: 's***@example.com',
        birthday: null,
        defaultAddress: {
          cityName: '广州市',
          districtName: '天河区',
          detail: null,
          recipientName: '张**',
          recipientPhone: '138****5678',
        },
      });
      expect(JSON.stringify(body)).not.toContain('13800005678');
      expect(JSON.stringify(body)).not.toContain('私密街');
      const inList = (await listed(who)).find((c) => c.id === guangzhou.id)!;
      expect(inList).toMatchObject({ phone: '138****5678', masked: true });
      expect(JSON.stringify(inList)).not.toContain('私密街');
    }
  });

  it('shows a regional manager only the customers of their region, unmasked; others are 404', async () => {
    expect((await listed('regionalPrd')).map((c) => c.id).sort()).toEqual([guangzhou.id, shenzhen.id].sort());
    expect((await read('regionalPrd', shenzhen.id).expect(200)).body).toMatchObject({
      phone: '13800015678',
      masked: false,
    });
    expectProblem(await read('regionalPrd', hangzhou.id), 404, 'CUSTOMER_NOT_FOUND');
    // A customer without a territory belongs to no region.
    expectProblem(await read('regionalPrd', beijing.id), 404, 'CUSTOMER_NOT_FOUND');
    expectProblem(
      await w.t.http(w.people.regionalPrd.auth).get(`/api/v1/customers/${hangzhou.id}/history`),
      404,
      'CUSTOMER_NOT_FOUND',
    );
  });

  it('shows a city manager only their city', async () => {
    expect((await listed('cityGuangzhou')).map((c) => c.id)).toEqual([guangzhou.id]);
    expect((await listed('cityHangzhou')).map((c) => c.id)).toEqual([hangzhou.id]);
    expectProblem(await read('cityGuangzhou', shenzhen.id), 404, 'CUSTOMER_NOT_FOUND');
    const searched = await w.t
      .http(w.people.cityHangzhou.auth)
      .get('/api/v1/customers')
      .query({ q: '5678' })
      .expect(200);
    expect(searched.body.data.map((c: { id: string }) => c.id)).toEqual([hangzhou.id]);
  });

  it('unmasks per customer for someone who reads everywhere but holds personal data for one city', async () => {
    const both = await userWithRoles(w.t, w.admin, [
      { role: 'finance' },
      { role: 'city-manager', orgUnitId: w.tree.guangzhou },
    ]);
    const response = await w.t.http(both.auth).get('/api/v1/customers').query({ limit: 200 }).expect(200);
    const byId = new Map(response.body.data.map((c: { id: string; masked: boolean }) => [c.id, c.masked]));
    expect([byId.get(guangzhou.id), byId.get(shenzhen.id), byId.get(hangzhou.id)]).toEqual([
      false,
      true,
      true,
    ]);
  });

  it('filters by territory, including the territories under it', async () => {
    const response = await w.t
      .http(w.people.agent.auth)
      .get('/api/v1/customers')
      .query({ territoryId: w.tree.guangdong, limit: 200 })
      .expect(200);
    expect(response.body.data.map((c: { id: string }) => c.id).sort()).toEqual(
      [guangzhou.id, shenzhen.id].sort(),
    );
  });

  describe('the territory', () => {
    it('can be set by hand only where no territory serves the default address city', async () => {
      const updated = await w.t
        .http(w.people.agent.auth)
        .patch(`/api/v1/customers/${beijing.id}`)
        .send({ territoryId: w.tree.northZhejiang })
        .expect(200);
      expect(updated.body).toMatchObject({ territoryId: w.tree.northZhejiang, territorySource: 'manual' });
      expect((await read('cityHangzhou', beijing.id)).status).toBe(404);
      expect((await read('generalManager', beijing.id)).status).toBe(200);
      expectProblem(
        await w.t
          .http(w.people.agent.auth)
          .patch(`/api/v1/customers/${guangzhou.id}`)
          .send({ territoryId: w.tree.hangzhou }),
        422,
        'TERRITORY_FROM_ADDRESS',
      );
      expectProblem(
        await w.t
          .http(w.people.agent.auth)
          .patch(`/api/v1/customers/${beijing.id}`)
          .send({ territoryId: w.tree.sales }),
        400,
        'UNKNOWN_TERRITORY',
      );
    });

    it('follows the default address to another city', async () => {
      const customer = await createCustomer(w, { addresses: [address('guangzhou')] });
      expect(customer.territoryId).toBe(w.tree.guangzhou);
      const moved = await w.t
        .http(w.people.agent.auth)
        .post(`/api/v1/customers/${customer.id}/addresses`)
        .send(address('hangzhou', { isDefault: true }))
        .expect(201);
      expect(moved.body).toMatchObject({ territoryId: w.tree.hangzhou, territorySource: 'address' });
      const away = await w.t
        .http(w.people.agent.auth)
        .post(`/api/v1/customers/${customer.id}/addresses`)
        .send(address('beijing', { isDefault: true }))
        .expect(201);
      expect(away.body).toMatchObject({ territoryId: null, territorySource: null });
      const history = await w.t
        .http(w.people.agent.auth)
        .get(`/api/v1/customers/${customer.id}/history`)
        .expect(200);
      expect(history.body.filter((e: { action: string }) => e.action === 'territory-changed')).toHaveLength(
        2,
      );
    });

    it('moves the customers of a city when the city is mapped to a territory, and back when unmapped', async () => {
      const customer = await createCustomer(w, { addresses: [address('beijing')] });
      const sales = w.t.http(w.people.salesManager.auth);
      await sales.put('/api/v1/territory-cities/110100').send({ orgUnitId: w.tree.zhejiang }).expect(200);
      expect((await read('agent', customer.id)).body).toMatchObject({
        territoryId: w.tree.zhejiang,
        territorySource: 'address',
      });
      // The hand-set territory of the other Beijing customer wins over the mapping.
      expect((await read('agent', beijing.id)).body.territoryId).toBe(w.tree.northZhejiang);
      const map = await sales.get('/api/v1/territory-cities').expect(200);
      expect(map.body.data).toContainEqual(
        expect.objectContaining({ cityCode: '110100', cityName: '北京市', orgUnitId: w.tree.zhejiang }),
      );
      await sales.delete('/api/v1/territory-cities/110100').expect(204);
      expect((await read('agent', customer.id)).body.territoryId).toBeNull();
      expectProblem(await sales.delete('/api/v1/territory-cities/110100'), 404, 'TERRITORY_CITY_NOT_FOUND');
      expectProblem(
        await sales.put('/api/v1/territory-cities/440106').send({ orgUnitId: w.tree.guangzhou }),
        400,
        'INVALID_DIVISION',
      );
      expectProblem(
        await w.t
          .http(w.people.agent.auth)
          .put('/api/v1/territory-cities/110100')
          .send({ orgUnitId: w.tree.zhejiang }),
        403,
        'FORBIDDEN',
      );
    });
  });
});
