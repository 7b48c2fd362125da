import { countQueries, expectProblem } from '@zhanggui/api-platform/testing';
import { CatalogWorld, createCatalogWorld, createProduct, eventually } from '../testing/catalog-fixtures';

describe('prices, costs and the margin rule', () => {
  let w: CatalogWorld;
  let skuId: string;
  beforeAll(async () => {
    w = await createCatalogWorld();
    skuId = (await createProduct(w, '蓝牙音箱')).skus[0].id;
  });
  afterAll(() => w.t.close());

  const pm = () => w.t.http(w.people.productManager.auth);

  it('keeps every price as history and shows the current one per channel', async () => {
    await pm().put(`/api/v1/skus/${skuId}/cost`).send({ amount: 10000, reason: '期初成本' }).expect(200);
    await pm().post(`/api/v1/skus/${skuId}/prices`).send({ channel: 'website', amount: 15900 }).expect(201);
    await pm()
      .post(`/api/v1/skus/${skuId}/prices`)
      .send({ channel: 'website', amount: 14900, reason: '降价' })
      .expect(201);
    const future = new Date(Date.now() + 86_400_000).toISOString();
    await pm()
      .post(`/api/v1/skus/${skuId}/prices`)
      .send({ channel: 'website', amount: 13900, effectiveFrom: future })
      .expect(201);
    const history = (await pm().get(`/api/v1/skus/${skuId}/prices?channel=website`).expect(200)).body.data;
    expect(history.map((p: { amount: number }) => p.amount)).toEqual([13900, 14900, 15900]);
    const product = (await pm().get(`/api/v1/products?q=蓝牙音箱`).expect(200)).body.data[0];
    const detail = (await pm().get(`/api/v1/products/${product.id}`).expect(200)).body;
    expect(detail.skus[0].prices.website.amount).toBe(14900); // tomorrow's price is not yet current
  });

  it('shows each product of the list with the range of its current website prices, in a fixed number of queries', async () => {
    const product = await createProduct(w, '电竞鼠标', 3);
    const [cheap, dear, unpriced] = product.skus.map((sku) => sku.id);
    for (const [id, amount] of [
      [cheap, 12900],
      [dear, 19900],
    ] as const) {
      await pm().put(`/api/v1/skus/${id}/cost`).send({ amount: 5000, reason: '期初成本' }).expect(200);
      await pm().post(`/api/v1/skus/${id}/prices`).send({ channel: 'website', amount }).expect(201);
    }
    await pm().put(`/api/v1/skus/${unpriced}/cost`).send({ amount: 5000, reason: '期初成本' }).expect(200);
    const listed = (await pm().get('/api/v1/products?q=电竞鼠标').expect(200)).body.data[0];
    expect(listed).toMatchObject({ skuCount: 3, websitePriceLow: 12900, websitePriceHigh: 19900 });
    const unpricedProduct = await createProduct(w, '电竞键盘');
    const bare = (await pm().get('/api/v1/products?q=电竞键盘').expect(200)).body.data[0];
    expect(bare).toMatchObject({ id: unpricedProduct.id, websitePriceLow: null, websitePriceHigh: null });

    for (let i = 0; i < 8; i++) await createProduct(w, `列表商品${i}`, 2);
    const few = await countQueries(w.t, (http) =>
      http(w.people.productManager.auth).get('/api/v1/products?limit=2'),
    );
    const many = await countQueries(w.t, (http) =>
      http(w.people.productManager.auth).get('/api/v1/products?limit=50'),
    );
    expect(many.count).toBe(few.count);
  });

  it('holds a price below the minimum margin for the general manager, and applies it once approved', async () => {
    const held = (
      await pm()
        .post(`/api/v1/skus/${skuId}/prices`)
        .send({ channel: 'website', amount: 10500, reason: '清仓' })
        .expect(201)
    ).body;
    expect(held).toMatchObject({ status: 'pending_approval', approvalRequestId: expect.any(String) });
    const inbox = (
      await w.t.http(w.people.generalManager.auth).get('/api/v1/approval-requests/inbox').expect(200)
    ).body.data;
    expect(inbox.map((r: { id: string }) => r.id)).toContain(held.approvalRequestId);
    expectProblem(
      await pm()
        .post(`/api/v1/approval-requests/${held.approvalRequestId}/decisions`)
        .send({ decision: 'approve' }),
      403,
      'SELF_APPROVAL',
    );
    await w.t
      .http(w.people.generalManager.auth)
      .post(`/api/v1/approval-requests/${held.approvalRequestId}/decisions`)
      .send({ decision: 'approve' })
      .expect(200);
    await eventually(async () => {
      const rows = (await pm().get(`/api/v1/skus/${skuId}/prices?channel=website`).expect(200)).body.data;
      return rows.find((p: { id: string; status: string }) => p.id === held.id && p.status === 'active');
    }, 'the approved price to take effect');
  });

  it('sets aside a rejected below-margin price', async () => {
    const held = (
      await pm().post(`/api/v1/skus/${skuId}/prices`).send({ channel: 'offline', amount: 9000 }).expect(201)
    ).body;
    await w.t
      .http(w.people.generalManager.auth)
      .post(`/api/v1/approval-requests/${held.approvalRequestId}/decisions`)
      .send({ decision: 'reject', comment: '低于成本' })
      .expect(200);
    await eventually(async () => {
      const rows = (await pm().get(`/api/v1/skus/${skuId}/prices?channel=offline`).expect(200)).body.data;
      return rows.find((p: { id: string; status: string }) => p.id === held.id && p.status === 'rejected');
    }, 'the rejected price');
  });

  it('suggests a price with its reasons, from cost, margins, competitors and the shops', async () => {
    await w.t
      .http(w.people.productManager.auth)
      .post(`/api/v1/skus/${skuId}/competitor-prices`)
      .send({ competitor: '京东自营', amount: 12500, url: 'https://item.jd.com/1.html' })
      .expect(201);
    const suggestion = (await pm().get(`/api/v1/skus/${skuId}/suggested-price`).expect(200)).body;
    expect(suggestion).toMatchObject({ amount: 12500, floor: 11000, currency: 'CNY' });
    expect(suggestion.reasoning[0]).toBe('Cost ¥100.00 plus the target margin of 30%: ¥130.00.');
    expect(suggestion.reasoning[1]).toContain('京东自营 sells it for ¥125.00');
  });

  it('validates money as whole 分 and the policy as ordered margins', async () => {
    const problem = expectProblem(
      await pm().post(`/api/v1/skus/${skuId}/prices`).send({ channel: 'website', amount: 99.5 }),
      400,
      'VALIDATION_FAILED',
    );
    expect(problem.errors![0]).toEqual({
      field: 'amount',
      message: 'amount must be a whole number of 分 (4990 for ¥49.90)',
    });
    expectProblem(
      await pm().post(`/api/v1/skus/${skuId}/prices`).send({ channel: 'moon', amount: -1 }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await pm().put('/api/v1/pricing-policy').send({ targetMarginBp: 1000, minimumMarginBp: 2000 }),
      422,
      'MARGINS_INVERTED',
    );
    expect(
      (
        await pm()
          .put('/api/v1/pricing-policy')
          .send({ targetMarginBp: 2500, minimumMarginBp: 800 })
          .expect(200)
      ).body,
    ).toMatchObject({ version: 2 });
  });

  it('keeps prices and costs from people who may not see them', async () => {
    expectProblem(await w.t.http(w.people.editor.auth).get(`/api/v1/skus/${skuId}/prices`), 403, 'FORBIDDEN');
    expectProblem(
      await w.t
        .http(w.people.cityManager.auth)
        .post(`/api/v1/skus/${skuId}/prices`)
        .send({ channel: 'website', amount: 1 }),
      403,
      'FORBIDDEN',
    );
    const product = (await pm().get('/api/v1/products?q=蓝牙音箱').expect(200)).body.data[0];
    const asEditor = (await w.t.http(w.people.editor.auth).get(`/api/v1/products/${product.id}`).expect(200))
      .body;
    expect(Object.keys(asEditor.skus[0].prices)).toEqual(['website']);
  });
});
