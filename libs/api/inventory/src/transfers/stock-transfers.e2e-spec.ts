import { expectProblem } from '@zhanggui/api-platform/testing';
import {
  createInventoryWorld,
  createSkus,
  createWarehouse,
  InventoryWorld,
  levelOf,
  stockUp,
} from '../testing/inventory-fixtures';

describe('stock transfers', () => {
  let w: InventoryWorld;
  beforeAll(async () => {
    w = await createInventoryWorld();
  });
  afterAll(() => w.t.close());

  const pm = () => w.t.http(w.people.productManager.auth);

  it('takes stock out at once, holds it in transit, and books it in on receipt', async () => {
    const [a, b] = await createSkus(w, 2);
    const gz = await createWarehouse(w, w.org.guangzhou);
    const hz = await createWarehouse(w, w.org.hangzhou);
    await stockUp(w, a, gz.id, 10);
    await stockUp(w, b, gz.id, 4);
    const created = await pm()
      .post('/api/v1/stock-transfers')
      .send({
        fromWarehouseId: gz.id,
        toWarehouseId: hz.id,
        lines: [
          { skuId: a, quantity: 6 },
          { skuId: b, quantity: 4 },
        ],
        note: '调往杭州',
      })
      .expect(201);
    expect(created.body).toMatchObject({
      status: 'in_transit',
      number: expect.stringMatching(/^TRF-/),
      version: 1,
    });
    expect(created.headers.location).toBe(`/api/v1/stock-transfers/${created.body.id}`);
    expect(await levelOf(w, a, gz.id)).toMatchObject({ onHand: 4 });
    expect(await levelOf(w, a, hz.id)).toMatchObject({ onHand: 0, inTransit: 6 });

    // Both ends see it; a stale If-Match is refused.
    await w.t
      .http(w.people.regionalManagerPrd.auth)
      .get(`/api/v1/stock-transfers/${created.body.id}`)
      .expect(200);
    await w.t.http(w.people.cityManagerHz.auth).get(`/api/v1/stock-transfers/${created.body.id}`).expect(200);
    expectProblem(
      await pm().post(`/api/v1/stock-transfers/${created.body.id}/receive`).set('If-Match', '"7"'),
      412,
      'STALE_VERSION',
    );
    const received = await pm()
      .post(`/api/v1/stock-transfers/${created.body.id}/receive`)
      .set('If-Match', '"1"')
      .expect(200);
    expect(received.body).toMatchObject({ status: 'received', version: 2, receivedAt: expect.any(String) });
    expect(await levelOf(w, a, hz.id)).toMatchObject({ onHand: 6, inTransit: 0, available: 6 });
    expect(await levelOf(w, b, gz.id)).toMatchObject({ onHand: 0 });
    expectProblem(
      await pm().post(`/api/v1/stock-transfers/${created.body.id}/cancel`),
      422,
      'TRANSFER_NOT_IN_TRANSIT',
    );
    const kinds = await pm()
      .get(`/api/v1/stock-movements?sourceId=${created.body.id}&skuId=${a}`)
      .expect(200);
    expect(
      kinds.body.data.map((m: { kind: string; warehouseId: string }) => [m.kind, m.warehouseId]),
    ).toEqual([
      ['transfer_in', hz.id],
      ['transfer_out', gz.id],
    ]);
  });

  it('returns a cancelled transfer to the sender', async () => {
    const [sku] = await createSkus(w);
    const from = await createWarehouse(w);
    const to = await createWarehouse(w);
    await stockUp(w, sku, from.id, 5);
    const created = await pm()
      .post('/api/v1/stock-transfers')
      .send({ fromWarehouseId: from.id, toWarehouseId: to.id, lines: [{ skuId: sku, quantity: 5 }] })
      .expect(201);
    expectProblem(await pm().post(`/api/v1/warehouses/${to.id}/deactivate`), 422, 'WAREHOUSE_NOT_EMPTY');
    const cancelled = await pm().post(`/api/v1/stock-transfers/${created.body.id}/cancel`).expect(200);
    expect(cancelled.body.status).toBe('cancelled');
    expect(await levelOf(w, sku, from.id)).toMatchObject({ onHand: 5 });
    expect(await levelOf(w, sku, to.id)).toMatchObject({ onHand: 0, inTransit: 0 });
    expectProblem(
      await pm().post(`/api/v1/stock-transfers/${created.body.id}/receive`),
      422,
      'TRANSFER_NOT_IN_TRANSIT',
    );
    const list = await pm().get(`/api/v1/stock-transfers?warehouseId=${to.id}&status=cancelled`).expect(200);
    expect(list.body.data.map((t: { id: string }) => t.id)).toEqual([created.body.id]);
  });

  it('never sends what is not available, and names the field of bad input', async () => {
    const [sku] = await createSkus(w);
    const from = await createWarehouse(w);
    const to = await createWarehouse(w);
    await stockUp(w, sku, from.id, 2);
    const short = expectProblem(
      await pm()
        .post('/api/v1/stock-transfers')
        .send({ fromWarehouseId: from.id, toWarehouseId: to.id, lines: [{ skuId: sku, quantity: 3 }] }),
      409,
      'INSUFFICIENT_STOCK',
    );
    expect(short.errors).toEqual([
      { field: 'lines.0.quantity', message: `SKU ${sku}: requested 3, available 2` },
    ]);
    expectProblem(
      await pm()
        .post('/api/v1/stock-transfers')
        .send({ fromWarehouseId: from.id, toWarehouseId: from.id, lines: [{ skuId: sku, quantity: 1 }] }),
      422,
      'TRANSFER_SAME_WAREHOUSE',
    );
    const invalid = expectProblem(
      await pm()
        .post('/api/v1/stock-transfers')
        .send({ fromWarehouseId: from.id, toWarehouseId: 'x', lines: [{ skuId: sku, quantity: 0 }] }),
      400,
      'VALIDATION_FAILED',
    );
    expect(invalid.errors?.map((e) => e.field).sort()).toEqual(['lines.0.quantity', 'toWarehouseId']);
    expect(await levelOf(w, sku, from.id)).toMatchObject({ onHand: 2 });
  });

  it('is hidden from other territories and moved by the product manager only', async () => {
    const [sku] = await createSkus(w);
    const from = await createWarehouse(w, w.org.hangzhou);
    const to = await createWarehouse(w, w.org.hangzhou);
    await stockUp(w, sku, from.id, 1);
    const created = await pm()
      .post('/api/v1/stock-transfers')
      .send({ fromWarehouseId: from.id, toWarehouseId: to.id, lines: [{ skuId: sku, quantity: 1 }] })
      .expect(201);
    const manager = w.t.http(w.people.regionalManagerPrd.auth);
    expectProblem(
      await manager.get(`/api/v1/stock-transfers/${created.body.id}`),
      404,
      'STOCK_TRANSFER_NOT_FOUND',
    );
    const visible = await manager.get('/api/v1/stock-transfers').expect(200);
    expect(visible.body.data.map((t: { id: string }) => t.id)).not.toContain(created.body.id);
    expectProblem(await manager.post(`/api/v1/stock-transfers/${created.body.id}/receive`), 403, 'FORBIDDEN');
    expectProblem(await w.t.http(w.people.hr.auth).get('/api/v1/stock-transfers'), 403, 'FORBIDDEN');
  });
});
