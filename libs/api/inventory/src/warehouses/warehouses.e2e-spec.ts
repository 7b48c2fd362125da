import { expectProblem } from '@zhanggui/api-platform/testing';
import {
  createInventoryWorld,
  createSkus,
  createWarehouse,
  InventoryWorld,
  stockUp,
} from '../testing/inventory-fixtures';

describe('warehouses', () => {
  let w: InventoryWorld;
  beforeAll(async () => {
    w = await createInventoryWorld();
  });
  afterAll(() => w.t.close());

  const pm = () => w.t.http(w.people.productManager.auth);

  it('answers 201 with the warehouse, its ETag and Location, and keeps codes unique', async () => {
    const created = await pm()
      .post('/api/v1/warehouses')
      .send({ code: ' gz-main ', name: '广州主仓', regionId: w.org.guangzhou })
      .expect(201);
    expect(created.body).toMatchObject({
      code: 'GZ-MAIN',
      name: '广州主仓',
      regionId: w.org.guangzhou,
      status: 'active',
      version: 1,
    });
    expect(created.headers.etag).toBe('"1"');
    expect(created.headers.location).toBe(`/api/v1/warehouses/${created.body.id}`);
    expectProblem(
      await pm().post('/api/v1/warehouses').send({ code: 'GZ-MAIN', name: '又一个' }),
      409,
      'WAREHOUSE_CODE_TAKEN',
    );
    const got = await pm().get(`/api/v1/warehouses/${created.body.id}`).expect(200);
    expect(got.headers.etag).toBe('"1"');
  });

  it('refuses bad input with problem+json naming the field', async () => {
    const body = expectProblem(
      await pm().post('/api/v1/warehouses').send({ code: '仓 1', name: '' }),
      400,
      'VALIDATION_FAILED',
    );
    expect(body.errors?.map((e) => e.field).sort()).toEqual(['code', 'name']);
    expect(
      expectProblem(
        await pm()
          .post('/api/v1/warehouses')
          .send({ code: 'X1', name: 'x', regionId: '01a21f21-0000-7000-8000-000000000000' }),
        400,
        'UNKNOWN_REFERENCE',
      ).errors,
    ).toEqual([{ field: 'regionId', message: expect.any(String) }]);
    expect(
      expectProblem(
        await pm().post('/api/v1/warehouses').send({ code: 'X2', name: 'x', regionId: w.org.sales }),
        422,
        'WAREHOUSE_REGION_INVALID',
      ).errors,
    ).toEqual([{ field: 'regionId', message: expect.stringContaining('department') }]);
  });

  it('updates with If-Match and refuses a stale version', async () => {
    const created = await createWarehouse(w, w.org.shenzhen);
    const updated = await pm()
      .patch(`/api/v1/warehouses/${created.id}`)
      .set('If-Match', '"1"')
      .send({ name: '深圳南山仓', regionId: w.org.pearlRiverDelta })
      .expect(200);
    expect(updated.body).toMatchObject({ name: '深圳南山仓', regionId: w.org.pearlRiverDelta, version: 2 });
    expect(updated.headers.etag).toBe('"2"');
    const stale = await pm()
      .patch(`/api/v1/warehouses/${created.id}`)
      .set('If-Match', '"1"')
      .send({ name: '旧' });
    expectProblem(stale, 412, 'STALE_VERSION');
    expect(stale.headers.etag).toBe('"2"');
    expectProblem(
      await pm().patch(`/api/v1/warehouses/${created.id}`).send({ code: 'NEW' }),
      400,
      'VALIDATION_FAILED',
    );
  });

  it('deactivates only an empty warehouse, and a deactivated one takes no stock', async () => {
    const [sku] = await createSkus(w);
    const warehouse = await createWarehouse(w, w.org.hangzhou);
    await stockUp(w, sku, warehouse.id, 3);
    expectProblem(
      await pm().post(`/api/v1/warehouses/${warehouse.id}/deactivate`),
      422,
      'WAREHOUSE_NOT_EMPTY',
    );
    await pm()
      .post('/api/v1/stock-adjustments')
      .send({ skuId: sku, warehouseId: warehouse.id, quantity: -3, reason: '移出' })
      .expect(201);
    const deactivated = await pm().post(`/api/v1/warehouses/${warehouse.id}/deactivate`).expect(200);
    expect(deactivated.body.status).toBe('inactive');
    const refused = expectProblem(
      await pm()
        .post('/api/v1/stock-adjustments')
        .send({ skuId: sku, warehouseId: warehouse.id, quantity: 1, reason: 'x' }),
      422,
      'WAREHOUSE_INACTIVE',
    );
    expect(refused.errors).toEqual([{ field: 'warehouseId', message: expect.any(String) }]);
    const listed = await pm().get('/api/v1/warehouses?status=inactive').expect(200);
    expect(listed.body.data.map((x: { id: string }) => x.id)).toContain(warehouse.id);
    await pm().post(`/api/v1/warehouses/${warehouse.id}/activate`).expect(200);
  });

  it('shows a regional manager only the warehouses of their region, others are not found', async () => {
    const inPrd = await createWarehouse(w, w.org.guangzhou);
    const inZj = await createWarehouse(w, w.org.hangzhou);
    const manager = w.t.http(w.people.regionalManagerPrd.auth);
    const ids: string[] = [];
    let cursor: string | undefined;
    do {
      const page = await manager
        .get(`/api/v1/warehouses?limit=2${cursor ? `&cursor=${cursor}` : ''}`)
        .expect(200);
      ids.push(...page.body.data.map((x: { id: string }) => x.id));
      cursor = page.body.nextCursor ?? undefined;
    } while (cursor);
    expect(ids).toContain(inPrd.id);
    expect(ids).not.toContain(inZj.id);
    expectProblem(await manager.get(`/api/v1/warehouses/${inZj.id}`), 404, 'WAREHOUSE_NOT_FOUND');
    await w.t.http(w.people.cityManagerHz.auth).get(`/api/v1/warehouses/${inZj.id}`).expect(200);
  });

  it('is read by stock readers, changed by the product manager only', async () => {
    await w.t.http(w.people.csAgent.auth).get('/api/v1/warehouses').expect(200);
    await w.t.http(w.people.finance.auth).get('/api/v1/warehouses').expect(200);
    expectProblem(await w.t.http(w.people.hr.auth).get('/api/v1/warehouses'), 403, 'FORBIDDEN');
    expectProblem(
      await w.t.http(w.people.csAgent.auth).post('/api/v1/warehouses').send({ code: 'CS', name: 'x' }),
      403,
      'FORBIDDEN',
    );
    expectProblem(await w.t.http().get('/api/v1/warehouses'), 401, 'UNAUTHENTICATED');
  });
});
