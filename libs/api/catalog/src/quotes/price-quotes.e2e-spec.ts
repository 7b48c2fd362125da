import fc from 'fast-check';
import { expectProblem } from '@zhanggui/api-platform/testing';
import { CatalogWorld, createCatalogWorld, createProduct, pngImage } from '../testing/catalog-fixtures';

const DAY = 86_400_000;

describe('promotions and price quotes', () => {
  let w: CatalogWorld;
  let accessories: string;
  let phoneCase: { id: string; sku: string };
  let charger: { id: string; sku: string };

  const pm = () => w.t.http(w.people.productManager.auth);

  async function sellable(name: string, categoryId: string, price: number) {
    const product = await createProduct(w, name, 1, { categoryId });
    const sku = product.skus[0].id;
    await pm()
      .put(`/api/v1/skus/${sku}/cost`)
      .send({ amount: Math.floor(price / 3), reason: '成本' })
      .expect(200);
    await pm().post(`/api/v1/skus/${sku}/prices`).send({ channel: 'website', amount: price }).expect(201);
    await w.t
      .http(w.people.editor.auth)
      .post(`/api/v1/products/${product.id}/images`)
      .attach('file', await pngImage(64, 64), 'p.png')
      .expect(201);
    await pm().post(`/api/v1/products/${product.id}/submit-for-review`).send({}).expect(200);
    await pm().post(`/api/v1/products/${product.id}/list`).send({}).expect(200);
    return { id: product.id, sku };
  }

  async function promotion(body: object) {
    const created = (
      await pm()
        .post('/api/v1/promotions')
        .send({
          channels: ['website'],
          startsAt: new Date(Date.now() - DAY).toISOString(),
          endsAt: new Date(Date.now() + DAY).toISOString(),
          stacking: 'combinable',
          ...body,
        })
        .expect(201)
    ).body;
    await pm().post(`/api/v1/promotions/${created.id}/activate`).expect(200);
    return created;
  }

  const quote = (lines: Array<{ skuId: string; quantity: number }>, extra: object = {}, auth = w.website) =>
    w.t
      .http(auth)
      .post('/api/v1/price-quotes')
      .send({ channel: 'website', lines, ...extra });

  beforeAll(async () => {
    w = await createCatalogWorld();
    accessories = (await pm().post('/api/v1/categories').send({ name: '配件' }).expect(201)).body.id;
    const cases = (
      await pm().post('/api/v1/categories').send({ name: '壳', parentId: accessories }).expect(201)
    ).body.id;
    phoneCase = await sellable('手机壳', cases, 3990);
    charger = await sellable('充电器', accessories, 8900);
  });
  afterAll(() => w.t.close());

  it('prices a cart from the price list, with no promotions', async () => {
    const response = (await quote([{ skuId: phoneCase.sku, quantity: 2 }]).expect(200)).body;
    expect(response).toMatchObject({
      currency: 'CNY',
      lines: [
        { skuId: phoneCase.sku, quantity: 2, unitPrice: 3990, listAmount: 7980, discounts: [], amount: 7980 },
      ],
      listTotal: 7980,
      discountTotal: 0,
      total: 7980,
    });
  });

  it('applies a category promotion to sub-categories and a 满减 on the order, each named on the lines', async () => {
    const tenOff = await promotion({
      name: '配件九折',
      kind: 'percent_off',
      targetScope: 'categories',
      targetIds: [accessories],
      parameters: { basisPoints: 1000 },
      priority: 10,
    });
    const spendSave = await promotion({
      name: '满100减20',
      kind: 'spend_save',
      targetScope: 'order',
      parameters: { threshold: 10000, amount: 2000, repeat: false },
      priority: 20,
    });
    const response = (
      await quote([
        { skuId: phoneCase.sku, quantity: 1 },
        { skuId: charger.sku, quantity: 1 },
      ]).expect(200)
    ).body;
    // 3990 + 8900 = 12890; 10% off each line: 399 + 890 → 11601; ≥ 10000 so 2000 off, spread by what remains.
    expect(response.listTotal).toBe(12890);
    expect(response.discountTotal).toBe(1289 + 2000);
    expect(response.total).toBe(12890 - 3289);
    expect(response.applied.map((a: { promotionId: string }) => a.promotionId)).toEqual([
      tenOff.id,
      spendSave.id,
    ]);
    expect(response.lines.reduce((sum: number, line: { amount: number }) => sum + line.amount, 0)).toBe(
      response.total,
    );
    for (const line of response.lines)
      expect(line.discounts.map((d: { promotionName: string }) => d.promotionName)).toEqual([
        '配件九折',
        '满100减20',
      ]);
    await pm().post(`/api/v1/promotions/${tenOff.id}/archive`).expect(200);
    await pm().post(`/api/v1/promotions/${spendSave.id}/archive`).expect(200);
  });

  it('lets an exclusive promotion win only when it gives more, and explains the loser', async () => {
    const small = await promotion({
      name: '小额立减',
      kind: 'amount_off',
      targetScope: 'order',
      parameters: { amount: 500 },
      stacking: 'exclusive',
    });
    const big = await promotion({
      name: '大额立减',
      kind: 'amount_off',
      targetScope: 'order',
      parameters: { amount: 1500 },
    });
    const response = (await quote([{ skuId: charger.sku, quantity: 1 }]).expect(200)).body;
    expect(response.applied).toEqual([{ promotionId: big.id, promotionName: '大额立减', amount: 1500 }]);
    expect(response.notApplied).toEqual([
      expect.objectContaining({ promotionId: small.id, reason: expect.any(String) }),
    ]);
    for (const id of [small.id, big.id]) await pm().post(`/api/v1/promotions/${id}/archive`).expect(200);
  });

  it('ignores promotions outside their window, channel, region or status', async () => {
    const later = await promotion({
      name: '明天开始',
      kind: 'amount_off',
      targetScope: 'order',
      parameters: { amount: 100 },
      startsAt: new Date(Date.now() + DAY).toISOString(),
      endsAt: new Date(Date.now() + 2 * DAY).toISOString(),
    });
    const offline = await promotion({
      name: '门店专享',
      kind: 'amount_off',
      targetScope: 'order',
      parameters: { amount: 100 },
      channels: ['offline'],
    });
    const regional = await promotion({
      name: '外地专享',
      kind: 'amount_off',
      targetScope: 'order',
      parameters: { amount: 100 },
      regionIds: ['01a21f21-0000-7000-8000-000000000000'],
    });
    const response = (await quote([{ skuId: charger.sku, quantity: 1 }]).expect(200)).body;
    expect(response.discountTotal).toBe(0);
    for (const id of [later.id, offline.id, regional.id])
      await pm().post(`/api/v1/promotions/${id}/archive`).expect(200);
  });

  it('previews a draft promotion for the editor, and refuses the preview to the website', async () => {
    const draft = (
      await pm()
        .post('/api/v1/promotions')
        .send({
          name: '买二送一',
          kind: 'buy_x_get_y',
          targetScope: 'products',
          targetIds: [phoneCase.id],
          parameters: { buy: 2, get: 1 },
          channels: ['website'],
          startsAt: new Date(Date.now() + DAY).toISOString(),
          endsAt: new Date(Date.now() + 2 * DAY).toISOString(),
          stacking: 'combinable',
        })
        .expect(201)
    ).body;
    const preview = (
      await quote(
        [{ skuId: phoneCase.sku, quantity: 3 }],
        { previewPromotionIds: [draft.id] },
        w.people.productManager.auth,
      ).expect(200)
    ).body;
    expect(preview.discountTotal).toBe(3990);
    expectProblem(
      await quote([{ skuId: phoneCase.sku, quantity: 3 }], { previewPromotionIds: [draft.id] }),
      403,
      'FORBIDDEN',
    );
  });

  it('refuses SKUs that cannot be sold, naming the line, and nonsense quantities', async () => {
    const draft = await createProduct(w, '未上架商品');
    const problem = expectProblem(
      await quote([
        { skuId: phoneCase.sku, quantity: 1 },
        { skuId: draft.skus[0].id, quantity: 1 },
      ]),
      400,
      'CART_NOT_QUOTABLE',
    );
    expect(problem.errors).toEqual([
      { field: 'lines.1.skuId', message: `SKU ${draft.skus[0].id} is not for sale` },
    ]);
    expectProblem(await quote([{ skuId: phoneCase.sku, quantity: 0 }]), 400, 'VALIDATION_FAILED');
    expectProblem(await quote([{ skuId: phoneCase.sku, quantity: 1.5 }]), 400, 'VALIDATION_FAILED');
  });

  it('validates promotion terms field by field', async () => {
    const base = {
      name: 'x',
      channels: ['website'],
      startsAt: new Date().toISOString(),
      endsAt: new Date(Date.now() - DAY).toISOString(),
      stacking: 'combinable',
    };
    const problem = expectProblem(
      await pm()
        .post('/api/v1/promotions')
        .send({
          ...base,
          kind: 'spend_save',
          targetScope: 'products',
          parameters: { amount: 5000, threshold: 1000, basisPoints: 10 },
        }),
      400,
      'PROMOTION_TERMS_INVALID',
    );
    expect(problem.errors!.map((e) => e.field).sort()).toEqual([
      'endsAt',
      'parameters.amount',
      'parameters.basisPoints',
      'targetIds',
    ]);
    expectProblem(
      await w.t.http(w.people.editor.auth).post('/api/v1/promotions').send(base),
      403,
      'FORBIDDEN',
    );
  });

  it('always totals the sum of its lines and is never negative, for any cart and set of order promotions', async () => {
    const created: string[] = [];
    for (const amount of [700, 2500]) {
      created.push(
        (
          await promotion({
            name: `立减${amount}`,
            kind: 'amount_off',
            targetScope: 'order',
            parameters: { amount },
            exclusionGroup: 'g',
          })
        ).id,
      );
    }
    created.push(
      (
        await promotion({
          name: '满50减60',
          kind: 'spend_save',
          targetScope: 'order',
          parameters: { threshold: 5000, amount: 5000, repeat: true },
        })
      ).id,
    );
    await fc.assert(
      fc.asyncProperty(
        fc.integer({ min: 1, max: 5 }),
        fc.integer({ min: 0, max: 5 }),
        async (cases, chargers) => {
          const lines = [
            { skuId: phoneCase.sku, quantity: cases },
            ...(chargers > 0 ? [{ skuId: charger.sku, quantity: chargers }] : []),
          ];
          const response = (await quote(lines).expect(200)).body;
          expect(response.total).toBe(
            response.lines.reduce((sum: number, line: { amount: number }) => sum + line.amount, 0),
          );
          expect(response.total).toBeGreaterThanOrEqual(0);
          expect(response.total + response.discountTotal).toBe(response.listTotal);
        },
      ),
      { numRuns: 15 },
    );
    for (const id of created) await pm().post(`/api/v1/promotions/${id}/archive`).expect(200);
  });
});
