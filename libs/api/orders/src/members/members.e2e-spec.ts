import { expectProblem } from '@zhanggui/api-platform/testing';
import { MembersService } from '../members/members.service';
import { createCustomer, createOrdersWorld, freshPhone, OrdersWorld } from '../testing/orders-fixtures';

describe('members and member levels', () => {
  let w: OrdersWorld;
  let members: MembersService;
  const levels: Record<'ordinary' | 'silver' | 'gold', string> = { ordinary: '', silver: '', gold: '' };

  beforeAll(async () => {
    w = await createOrdersWorld();
    members = w.t.app.get(MembersService);
  }, 60_000);
  afterAll(() => w.t.close());

  const sales = () => w.t.http(w.people.salesManager.auth);
  const membershipOf = async (customerId: string) =>
    (await w.t.http(w.people.agent.auth).get(`/api/v1/customers/${customerId}/membership`).expect(200)).body;
  const outbox = async (type: string, customerId: string) =>
    (
      await w.t.dataSource.query(
        `SELECT payload FROM outbox_event WHERE type = $1 AND payload->>'customerId' = $2 ORDER BY id`,
        [type, customerId],
      )
    ).map((row: { payload: unknown }) => row.payload);

  describe('levels', () => {
    it('are set by the sales manager, ordered by threshold', async () => {
      for (const [key, body] of [
        ['gold', { nameZh: '金卡会员', nameEn: 'Gold', thresholdAmount: 1_000_000, rebateBps: 200 }],
        ['ordinary', { nameZh: '普通会员', nameEn: 'Member', thresholdAmount: 0, rebateBps: 50 }],
        ['silver', { nameZh: '银卡会员', nameEn: 'Silver', thresholdAmount: 200_000, rebateBps: 100 }],
      ] as const) {
        const response = await sales().post('/api/v1/member-levels').send(body).expect(201);
        expect(response.headers.location).toBe(`/api/v1/member-levels/${response.body.id}`);
        expect(response.body).toMatchObject({ ...body, currency: 'CNY', version: 1 });
        levels[key] = response.body.id;
      }
      const list = await w.t.http(w.people.planner.auth).get('/api/v1/member-levels').expect(200);
      expect(list.body.data.map((l: { nameZh: string }) => l.nameZh)).toEqual([
        '普通会员',
        '银卡会员',
        '金卡会员',
      ]);
      await w.t.http(w.people.finance.auth).get(`/api/v1/member-levels/${levels.gold}`).expect(200);
    });

    it('refuse a second level at the same threshold or name, bad values and stale versions', async () => {
      expectProblem(
        await sales()
          .post('/api/v1/member-levels')
          .send({ nameZh: '铜卡', nameEn: 'Bronze', thresholdAmount: 200_000, rebateBps: 0 }),
        409,
        'MEMBER_LEVEL_THRESHOLD_TAKEN',
      );
      expectProblem(
        await sales()
          .post('/api/v1/member-levels')
          .send({ nameZh: '银卡会员', nameEn: 'x', thresholdAmount: 1, rebateBps: 0 }),
        409,
        'MEMBER_LEVEL_NAME_TAKEN',
      );
      const bad = expectProblem(
        await sales()
          .post('/api/v1/member-levels')
          .send({ nameZh: 'x', nameEn: 'x', thresholdAmount: 1.5, rebateBps: 10_001 }),
        400,
        'VALIDATION_FAILED',
      );
      expect(bad.errors!.map((e) => e.field).sort()).toEqual(['rebateBps', 'thresholdAmount']);
      expectProblem(
        await sales()
          .put(`/api/v1/member-levels/${levels.gold}`)
          .set('If-Match', '"7"')
          .send({ nameZh: '金卡会员', nameEn: 'Gold', thresholdAmount: 1_000_000, rebateBps: 250 }),
        412,
        'STALE_VERSION',
      );
    });

    it('are read but not written by planners, customer service and finance', async () => {
      for (const person of [w.people.planner, w.people.agent, w.people.finance]) {
        expectProblem(
          await w.t
            .http(person.auth)
            .post('/api/v1/member-levels')
            .send({ nameZh: 'x', nameEn: 'x', thresholdAmount: 5, rebateBps: 0 }),
          403,
          'FORBIDDEN',
        );
      }
      expectProblem(await w.t.http(w.people.hr.auth).get('/api/v1/member-levels'), 403, 'FORBIDDEN');
    });
  });

  describe('registration', () => {
    it('by the website’s API key: a new customer and member from name and phone', async () => {
      const phone = freshPhone();
      const response = await w.t
        .http(w.website)
        .post('/api/v1/members')
        .send({ name: '网站会员', phone: `+86 ${phone}` })
        .expect(201);
      expect(response.body).toMatchObject({
        number: expect.stringMatching(/^M-\d{6}$/),
        channel: 'website',
        level: { id: levels.ordinary, nameZh: '普通会员' },
        qualifyingSpend: 0,
        currency: 'CNY',
      });
      expect(response.headers.location).toBe(`/api/v1/customers/${response.body.customerId}/membership`);
      const customer = await w.t
        .http(w.people.agent.auth)
        .get(`/api/v1/customers/${response.body.customerId}`)
        .expect(200);
      expect(customer.body).toMatchObject({
        phone,
        source: 'website',
        membership: { number: response.body.number, level: { nameZh: '普通会员' } },
      });
      expect(await outbox('MemberRegistered', response.body.customerId)).toEqual([
        expect.objectContaining({ memberId: response.body.id, channel: 'website', levelId: levels.ordinary }),
      ]);
      expect(await outbox('CustomerRegistered', response.body.customerId)).toHaveLength(1);
      // The key registers members and nothing else.
      expectProblem(await w.t.http(w.website).get('/api/v1/customers'), 403, 'FORBIDDEN');
    });

    it('by phone links the customer who already has it, once', async () => {
      const existing = await createCustomer(w, { name: '老客户' });
      const phone = (await w.t.http(w.people.agent.auth).get(`/api/v1/customers/${existing.id}`)).body.phone;
      const response = await w.t
        .http(w.website)
        .post('/api/v1/members')
        .send({ name: '新名字', phone: phone.replace(/(\d{3})(\d{4})(\d{4})/, '$1 $2 $3') })
        .expect(201);
      expect(response.body.customerId).toBe(existing.id);
      expectProblem(
        await w.t.http(w.website).post('/api/v1/members').send({ name: '再来', phone }),
        409,
        'ALREADY_A_MEMBER',
      );
    });

    it('by customer service for an existing customer', async () => {
      const customer = await createCustomer(w);
      const response = await w.t
        .http(w.people.agent.auth)
        .post(`/api/v1/customers/${customer.id}/membership`)
        .send({})
        .expect(201);
      expect(response.body).toMatchObject({ customerId: customer.id, channel: 'customer_service' });
      expectProblem(
        await w.t.http(w.people.agent.auth).post(`/api/v1/customers/${customer.id}/membership`).send({}),
        409,
        'ALREADY_A_MEMBER',
      );
      expectProblem(
        await w.t.http(w.people.finance.auth).post(`/api/v1/customers/${customer.id}/membership`).send({}),
        403,
        'FORBIDDEN',
      );
      const member = await membershipOf(customer.id);
      expect(member.levelHistory).toEqual([
        expect.objectContaining({
          fromLevel: null,
          toLevel: expect.objectContaining({ nameZh: '普通会员' }),
          reason: 'registered',
        }),
      ]);
      const other = await createCustomer(w);
      expectProblem(
        await w.t.http(w.people.agent.auth).get(`/api/v1/customers/${other.id}/membership`),
        404,
        'MEMBERSHIP_NOT_FOUND',
      );
    });
  });

  describe('qualifying spend and levels', () => {
    it('moves a member up as orders report spend, once per source document', async () => {
      const customer = await createCustomer(w);
      await w.t
        .http(w.people.agent.auth)
        .post(`/api/v1/customers/${customer.id}/membership`)
        .send({})
        .expect(201);

      expect(await members.recordQualifyingSpend(customer.id, 150_000, 'SO-TEST-0001')).toBe(true);
      expect((await membershipOf(customer.id)).level.nameZh).toBe('普通会员');
      expect(await members.recordQualifyingSpend(customer.id, 60_000, 'SO-TEST-0002')).toBe(true);
      // A retry of the same order changes nothing.
      expect(await members.recordQualifyingSpend(customer.id, 60_000, 'SO-TEST-0002')).toBe(false);
      const silver = await membershipOf(customer.id);
      expect(silver).toMatchObject({ qualifyingSpend: 210_000, level: { id: levels.silver } });
      // A return brings it back down.
      await members.recordQualifyingSpend(customer.id, -20_000, 'RMA-TEST-0001');
      const back = await membershipOf(customer.id);
      expect(back).toMatchObject({ qualifyingSpend: 190_000, level: { id: levels.ordinary } });
      expect(
        back.levelHistory.map((c: { reason: string; toLevel: { nameZh: string } }) => [
          c.reason,
          c.toLevel.nameZh,
        ]),
      ).toEqual([
        ['registered', '普通会员'],
        ['spend', '银卡会员'],
        ['spend', '普通会员'],
      ]);
      expect(await outbox('MemberLevelChanged', customer.id)).toEqual([
        expect.objectContaining({
          fromLevelId: levels.ordinary,
          toLevelId: levels.silver,
          qualifyingSpend: 210_000,
          reason: 'spend',
        }),
        expect.objectContaining({
          fromLevelId: levels.silver,
          toLevelId: levels.ordinary,
          qualifyingSpend: 190_000,
        }),
      ]);
      await expect(members.recordQualifyingSpend(customer.id, 1.5, 'SO-TEST-0003')).rejects.toThrow(
        'whole number',
      );
    });

    it('counts spend from before joining, within the last 12 months', async () => {
      const customer = await createCustomer(w);
      const thirteenMonthsAgo = new Date(Date.now() - 395 * 24 * 3600 * 1000);
      await members.recordQualifyingSpend(customer.id, 5_000_000, 'SO-OLD-0001', thirteenMonthsAgo);
      await members.recordQualifyingSpend(customer.id, 1_200_000, 'SO-NEW-0001');
      const response = await w.t
        .http(w.people.agent.auth)
        .post(`/api/v1/customers/${customer.id}/membership`)
        .send({})
        .expect(201);
      expect(response.body).toMatchObject({ qualifyingSpend: 1_200_000, level: { id: levels.gold } });
    });

    it('re-evaluates everyone on recompute: old spend rolls off and changed rules apply', async () => {
      const customer = await createCustomer(w);
      await w.t
        .http(w.people.agent.auth)
        .post(`/api/v1/customers/${customer.id}/membership`)
        .send({})
        .expect(201);
      const almostAYearAgo = new Date(Date.now() - 364 * 24 * 3600 * 1000);
      await members.recordQualifyingSpend(customer.id, 300_000, 'SO-ROLL-0001', almostAYearAgo);
      expect((await membershipOf(customer.id)).level.id).toBe(levels.silver);

      // Two days on, the spend has left the window.
      const result = await members.recompute(new Date(Date.now() + 2 * 24 * 3600 * 1000));
      expect(result.changed).toBeGreaterThanOrEqual(1);
      expect(await membershipOf(customer.id)).toMatchObject({
        qualifyingSpend: 0,
        level: { id: levels.ordinary },
      });

      // Today the spend still counts (silver again); raising silver's bar above it moves the member down at
      // the next recompute, asked for over HTTP.
      await members.recompute();
      expect((await membershipOf(customer.id)).level.id).toBe(levels.silver);
      const silver = (await sales().get(`/api/v1/member-levels/${levels.silver}`)).body;
      await sales()
        .put(`/api/v1/member-levels/${levels.silver}`)
        .set('If-Match', `"${silver.version}"`)
        .send({ nameZh: '银卡会员', nameEn: 'Silver', thresholdAmount: 400_000, rebateBps: 120 })
        .expect(200);
      const recomputed = await sales().post('/api/v1/member-levels/recompute').expect(200);
      expect(recomputed.body.members).toBeGreaterThanOrEqual(1);
      expect((await membershipOf(customer.id)).level.id).toBe(levels.ordinary);
      expectProblem(
        await w.t.http(w.people.agent.auth).post('/api/v1/member-levels/recompute'),
        403,
        'FORBIDDEN',
      );
    });
  });
});
