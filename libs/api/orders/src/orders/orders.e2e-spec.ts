import { countQueries, expectProblem } from '@zhanggui/api-platform/testing';
import {
  address,
  createCustomer,
  createOrderWorld,
  levelOf,
  orderBody,
  OrderWorld,
  sellableSku,
  stockUp,
} from './testing/order-world';

describe('placing and reading orders', () => {
  let w: OrderWorld;
  let phone: string; // a SKU at ¥39.90
  let charger: string; // a SKU at ¥89.00
  let customerId: string;

  const agent = () => w.t.http(w.people.agent.auth);
  const place = (body: object, auth = w.people.agent.auth, key?: string) => {
    const request = w.t.http(auth).post('/api/v1/orders');
    if (key) void request.set('Idempotency-Key', key);
    return request.send(body);
  };

  beforeAll(async () => {
    w = await createOrderWorld();
    phone = await sellableSku(w, 3990);
    charger = await sellableSku(w, 8900);
    for (const sku of [phone, charger]) {
      await stockUp(w, sku, w.warehouses.prd, 100);
      await stockUp(w, sku, w.warehouses.hangzhou, 100);
    }
    customerId = await createCustomer(w);
  }, 120_000);
  afterAll(() => w.t.close());

  it('places a COD order: priced by the catalog, confirmed at once, stock reserved in the city’s warehouse', async () => {
    const before = await levelOf(w, phone, w.warehouses.prd);
    const response = await place(
      orderBody(customerId, [
        { skuId: phone, quantity: 2 },
        { skuId: charger, quantity: 1 },
      ]),
    ).expect(201);
    expect(response.headers.location).toBe(`/api/v1/orders/${response.body.id}`);
    expect(response.headers.etag).toBe('"1"');
    expect(response.body).toMatchObject({
      number: expect.stringMatching(/^SO-\d{8}-\d{4}$/),
      status: 'confirmed',
      channel: 'website',
      paymentMethod: 'cod',
      customerId,
      customerName: expect.any(String),
      orgUnitId: w.tree.guangzhou,
      warehouseId: w.warehouses.prd,
      currency: 'CNY',
      listTotal: 2 * 3990 + 8900,
      discountTotal: 0,
      total: 2 * 3990 + 8900,
      originalTotal: 2 * 3990 + 8900,
      priceDifference: 0,
      lineCount: 2,
      shippingAddress: { cityCode: '440100', recipientName: '收件人', addressId: null },
      payments: [],
      shipment: null,
    });
    expect(response.body.lines).toEqual([
      expect.objectContaining({ lineNo: 1, skuId: phone, quantity: 2, unitPrice: 3990, amount: 7980 }),
      expect.objectContaining({ lineNo: 2, skuId: charger, quantity: 1, unitPrice: 8900, amount: 8900 }),
    ]);
    expect(response.body.timeline).toEqual([
      expect.objectContaining({ action: 'placed', from: null, to: 'confirmed', actorKind: 'user' }),
    ]);
    expect(await levelOf(w, phone, w.warehouses.prd)).toEqual({
      onHand: before.onHand,
      reserved: before.reserved + 2,
      available: before.available - 2,
    });
    const events = await w.t.dataSource.query(
      `SELECT payload FROM outbox_event WHERE type = 'OrderPlaced' AND payload->>'orderId' = $1`,
      [response.body.id],
    );
    expect(events).toEqual([{ payload: expect.objectContaining({ total: 16880, status: 'confirmed' }) }]);
    const audit = await w.t.dataSource.query(
      `SELECT action FROM audit_event WHERE entity_type = 'sales_order' AND entity_id = $1`,
      [response.body.id],
    );
    expect(audit).toEqual([{ action: 'create' }]);
  });

  it('places a prepaid order pending payment, from a saved address, served by the city’s own warehouse', async () => {
    const customer = (
      await agent()
        .post(`/api/v1/customers/${customerId}/addresses`)
        .send(address('hangzhou', { recipientName: '杭州收件人' }))
        .expect(201)
    ).body;
    const hangzhouAddress = customer.addresses.find(
      (a: { recipientName: string }) => a.recipientName === '杭州收件人',
    );
    const response = await place(
      orderBody(customerId, [{ skuId: phone, quantity: 1 }], {
        paymentMethod: 'prepaid',
        shippingAddress: { addressId: hangzhouAddress.id },
      }),
    ).expect(201);
    expect(response.body).toMatchObject({
      status: 'pending_payment',
      orgUnitId: w.tree.hangzhou,
      warehouseId: w.warehouses.hangzhou,
      shippingAddress: { addressId: hangzhouAddress.id, cityCode: '330100', recipientName: '杭州收件人' },
    });
  });

  it('refuses a shortage with 409 naming each SKU, and writes nothing', async () => {
    const lonely = await sellableSku(w, 1000);
    await stockUp(w, lonely, w.warehouses.prd, 3);
    const count = async () =>
      Number((await w.t.dataSource.query(`SELECT count(*) AS n FROM sales_order`))[0].n);
    const ordersBefore = await count();
    const problem = expectProblem(
      await place(
        orderBody(customerId, [
          { skuId: phone, quantity: 1 },
          { skuId: lonely, quantity: 5 },
        ]),
      ),
      409,
      'INSUFFICIENT_STOCK',
    );
    expect(problem.errors).toEqual([
      { field: 'lines.1.quantity', message: `SKU ${lonely}: requested 5, available 3` },
    ]);
    expect(await count()).toBe(ordersBefore);
    expect(await levelOf(w, lonely, w.warehouses.prd)).toMatchObject({ reserved: 0, available: 3 });
  });

  it('refuses a city no territory or warehouse serves, naming shippingAddress', async () => {
    const problem = expectProblem(
      await place(
        orderBody(customerId, [{ skuId: phone, quantity: 1 }], { shippingAddress: address('beijing') }),
      ),
      422,
      'ORDER_NOT_DELIVERABLE',
    );
    expect(problem.errors?.[0].field).toBe('shippingAddress');
  });

  it('refuses unknown customers, addresses of others, repeated SKUs and bad divisions', async () => {
    expectProblem(
      await place(orderBody('01a21f21-0000-7000-8000-000000000000', [{ skuId: phone, quantity: 1 }])),
      422,
      'ORDER_CUSTOMER_UNKNOWN',
    );
    expectProblem(
      await place(
        orderBody(customerId, [{ skuId: phone, quantity: 1 }], {
          shippingAddress: { addressId: '01a21f21-0000-7000-8000-000000000000' },
        }),
      ),
      422,
      'ORDER_ADDRESS_UNKNOWN',
    );
    expectProblem(
      await place(
        orderBody(customerId, [
          { skuId: phone, quantity: 1 },
          { skuId: phone, quantity: 2 },
        ]),
      ),
      422,
      'ORDER_LINE_SKU_REPEATED',
    );
    const bad = expectProblem(
      await place(
        orderBody(customerId, [{ skuId: phone, quantity: 1 }], {
          shippingAddress: address('guangzhou', { cityCode: '330100' }),
        }),
      ),
      400,
      'INVALID_DIVISION',
    );
    expect(bad.errors?.[0].field).toBe('shippingAddress.cityCode');
    expectProblem(
      await place({ ...orderBody(customerId, [{ skuId: phone, quantity: 1 }]), total: 1 }),
      400,
      'VALIDATION_FAILED',
    );
  });

  describe('the website’s API key', () => {
    it('must send an Idempotency-Key', async () => {
      const problem = expectProblem(
        await place(orderBody(customerId, [{ skuId: phone, quantity: 1 }]), w.website),
        400,
        'IDEMPOTENCY_KEY_REQUIRED',
      );
      expect(problem.errors).toEqual([{ field: 'Idempotency-Key', message: 'required for API keys' }]);
    });

    it('gets the same order back when it replays a POST, and 422 for another body under that key', async () => {
      const body = orderBody(customerId, [{ skuId: charger, quantity: 1 }]);
      const reserved = (await levelOf(w, charger, w.warehouses.prd)).reserved;
      const first = await place(body, w.website, 'web-order-1').expect(201);
      const again = await place(body, w.website, 'web-order-1').expect(201);
      expect(again.headers['idempotent-replayed']).toBe('true');
      expect(again.headers.location).toBe(first.headers.location);
      expect(again.body).toEqual(first.body);
      expect((await levelOf(w, charger, w.warehouses.prd)).reserved).toBe(reserved + 1);
      expectProblem(
        await place({ ...body, lines: [{ skuId: charger, quantity: 2 }] }, w.website, 'web-order-1'),
        422,
        'IDEMPOTENCY_KEY_REUSED',
      );
      expect(first.body.timeline[0]).toMatchObject({ actorKind: 'api-key', actorLabel: '官网' });
    });

    it('reads only the orders it placed, never the internal remarks', async () => {
      const own = await place(
        orderBody(customerId, [{ skuId: phone, quantity: 1 }]),
        w.website,
        'web-2',
      ).expect(201);
      await agent()
        .post(`/api/v1/orders/${own.body.id}/notes`)
        .send({ text: '客户要求周末送', internal: false })
        .expect(201);
      await agent()
        .post(`/api/v1/orders/${own.body.id}/notes`)
        .send({ text: '疑似刷单', internal: true })
        .expect(201);
      const byAgent = await place(orderBody(customerId, [{ skuId: phone, quantity: 1 }])).expect(201);
      const list = await w.t.http(w.website).get('/api/v1/orders?limit=200').expect(200);
      expect(list.body.data.map((o: { id: string }) => o.id)).toContain(own.body.id);
      expect(list.body.data.map((o: { id: string }) => o.id)).not.toContain(byAgent.body.id);
      expectProblem(
        await w.t.http(w.website).get(`/api/v1/orders/${byAgent.body.id}`),
        404,
        'ORDER_NOT_FOUND',
      );
      const detail = await w.t.http(w.website).get(`/api/v1/orders/${own.body.id}`).expect(200);
      expect(detail.body.notes.map((n: { text: string }) => n.text)).toEqual(['客户要求周末送']);
      const staff = await agent().get(`/api/v1/orders/${own.body.id}`).expect(200);
      expect(staff.body.notes.map((n: { text: string; internal: boolean }) => [n.text, n.internal])).toEqual([
        ['客户要求周末送', false],
        ['疑似刷单', true],
      ]);
    });
  });

  describe('scope', () => {
    let guangzhouOrder: string;
    let hangzhouOrder: string;

    beforeAll(async () => {
      guangzhouOrder = (await place(orderBody(customerId, [{ skuId: phone, quantity: 1 }])).expect(201)).body
        .id;
      hangzhouOrder = (
        await place(
          orderBody(customerId, [{ skuId: phone, quantity: 1 }], { shippingAddress: address('hangzhou') }),
        ).expect(201)
      ).body.id;
    });

    it('shows a regional manager only their region’s orders, and another region’s order is a 404', async () => {
      const prd = w.t.http(w.people.regionalPrd.auth);
      const list = (await prd.get('/api/v1/orders?limit=200').expect(200)).body.data as Array<{
        id: string;
        orgUnitId: string;
      }>;
      expect(list.map((o) => o.id)).toContain(guangzhouOrder);
      expect(list.map((o) => o.id)).not.toContain(hangzhouOrder);
      expect(new Set(list.map((o) => o.orgUnitId))).toEqual(new Set([w.tree.guangzhou]));
      await prd.get(`/api/v1/orders/${guangzhouOrder}`).expect(200);
      expectProblem(await prd.get(`/api/v1/orders/${hangzhouOrder}`), 404, 'ORDER_NOT_FOUND');
      expectProblem(await prd.get(`/api/v1/orders/${hangzhouOrder}/timeline`), 404, 'ORDER_NOT_FOUND');
      const zj = (await w.t.http(w.people.regionalNorthZj.auth).get('/api/v1/orders?limit=200').expect(200))
        .body.data as Array<{ id: string }>;
      expect(zj.map((o) => o.id)).toEqual(expect.arrayContaining([hangzhouOrder]));
      expect(zj.map((o) => o.id)).not.toContain(guangzhouOrder);
    });

    it('lets a city manager fulfil only their city’s orders', async () => {
      const hz = w.t.http(w.people.cityHangzhou.auth);
      expectProblem(
        await hz.post(`/api/v1/orders/${guangzhouOrder}/allocate`).send({}),
        404,
        'ORDER_NOT_FOUND',
      );
      await hz.post(`/api/v1/orders/${hangzhouOrder}/allocate`).send({}).expect(200);
    });

    it('lets company-wide readers (finance, auditor, sales manager) see everything, and refuses others', async () => {
      for (const person of [w.people.finance, w.people.auditor, w.people.salesManager, w.people.lead]) {
        await w.t.http(person.auth).get(`/api/v1/orders/${hangzhouOrder}`).expect(200);
      }
      expectProblem(await w.t.http(w.people.hr.auth).get('/api/v1/orders'), 403, 'FORBIDDEN');
      expectProblem(
        await w.t.http(w.people.finance.auth).post('/api/v1/orders').send(orderBody(customerId, [])),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await w.t
          .http(w.people.regionalPrd.auth)
          .post(`/api/v1/orders/${guangzhouOrder}/cancel`)
          .send({ reason: 'x' }),
        403,
        'FORBIDDEN',
      );
    });
  });

  describe('the list', () => {
    it('filters by status, payment method, channel, customer, territory, time and q, newest first', async () => {
      const other = await createCustomer(w);
      const a = (await place(orderBody(other, [{ skuId: phone, quantity: 1 }])).expect(201)).body;
      const b = (
        await place(
          orderBody(other, [{ skuId: phone, quantity: 1 }], {
            paymentMethod: 'prepaid',
            channel: 'website',
            shippingAddress: address('shenzhen'),
          }),
        ).expect(201)
      ).body;
      const ids = async (query: string) =>
        ((await agent().get(`/api/v1/orders?${query}`).expect(200)).body.data as Array<{ id: string }>).map(
          (o) => o.id,
        );
      expect(await ids(`customerId=${other}`)).toEqual([b.id, a.id]);
      expect(await ids(`customerId=${other}&paymentMethod=prepaid`)).toEqual([b.id]);
      expect(await ids(`customerId=${other}&status=confirmed`)).toEqual([a.id]);
      expect(await ids(`customerId=${other}&channel=offline`)).toEqual([]);
      expect(await ids(`customerId=${other}&regionId=${w.tree.shenzhen}`)).toEqual([b.id]);
      expect(await ids(`customerId=${other}&regionId=${w.tree.pearlRiverDelta}`)).toEqual([b.id, a.id]);
      expect(await ids(`customerId=${other}&placedFrom=${encodeURIComponent(b.placedAt)}`)).toEqual([b.id]);
      expect(await ids(`customerId=${other}&placedTo=${encodeURIComponent(b.placedAt)}`)).toEqual([a.id]);
      expect(await ids(`q=${a.number}`)).toEqual([a.id]);
      expect(await ids(`q=${a.number.slice(0, 11).toLowerCase()}&customerId=${other}`)).toEqual([b.id, a.id]);
      expectProblem(await agent().get('/api/v1/orders?status=lost'), 400, 'VALIDATION_FAILED');
    });

    it('pages by cursor without repeats, with the same number of queries for 2 rows or 20', async () => {
      const first = await agent().get('/api/v1/orders?limit=3').expect(200);
      const second = await agent().get(`/api/v1/orders?limit=3&cursor=${first.body.nextCursor}`).expect(200);
      const seen = [...first.body.data, ...second.body.data].map((o: { id: string }) => o.id);
      expect(new Set(seen).size).toBe(6);
      expect([...seen].sort().reverse()).toEqual(seen);
      const few = await countQueries(w.t, (http) =>
        http(w.people.agent.auth).get('/api/v1/orders?limit=2').expect(200),
      );
      const many = await countQueries(w.t, (http) =>
        http(w.people.agent.auth).get('/api/v1/orders?limit=20').expect(200),
      );
      expect(many.result.body.data.length).toBeGreaterThan(few.result.body.data.length);
      expect(many.count).toBe(few.count);
      expect(many.statements.join('\n')).not.toMatch(/OFFSET|count\(/i);
    });
  });
});
