import { expectProblem } from '@zhanggui/api-platform/testing';
import {
  address,
  createCustomer,
  createOrdersWorld,
  freshPhone,
  OrdersWorld,
} from '../testing/orders-fixtures';

describe('customers', () => {
  let w: OrdersWorld;
  beforeAll(async () => {
    w = await createOrdersWorld();
  }, 60_000);
  afterAll(() => w.t.close());

  const agent = () => w.t.http(w.people.agent.auth);

  describe('registering', () => {
    it('accepts the minimal contract and stores the phone as its 11 digits', async () => {
      const response = await agent()
        .post('/api/v1/customers')
        .send({ name: '张三', phone: '+86 138 1234 5678' })
        .expect(201);
      expect(response.headers.location).toBe(`/api/v1/customers/${response.body.id}`);
      expect(response.headers.etag).toBe('"1"');
      expect(response.body).toMatchObject({
        name: '张三',
        phone: '13812345678',
        number: expect.stringMatching(/^C-\d{6}$/),
        masked: false,
        source: 'customer_service',
        tags: [],
        status: 'active',
        territoryId: null,
        addresses: [],
        defaultAddress: null,
        membership: null,
        marketingConsent: { granted: false, at: null, channel: null },
      });
    });

    it('refuses a phone another customer has, in any spelling, naming that customer', async () => {
      const first = await createCustomer(w, { phone: '13900001111' });
      for (const spelling of [
        '13900001111',
        '+86 139 0000 1111',
        '0086-139-0000-1111',
        '８６１３９００００１１１１',
      ]) {
        const problem = expectProblem(
          await agent().post('/api/v1/customers').send({ name: '重复', phone: spelling }),
          409,
          'CUSTOMER_PHONE_TAKEN',
        );
        expect(problem.errors).toEqual([{ field: 'phone', message: `already used by customer ${first.id}` }]);
        expect(problem.detail).toContain(first.number);
      }
      const other = await createCustomer(w);
      expectProblem(
        await agent().patch(`/api/v1/customers/${other.id}`).send({ phone: '139 0000 1111' }),
        409,
        'CUSTOMER_PHONE_TAKEN',
      );
    });

    it('names every invalid field', async () => {
      const problem = expectProblem(
        await agent()
          .post('/api/v1/customers')
          .send({ name: '', phone: '020-12345678', email: 'nope', gender: 'x', birthday: '1990-13-01' }),
        400,
        'VALIDATION_FAILED',
      );
      expect([...new Set(problem.errors!.map((e) => e.field))].sort()).toEqual([
        'birthday',
        'email',
        'gender',
        'name',
        'phone',
      ]);
      expectProblem(
        await agent().post('/api/v1/customers').send({ name: 'x', phone: freshPhone(), version: 3 }),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('takes contact details, tags, consent and addresses, with the first address as default', async () => {
      const response = await agent()
        .post('/api/v1/customers')
        .send({
          name: '李四',
          phone: freshPhone(),
          email: 'lisi@example.com',
          gender: 'male',
          birthday: '1990-05-20',
          source: 'franchise',
          tags: ['老客户', '老客户', ' 大客户候选 '],
          marketingConsent: { granted: true, channel: 'phone' },
          addresses: [
            address('beijing', { detail: '建国路 88 号' }),
            address('hangzhou', { recipientPhone: '+86 139 0000 2222' }),
          ],
        })
        .expect(201);
      expect(response.body).toMatchObject({
        email: 'lisi@example.com',
        gender: 'male',
        birthday: '1990-05-20',
        source: 'franchise',
        tags: ['老客户', '大客户候选'],
        marketingConsent: { granted: true, channel: 'phone', at: expect.any(String) },
        defaultAddress: {
          provinceName: '北京市',
          cityCode: '110100',
          cityName: '北京市',
          districtName: '朝阳区',
          detail: '建国路 88 号',
          isDefault: true,
        },
      });
      expect(response.body.addresses).toHaveLength(2);
      expect(response.body.addresses[1]).toMatchObject({
        cityName: '杭州市',
        recipientPhone: '13900002222',
        isDefault: false,
      });
      // Beijing has no territory mapped: the customer has none.
      expect(response.body.territoryId).toBeNull();
    });
  });

  describe('addresses', () => {
    it('checks that the district is in the city and the city in the province', async () => {
      const customer = await createCustomer(w);
      const problem = expectProblem(
        await agent()
          .post(`/api/v1/customers/${customer.id}/addresses`)
          .send(address('guangzhou', { districtCode: '440305' })),
        400,
        'INVALID_DIVISION',
      );
      expect(problem.errors).toEqual([{ field: 'districtCode', message: '南山区 is not in 广州市' }]);
      expect(
        expectProblem(
          await agent()
            .post('/api/v1/customers')
            .send({
              name: 'x',
              phone: freshPhone(),
              addresses: [address('guangzhou', { provinceCode: '330000' })],
            }),
          400,
          'INVALID_DIVISION',
        ).errors,
      ).toEqual([{ field: 'addresses.0.cityCode', message: '广州市 is not in 浙江省' }]);
      expectProblem(
        await agent()
          .post(`/api/v1/customers/${customer.id}/addresses`)
          .send(address('guangzhou', { districtCode: undefined })),
        400,
        'INVALID_DIVISION',
      );
      // 东莞市 has no districts: none is needed.
      await agent()
        .post(`/api/v1/customers/${customer.id}/addresses`)
        .send({ ...address('guangzhou'), cityCode: '441900', districtCode: undefined })
        .expect(201);
    });

    it('keeps exactly one default, moves it on request and when the default is removed', async () => {
      const customer = await createCustomer(w);
      const first = await agent()
        .post(`/api/v1/customers/${customer.id}/addresses`)
        .send(address('beijing'))
        .expect(201);
      expect(first.body.addresses[0].isDefault).toBe(true);
      const second = await agent()
        .post(`/api/v1/customers/${customer.id}/addresses`)
        .set('If-Match', first.headers.etag)
        .send(address('hangzhou', { isDefault: true }))
        .expect(201);
      expect(second.body.defaultAddress.cityName).toBe('杭州市');
      expect(second.body.addresses.filter((a: { isDefault: boolean }) => a.isDefault)).toHaveLength(1);
      const beijing = second.body.addresses.find((a: { cityCode: string }) => a.cityCode === '110100');
      const hangzhou = second.body.defaultAddress;
      expectProblem(
        await agent()
          .patch(`/api/v1/customers/${customer.id}/addresses/${hangzhou.id}`)
          .send({ isDefault: false }),
        422,
        'DEFAULT_ADDRESS_REQUIRED',
      );
      const moved = await agent()
        .patch(`/api/v1/customers/${customer.id}/addresses/${beijing.id}`)
        .send({ isDefault: true, detail: '建国路 99 号' })
        .expect(200);
      expect(moved.body.defaultAddress).toMatchObject({ id: beijing.id, detail: '建国路 99 号' });
      const removed = await agent()
        .delete(`/api/v1/customers/${customer.id}/addresses/${beijing.id}`)
        .expect(200);
      expect(removed.body.defaultAddress.id).toBe(hangzhou.id);
      expectProblem(
        await agent().delete(`/api/v1/customers/${customer.id}/addresses/${beijing.id}`),
        404,
        'ADDRESS_NOT_FOUND',
      );
      // A stale ETag is refused.
      expectProblem(
        await agent()
          .post(`/api/v1/customers/${customer.id}/addresses`)
          .set('If-Match', first.headers.etag)
          .send(address('beijing')),
        412,
        'STALE_VERSION',
      );
    });
  });

  describe('changing', () => {
    it('updates contact details and tags with If-Match, and records consent with when and where', async () => {
      const customer = await createCustomer(w);
      const updated = await agent()
        .patch(`/api/v1/customers/${customer.id}`)
        .set('If-Match', '"1"')
        .send({ name: '王五', email: 'wangwu@example.com', tags: ['投诉过'] })
        .expect(200);
      expect(updated.body).toMatchObject({ name: '王五', tags: ['投诉过'], version: 2 });
      expectProblem(
        await agent().patch(`/api/v1/customers/${customer.id}`).set('If-Match', '"1"').send({ name: '晚了' }),
        412,
        'STALE_VERSION',
      );
      const withdrawn = await agent()
        .put(`/api/v1/customers/${customer.id}/marketing-consent`)
        .send({ granted: false, channel: 'sms', note: '回复 TD 退订' })
        .expect(200);
      expect(withdrawn.body.marketingConsent).toEqual({
        granted: false,
        channel: 'sms',
        at: expect.any(String),
      });
      const history = await agent().get(`/api/v1/customers/${customer.id}/history`).expect(200);
      expect(history.body.map((entry: { action: string }) => entry.action)).toEqual([
        'registered',
        'details-changed',
        'consent-withdrawn',
      ]);
      expect(history.body[1].data).toEqual({ fields: ['name', 'email', 'tags'] });
      expect(history.body[2]).toMatchObject({
        note: '回复 TD 退订',
        data: { channel: 'sms' },
        actorKind: 'user',
      });
    });

    it('is refused to those without customers:write, and unknown customers are 404', async () => {
      const customer = await createCustomer(w);
      for (const person of [w.people.finance, w.people.cityGuangzhou, w.people.auditor]) {
        expectProblem(
          await w.t.http(person.auth).patch(`/api/v1/customers/${customer.id}`).send({ name: 'x' }),
          403,
          'FORBIDDEN',
        );
      }
      expectProblem(await w.t.http(w.people.hr.auth).get('/api/v1/customers'), 403, 'FORBIDDEN');
      expectProblem(
        await agent().get('/api/v1/customers/01a21f21-0000-7000-8000-000000000000'),
        404,
        'CUSTOMER_NOT_FOUND',
      );
    });
  });

  describe('searching', () => {
    let ids: Record<string, string>;
    beforeAll(async () => {
      ids = {
        zhang: (await createCustomer(w, { name: '张伟明', phone: '13511112222' })).id,
        ouyang: (await createCustomer(w, { name: '欧阳娜娜', phone: '13633334444' })).id,
        wang: (await createCustomer(w, { name: '王小明', phone: '13755552222' })).id,
      };
    });

    const found = async (q: string) => {
      const response = await agent().get('/api/v1/customers').query({ q, limit: 200 }).expect(200);
      return response.body.data
        .map((c: { id: string }) => c.id)
        .filter((id: string) => Object.values(ids).includes(id));
    };

    it('finds by any part of the name, one or more characters', async () => {
      expect(await found('伟明')).toEqual([ids.zhang]);
      expect(await found('明')).toEqual(expect.arrayContaining([ids.zhang, ids.wang]));
      expect(await found('欧阳娜')).toEqual([ids.ouyang]);
    });

    it('finds by pinyin initials and full pinyin', async () => {
      expect(await found('zwm')).toEqual([ids.zhang]);
      expect(await found('oynn')).toEqual([ids.ouyang]);
      expect(await found('xiaoming')).toEqual([ids.wang]);
    });

    it('finds by the whole phone in any spelling, or by its last four digits', async () => {
      expect(await found('+86 135 1111 2222')).toEqual([ids.zhang]);
      expect((await found('2222')).sort()).toEqual([ids.zhang, ids.wang].sort());
      expect(await found('4444')).toEqual([ids.ouyang]);
    });

    it('finds by customer number, and pages with a cursor', async () => {
      const number = (await agent().get(`/api/v1/customers/${ids.ouyang}`)).body.number;
      expect(await found(number)).toEqual([ids.ouyang]);
      const first = await agent()
        .get('/api/v1/customers')
        .query({ limit: 2, sort: 'name', count: true })
        .expect(200);
      expect(first.body.data).toHaveLength(2);
      expect(first.body.total).toBeGreaterThan(3);
      const second = await agent()
        .get('/api/v1/customers')
        .query({ limit: 2, sort: 'name', cursor: first.body.nextCursor })
        .expect(200);
      expect(second.body.data[0].id).not.toBe(first.body.data[1].id);
      expectProblem(
        await agent().get('/api/v1/customers').query({ sort: 'phone' }),
        400,
        'VALIDATION_FAILED',
      );
    });

    it('filters by tag and source', async () => {
      const tagged = await createCustomer(w, { tags: ['批发'], source: 'franchise' });
      const byTag = await agent().get('/api/v1/customers').query({ tag: '批发' }).expect(200);
      expect(byTag.body.data.map((c: { id: string }) => c.id)).toEqual([tagged.id]);
      const bySource = await agent()
        .get('/api/v1/customers')
        .query({ source: 'franchise', limit: 200 })
        .expect(200);
      expect(bySource.body.data.every((c: { source: string }) => c.source === 'franchise')).toBe(true);
    });
  });

  describe('China divisions', () => {
    it('serves provinces, cities of a province and districts of a city to anyone signed in', async () => {
      const provinces = await w.t.http(w.people.hr.auth).get('/api/v1/china-divisions').expect(200);
      expect(provinces.body.data).toHaveLength(31);
      expect(provinces.body.data).toContainEqual({
        code: '440000',
        name: '广东省',
        level: 'province',
        parentCode: null,
        hasChildren: true,
      });
      const cities = await w.t.http(w.website).get('/api/v1/china-divisions?parent=440000').expect(200);
      expect(cities.body.data.map((c: { name: string }) => c.name)).toEqual(
        expect.arrayContaining(['广州市', '深圳市', '东莞市']),
      );
      const districts = await agent().get('/api/v1/china-divisions?parent=440100').expect(200);
      expect(districts.body.data).toContainEqual(
        expect.objectContaining({ code: '440106', name: '天河区', level: 'district' }),
      );
      expectProblem(await agent().get('/api/v1/china-divisions?parent=999999'), 404, 'DIVISION_NOT_FOUND');
      expectProblem(await agent().get('/api/v1/china-divisions?parent=44'), 400, 'VALIDATION_FAILED');
      expect((await w.t.http().get('/api/v1/china-divisions')).status).toBe(401);
    });
  });
});
