import { expectProblem } from '@zhanggui/api-platform/testing';
import { BadInputWorld, createBadInputWorld, freshPhone, GUANGZHOU } from './fuzz/bad-input-world';

/**
 * Text no field should mangle, short enough for a tag (30): CJK, emoji (a ZWJ family too), Arabic, an RTL override,
 * zero-width characters and a BOM, a ligature, an astral letter, a combining-free accent.
 */
const UNICODE = '掌柜😀👨‍👩‍👧مرحبا\u202Eabc\u202C\u200B\u200D\uFEFF﷽𝕏é';
const INJECTIONS = [
  "Robert'); DROP TABLE customer; --",
  "' OR '1'='1",
  '<script>alert("x")</script>',
  '<img src=x onerror=alert(1)>',
  '%_\\',
];

/** A body as JSON text with `__N__` replaced by a literal JSON cannot round-trip through JavaScript numbers. */
const withLiteral = (body: object, literal: string) => JSON.stringify(body).replace('"__N__"', literal);

describe('bad input, by hand', () => {
  let w: BadInputWorld;
  const as = () => w.t.http(w.admin.auth);
  const json = (method: 'post' | 'put', url: string, text: string) =>
    as()[method](url).set('Content-Type', 'application/json').send(text);

  beforeAll(async () => {
    w = await createBadInputWorld();
  }, 60_000);
  afterAll(() => w.t.close());

  describe('malformed and oversized bodies', () => {
    it.each([
      ['a cut-off object', '{"name": "x", '],
      ['trailing garbage', '{"name": "x"} trailing'],
      ['single quotes', "{'name': 'x'}"],
      ['a lone brace', '{'],
    ])('refuses %s as MALFORMED_JSON', async (_case, text) => {
      expectProblem(await json('post', '/api/v1/products', text), 400, 'MALFORMED_JSON');
    });

    it('refuses a body that is not JSON with 415', async () => {
      const response = await as().post('/api/v1/products').set('Content-Type', 'text/plain').send('name=x');
      expectProblem(response, 415, 'UNSUPPORTED_MEDIA_TYPE');
    });

    it('refuses a body over the limit (1 MiB) with 413, before parsing it', async () => {
      const text = JSON.stringify({ name: 'x'.repeat(2 * 1024 * 1024), skus: [{ code: 'HUGE-1' }] });
      expectProblem(await json('post', '/api/v1/products', text), 413, 'PAYLOAD_TOO_LARGE');
    });

    it('refuses 10,000 levels of nesting as a field error, not a crashed stack', async () => {
      const deepArray = '['.repeat(10_000) + ']'.repeat(10_000);
      const deepObject = '{"a":'.repeat(10_000) + '1' + '}'.repeat(10_000);
      const arrays = await json(
        'post',
        '/api/v1/products',
        `{"name": ${deepArray}, "skus": [{"code": "DEEP-1"}]}`,
      );
      expect(expectProblem(arrays, 400, 'VALIDATION_FAILED').errors).toEqual(
        expect.arrayContaining([expect.objectContaining({ field: 'name' })]),
      );
      const objects = await json(
        'post',
        '/api/v1/products',
        `{"name": "深", "skus": [{"code": "DEEP-2", "attributes": ${deepObject}}]}`,
      );
      expect(objects.status).toBe(400);
      expectProblem(objects, 400, objects.body.code);
      const topLevel = await json('post', '/api/v1/customers', deepObject);
      expect(topLevel.status).toBe(400);
      expectProblem(topLevel, 400, topLevel.body.code);
    });
  });

  describe('unicode in every text field, stored and returned byte for byte', () => {
    it('a product: its name, SKU name, unit and attributes', async () => {
      const body = {
        name: `商品 ${UNICODE}`,
        skus: [{ code: 'UNI-1', name: UNICODE, unit: '件😀', attributes: { [`颜色${UNICODE}`]: UNICODE } }],
      };
      const created = await as().post('/api/v1/products').send(body).expect(201);
      const read = await as().get(`/api/v1/products/${created.body.id}`).expect(200);
      for (const product of [created.body, read.body]) {
        expect(product.name).toBe(body.name);
        expect(product.skus[0]).toEqual(expect.objectContaining(body.skus[0]));
      }
    });

    it('a customer: name, tags and address', async () => {
      const address = { ...GUANGZHOU, detail: `天河路 ${UNICODE}`, recipientName: UNICODE };
      const body = { name: UNICODE, phone: freshPhone(), tags: [UNICODE, '😀'], addresses: [address] };
      const created = await as().post('/api/v1/customers').send(body).expect(201);
      const read = await as().get(`/api/v1/customers/${created.body.id}`).expect(200);
      for (const customer of [created.body, read.body]) {
        expect(customer.name).toBe(UNICODE);
        expect(customer.tags).toEqual(body.tags);
        expect(customer.addresses[0]).toEqual(
          expect.objectContaining({ detail: address.detail, recipientName: UNICODE }),
        );
      }
    });

    it('a ticket: subject, description and tags', async () => {
      const body = {
        subject: UNICODE,
        description: `${UNICODE}\n第二行`,
        channel: 'phone',
        customerId: w.customerId,
        category: 'order',
        tags: [UNICODE],
      };
      const created = await as().post('/api/v1/tickets').send(body).expect(201);
      const read = await as().get(`/api/v1/tickets/${created.body.id}`).expect(200);
      for (const ticket of [created.body, read.body]) {
        expect(ticket.subject).toBe(UNICODE);
        expect(ticket.tags).toEqual([UNICODE]);
      }
      const thread = await as().get(`/api/v1/tickets/${created.body.id}/messages`);
      if (thread.status === 200)
        expect(JSON.stringify(thread.body)).toContain(JSON.stringify(body.description).slice(1, -1));
    });

    it('an order note', async () => {
      await as()
        .post(`/api/v1/orders/${w.orderId}/notes`)
        .send({ text: UNICODE, internal: true })
        .expect(201);
      const order = await as().get(`/api/v1/orders/${w.orderId}`).expect(200);
      expect(order.body.notes.map((n: { text: string }) => n.text)).toContain(UNICODE);
    });

    it.each([
      ['/api/v1/products', { name: 'a\u0000b', skus: [{ code: 'NUL-1' }] }, 'name'],
      ['/api/v1/products', { name: 'ok', skus: [{ code: 'NUL-2', name: '\u0000' }] }, 'skus.0.name'],
      ['/api/v1/customers', { name: '客户\u0000', phone: '13800000001' }, 'name'],
      [
        '/api/v1/tickets',
        { subject: '\u0000', channel: 'phone', customerId: '', category: 'order' },
        'subject',
      ],
    ])(
      'refuses a NUL character (PostgreSQL text cannot hold it) naming the field: %s %j',
      async (url, body, field) => {
        const b = body as Record<string, unknown>;
        if (url === '/api/v1/tickets') b.customerId = w.customerId;
        const problem = expectProblem(await as().post(url).send(b), 400, 'VALIDATION_FAILED');
        expect(problem.errors).toEqual([expect.objectContaining({ field })]);
      },
    );

    it('refuses a NUL character in an order note and in a search', async () => {
      const note = await as()
        .post(`/api/v1/orders/${w.orderId}/notes`)
        .send({ text: 'x\u0000', internal: true });
      expect(expectProblem(note, 400, 'VALIDATION_FAILED').errors).toEqual([
        expect.objectContaining({ field: 'text' }),
      ]);
      const search = await as().get('/api/v1/products').query({ q: 'a\u0000' });
      expect(expectProblem(search, 400, 'VALIDATION_FAILED').errors).toEqual([
        expect.objectContaining({ field: 'q' }),
      ]);
    });
  });

  describe('SQL and script strings: stored inert, and searchable', () => {
    it.each(INJECTIONS)('%s', async (payload) => {
      const product = await as()
        .post('/api/v1/products')
        .send({
          name: `注入 ${payload}`,
          skus: [{ code: `INJ-${INJECTIONS.indexOf(payload)}`, name: payload }],
        })
        .expect(201);
      expect(product.body.name).toBe(`注入 ${payload}`);
      expect(product.body.skus[0].name).toBe(payload);
      const customer = await as()
        .post('/api/v1/customers')
        .send({ name: payload, phone: freshPhone() })
        .expect(201);
      expect(customer.body.name).toBe(payload);
      const ticket = await as()
        .post('/api/v1/tickets')
        .send({ subject: payload, channel: 'phone', customerId: customer.body.id, category: 'complaint' })
        .expect(201);
      expect(ticket.body.subject).toBe(payload);

      // The string as a search: it finds the record holding it, and the tables are all still there.
      const found = await as().get('/api/v1/products').query({ q: payload }).expect(200);
      expect(found.body.data.map((p: { id: string }) => p.id)).toContain(product.body.id);
      await as().get('/api/v1/customers').query({ q: payload }).expect(200);
      await as().get('/api/v1/tickets').query({ q: payload }).expect(200);
      const all = await as().get('/api/v1/customers').query({ count: 'true' }).expect(200);
      expect(all.body.total).toBeGreaterThan(1);
      const read = await as().get(`/api/v1/customers/${customer.body.id}`).expect(200);
      expect(read.body.name).toBe(payload);
    });
  });

  describe('required fields left out', () => {
    it.each([
      ['/api/v1/suppliers', ['code', 'name']],
      ['/api/v1/franchise-partners', ['name', 'kind', 'orgUnitId']],
      ['/api/v1/purchase-orders', ['supplierId', 'warehouseId', 'lines']],
      ['/api/v1/products', ['name', 'skus']],
      ['/api/v1/customers', ['name', 'phone']],
    ])('%s: an empty body is a 400 naming each of %j', async (url, fields) => {
      const problem = expectProblem(await as().post(url).send({}), 400, 'VALIDATION_FAILED');
      expect(problem.errors?.map((e) => e.field)).toEqual(expect.arrayContaining(fields));
    });
  });

  describe('money and quantities that are not whole, positive, in range', () => {
    const BAD_NUMBERS: Array<[string, string]> = [
      ['negative', '-1'],
      ['a fraction', '19.99'],
      ['over 2^63', '9223372036854775808'],
      ['1e309 (Infinity)', '1e309'],
      ['"NaN" as a string', '"NaN"'],
      ['a numeric string', '"100"'],
    ];
    const cases = () => [
      {
        what: 'a price',
        method: 'post' as const,
        url: `/api/v1/skus/${w.skuId}/prices`,
        body: { channel: 'website', amount: '__N__' },
        field: 'amount',
      },
      {
        what: 'a cost',
        method: 'put' as const,
        url: `/api/v1/skus/${w.skuId}/cost`,
        body: { amount: '__N__', reason: '测试' },
        field: 'amount',
      },
      {
        what: 'an order line quantity',
        method: 'post' as const,
        url: '/api/v1/orders',
        body: {
          customerId: w.customerId,
          paymentMethod: 'cod',
          shippingAddress: GUANGZHOU,
          lines: [{ skuId: w.skuId, quantity: '__N__' }],
        },
        field: 'lines.0.quantity',
      },
      {
        what: 'a stock adjustment',
        method: 'post' as const,
        url: '/api/v1/stock-adjustments',
        body: { skuId: w.skuId, warehouseId: w.warehouseId, quantity: '__N__', reason: '测试' },
        field: 'quantity',
        negativeAllowed: true,
      },
      {
        what: 'an expense line amount',
        method: 'post' as const,
        url: '/api/v1/expense-claims',
        body: {
          title: '测试报销',
          lines: [{ expenseDate: '2026-11-20', category: 'meals', amount: '__N__', description: '午餐' }],
        },
        field: 'lines.0.amount',
      },
    ];

    it.each(BAD_NUMBERS)(
      'refuses %s money and quantities with 400 naming the field',
      async (_name, literal) => {
        const wrong: string[] = [];
        for (const c of cases()) {
          if (literal === '-1' && c.negativeAllowed) continue;
          const response = await json(c.method, c.url, withLiteral(c.body, literal));
          const fields = ((response.body.errors ?? []) as Array<{ field: string }>).map((e) => e.field);
          if (response.status !== 400 || !fields.includes(c.field))
            wrong.push(
              `${c.what} = ${literal}: ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`,
            );
          else expectProblem(response, 400, 'VALIDATION_FAILED');
        }
        expect(wrong).toEqual([]);
      },
    );

    it('refuses zero where zero means nothing: an order line, a stock adjustment, an expense line', async () => {
      const wrong: string[] = [];
      for (const c of cases().filter((x) => x.what !== 'a price' && x.what !== 'a cost')) {
        const response = await json(c.method, c.url, withLiteral(c.body, '0'));
        const fields = ((response.body.errors ?? []) as Array<{ field: string }>).map((e) => e.field);
        if (response.status !== 400 || !fields.includes(c.field))
          wrong.push(`${c.what} = 0: ${response.status} ${JSON.stringify(response.body).slice(0, 200)}`);
      }
      expect(wrong).toEqual([]);
    });
  });

  describe('moments that are not ISO-8601 date-times', () => {
    // A number would otherwise be read as milliseconds since 1970 and a price would start in the wrong year.
    it.each([
      ['epoch milliseconds', '1764400000000'],
      ['zero', '0'],
      ['true', 'true'],
      ['a day that does not exist', '"2026-02-30T00:00:00Z"'],
      ['words', '"next monday"'],
    ])(
      "refuses %s as a price's effectiveFrom with 400 naming it, and stores no price",
      async (_name, literal) => {
        const before = await as().get(`/api/v1/skus/${w.skuId}/prices`);
        const body = withLiteral({ channel: 'website', amount: 1990, effectiveFrom: '__N__' }, literal);
        const problem = expectProblem(
          await json('post', `/api/v1/skus/${w.skuId}/prices`, body),
          400,
          'VALIDATION_FAILED',
        );
        expect(problem.errors?.map((e) => e.field)).toEqual(['effectiveFrom']);
        expect((await as().get(`/api/v1/skus/${w.skuId}/prices`)).body).toEqual(before.body);
      },
    );

    it('refuses an epoch number as an audit-log filter, and reads an ISO date', async () => {
      expectProblem(await as().get('/api/v1/audit-events?from=1764400000000'), 400, 'VALIDATION_FAILED');
      expect((await as().get('/api/v1/audit-events?from=2026-11-01T00:00:00Z')).status).toBe(200);
    });
  });

  describe('a saved address and address parts together', () => {
    it('refuses parts beside addressId with 400 naming each part, and places nothing', async () => {
      const ordersBefore = (await as().get('/api/v1/orders?limit=200')).body.data.length;
      const customer = (await as().get(`/api/v1/customers/${w.customerId}`)).body;
      const problem = expectProblem(
        await as()
          .post('/api/v1/orders')
          .send({
            customerId: w.customerId,
            paymentMethod: 'cod',
            shippingAddress: {
              addressId: customer.addresses[0].id,
              cityCode: 440300,
              detail: '深南大道 1 号',
            },
            lines: [{ skuId: w.skuId, quantity: 1 }],
          }),
        400,
        'VALIDATION_FAILED',
      );
      expect([...new Set(problem.errors?.map((e) => e.field))].sort()).toEqual([
        'shippingAddress.cityCode',
        'shippingAddress.detail',
      ]);
      expect((await as().get('/api/v1/orders?limit=200')).body.data).toHaveLength(ordersBefore);
    });
  });

  describe('wrong shapes the soak fuzzer found unnamed', () => {
    it.each([
      [
        "an array for a customer's marketingConsent",
        '/api/v1/customers',
        () => ({ name: '形状', phone: freshPhone(), marketingConsent: [] }),
        'marketingConsent',
      ],
      [
        "an array for an order's shippingAddress",
        '/api/v1/orders',
        () => ({
          customerId: w.customerId,
          paymentMethod: 'cod',
          shippingAddress: [],
          lines: [{ skuId: w.skuId, quantity: 1 }],
        }),
        'shippingAddress',
      ],
      [
        "a numeric string for a follow-up rule's delayDays",
        '/api/v1/follow-up-rules',
        () => ({ name: '回访', trigger: 'order-delivered', delayDays: '3' }),
        'delayDays',
      ],
    ])('refuses %s with 400 naming it', async (_what, url, body, field) => {
      const problem = expectProblem(await as().post(url).send(body()), 400, 'VALIDATION_FAILED');
      expect(problem.errors?.map((e) => e.field)).toContain(field);
    });
  });
});
