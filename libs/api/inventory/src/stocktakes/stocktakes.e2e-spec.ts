import { expectProblem } from '@zhanggui/api-platform/testing';
import { StockService } from '../stock/stock.service';
import {
  createInventoryWorld,
  createSkus,
  createWarehouse,
  InventoryWorld,
  levelOf,
  stockUp,
} from '../testing/inventory-fixtures';

describe('stocktakes', () => {
  let w: InventoryWorld;
  beforeAll(async () => {
    w = await createInventoryWorld();
  });
  afterAll(() => w.t.close());

  const pm = () => w.t.http(w.people.productManager.auth);

  it('books each difference as a stocktake movement under one document number', async () => {
    const [short, exact, surplus, fresh] = await createSkus(w, 4);
    const warehouse = await createWarehouse(w, w.org.guangzhou);
    await stockUp(w, short, warehouse.id, 10);
    await stockUp(w, exact, warehouse.id, 5);
    await stockUp(w, surplus, warehouse.id, 1);
    const created = await pm()
      .post('/api/v1/stocktakes')
      .send({
        warehouseId: warehouse.id,
        note: '月末盘点',
        lines: [
          { skuId: short, counted: 8 },
          { skuId: exact, counted: 5 },
          { skuId: surplus, counted: 3 },
          { skuId: fresh, counted: 2 },
        ],
      })
      .expect(201);
    expect(created.body.number).toMatch(/^STK-\d{8}-\d{4}$/);
    expect(created.headers.location).toBe(`/api/v1/stocktakes/${created.body.id}`);
    expect(created.body.countedBy).toBe(w.people.productManager.username);
    const differences = Object.fromEntries(
      created.body.lines.map((l: { skuId: string; expected: number; difference: number }) => [
        l.skuId,
        [l.expected, l.difference],
      ]),
    );
    expect(differences).toEqual({ [short]: [10, -2], [exact]: [5, 0], [surplus]: [1, 2], [fresh]: [0, 2] });
    const movements = await pm()
      .get(`/api/v1/stock-movements?kind=stocktake&warehouseId=${warehouse.id}`)
      .expect(200);
    expect(movements.body.data).toHaveLength(3);
    for (const m of movements.body.data)
      expect(m.source).toEqual({ type: 'stocktake', id: created.body.id, number: created.body.number });
    expect(await levelOf(w, short, warehouse.id)).toMatchObject({ onHand: 8 });
    expect(await levelOf(w, fresh, warehouse.id)).toMatchObject({ onHand: 2 });
    await pm().get(`/api/v1/stocktakes/${created.body.id}`).expect(200);
    const list = await pm().get(`/api/v1/stocktakes?warehouseId=${warehouse.id}`).expect(200);
    expect(list.body.data.map((s: { id: string }) => s.id)).toEqual([created.body.id]);
    expect(
      (
        await w.t
          .http(w.people.regionalManagerPrd.auth)
          .get(`/api/v1/stocktakes/${created.body.id}`)
          .expect(200)
      ).body.id,
    ).toBe(created.body.id);
    expectProblem(
      await w.t.http(w.people.cityManagerHz.auth).get(`/api/v1/stocktakes/${created.body.id}`),
      404,
      'STOCKTAKE_NOT_FOUND',
    );
  });

  it('refuses a count below what orders hold, and bad lines, naming the field', async () => {
    const [sku] = await createSkus(w);
    const warehouse = await createWarehouse(w);
    await stockUp(w, sku, warehouse.id, 5);
    await w.t.app.get(StockService).reserve({
      warehouseId: warehouse.id,
      lines: [{ skuId: sku, quantity: 3 }],
      source: { type: 'order', id: 'st-1' },
    });
    const below = expectProblem(
      await pm()
        .post('/api/v1/stocktakes')
        .send({ warehouseId: warehouse.id, lines: [{ skuId: sku, counted: 2 }] }),
      422,
      'STOCKTAKE_BELOW_RESERVED',
    );
    expect(below.errors).toEqual([{ field: 'lines.0.counted', message: '3 reserved' }]);
    const twice = expectProblem(
      await pm()
        .post('/api/v1/stocktakes')
        .send({
          warehouseId: warehouse.id,
          lines: [
            { skuId: sku, counted: 4 },
            { skuId: sku, counted: 5 },
          ],
        }),
      400,
      'DUPLICATE_LINE',
    );
    expect(twice.errors).toEqual([{ field: 'lines.1.skuId', message: 'counted twice' }]);
    const invalid = expectProblem(
      await pm()
        .post('/api/v1/stocktakes')
        .send({ warehouseId: warehouse.id, lines: [{ skuId: sku, counted: -1 }] }),
      400,
      'VALIDATION_FAILED',
    );
    expect(invalid.errors?.[0].field).toBe('lines.0.counted');
    expectProblem(
      await pm().post('/api/v1/stocktakes').send({ warehouseId: warehouse.id, lines: [] }),
      400,
      'VALIDATION_FAILED',
    );
    expect(
      expectProblem(
        await pm()
          .post('/api/v1/stocktakes')
          .send({ warehouseId: warehouse.id, lines: [{ skuId: warehouse.id, counted: 1 }] }),
        400,
        'UNKNOWN_REFERENCE',
      ).errors,
    ).toEqual([{ field: 'lines.0.skuId', message: 'no such SKU' }]);
    expect(await levelOf(w, sku, warehouse.id)).toMatchObject({ onHand: 5, reserved: 3 });
  });

  it('is booked by the product manager only', async () => {
    const warehouse = await createWarehouse(w);
    const [sku] = await createSkus(w);
    expectProblem(
      await w.t
        .http(w.people.csAgent.auth)
        .post('/api/v1/stocktakes')
        .send({ warehouseId: warehouse.id, lines: [{ skuId: sku, counted: 1 }] }),
      403,
      'FORBIDDEN',
    );
    expectProblem(await w.t.http(w.people.csAgent.auth).get('/api/v1/stocktakes'), 403, 'FORBIDDEN');
  });
});
