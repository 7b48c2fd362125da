import { expectProblem } from '@zhanggui/api-platform/testing';
import {
  createOrder,
  createProcurementWorld,
  createSkus,
  createSupplier,
  createWarehouse,
  eventually,
  expectFlatListQueries,
  ProcurementWorld,
} from '../testing/procurement-fixtures';

describe('purchase orders and their approval', () => {
  let w: ProcurementWorld;
  let supplierId: string;
  let warehouseId: string;
  let skus: string[];
  beforeAll(async () => {
    w = await createProcurementWorld();
    supplierId = (await createSupplier(w)).id;
    warehouseId = await createWarehouse(w, w.org.guangzhou);
    skus = await createSkus(w, 2);
  });
  afterAll(() => w.t.close());

  const pm = () => w.t.http(w.people.productManager.auth);
  const gm = () => w.t.http(w.people.generalManager.auth);
  const order = (quantity: number, unitPrice: number) =>
    createOrder(w, { supplierId, warehouseId, lines: [{ skuId: skus[0], quantity, unitPrice }] });

  it('drafts an order with a PO number, lines in 分 and a total', async () => {
    const response = await pm()
      .post('/api/v1/purchase-orders')
      .send({
        supplierId,
        warehouseId,
        expectedDate: '2026-12-01',
        lines: [
          { skuId: skus[0], quantity: 100, unitPrice: 1250 },
          { skuId: skus[1], quantity: 3, unitPrice: 9999 },
        ],
      })
      .expect(201);
    expect(response.headers.location).toBe(`/api/v1/purchase-orders/${response.body.id}`);
    expect(response.body).toMatchObject({
      number: expect.stringMatching(/^PO-\d{8}-\d{4}$/),
      status: 'draft',
      currency: 'CNY',
      totalAmount: 125000 + 29997,
      expectedDate: '2026-12-01',
      supplierName: expect.stringContaining('供应商'),
    });
    expect(response.body.lines[0]).toMatchObject({
      lineNo: 1,
      skuCode: expect.stringMatching(/^PR-/),
      lineAmount: 125000,
      receivedQuantity: 0,
      outstandingQuantity: 100,
    });
  });

  it('refuses bad lines, unknown SKUs and warehouses, naming the field', async () => {
    const invalid = expectProblem(
      await pm()
        .post('/api/v1/purchase-orders')
        .send({ supplierId, warehouseId, lines: [{ skuId: skus[0], quantity: 0, unitPrice: 12.5 }] }),
      400,
      'VALIDATION_FAILED',
    );
    expect(invalid.errors!.map((e) => e.field).sort()).toEqual(['lines.0.quantity', 'lines.0.unitPrice']);
    const unknownSku = expectProblem(
      await pm()
        .post('/api/v1/purchase-orders')
        .send({
          supplierId,
          warehouseId,
          lines: [{ skuId: '01a21f21-0000-7000-8000-000000000000', quantity: 1, unitPrice: 1 }],
        }),
      422,
      'SKU_UNKNOWN',
    );
    expect(unknownSku.errors).toEqual([{ field: 'lines.0.skuId', message: 'no such SKU' }]);
    expectProblem(
      await pm()
        .post('/api/v1/purchase-orders')
        .send({
          supplierId,
          warehouseId: '01a21f21-0000-7000-8000-000000000000',
          lines: [{ skuId: skus[0], quantity: 1, unitPrice: 1 }],
        }),
      422,
      'WAREHOUSE_UNKNOWN',
    );
    expectProblem(
      await pm()
        .post('/api/v1/purchase-orders')
        .send({
          supplierId,
          warehouseId,
          lines: [
            { skuId: skus[0], quantity: 1, unitPrice: 1 },
            { skuId: skus[0], quantity: 2, unitPrice: 1 },
          ],
        }),
      422,
      'SKU_REPEATED',
    );
  });

  it('changes a draft with If-Match, and nothing once submitted', async () => {
    const draft = await order(10, 1000);
    const changed = await pm()
      .patch(`/api/v1/purchase-orders/${draft.id}`)
      .set('If-Match', `"${draft.version}"`)
      .send({ lines: [{ skuId: skus[1], quantity: 4, unitPrice: 500 }], note: '改为规格二' })
      .expect(200);
    expect(changed.body).toMatchObject({
      totalAmount: 2000,
      note: '改为规格二',
      lines: [{ skuId: skus[1], quantity: 4 }],
    });
    expectProblem(
      await pm()
        .patch(`/api/v1/purchase-orders/${draft.id}`)
        .set('If-Match', `"${draft.version}"`)
        .send({ note: 'x' }),
      412,
      'STALE_VERSION',
    );
    await pm().post(`/api/v1/purchase-orders/${draft.id}/submit`).expect(200);
    expectProblem(
      await pm().patch(`/api/v1/purchase-orders/${draft.id}`).send({ note: 'late' }),
      422,
      'PURCHASE_ORDER_NOT_EDITABLE',
    );
  });

  it('approves at once up to the threshold, then sends and cancels with a reason', async () => {
    const small = await order(10, 1000);
    const submitted = (await pm().post(`/api/v1/purchase-orders/${small.id}/submit`).expect(200)).body;
    expect(submitted).toMatchObject({
      status: 'approved',
      approvalRequestId: null,
      approvedAt: expect.any(String),
    });
    expect((await pm().post(`/api/v1/purchase-orders/${small.id}/send`).expect(200)).body.status).toBe(
      'sent',
    );
    const cancelled = (
      await pm().post(`/api/v1/purchase-orders/${small.id}/cancel`).send({ reason: '供应商缺货' }).expect(200)
    ).body;
    expect(cancelled).toMatchObject({ status: 'cancelled', cancelReason: '供应商缺货' });
    const history = (await pm().get(`/api/v1/purchase-orders/${small.id}/history`).expect(200)).body;
    expect(history.map((h: { action: string; toStatus: string }) => `${h.action}:${h.toStatus}`)).toEqual([
      'created:draft',
      'submitted:approved',
      'sent:sent',
      'cancelled:cancelled',
    ]);
    expect(history[0]).toMatchObject({ actorKind: 'user', actorId: w.people.productManager.id });
  });

  it('sends an order above the threshold to the general manager, who approves it through the approvals API', async () => {
    const big = await order(1000, 6000); // ¥60,000 > ¥50,000
    const submitted = (await pm().post(`/api/v1/purchase-orders/${big.id}/submit`).expect(200)).body;
    expect(submitted).toMatchObject({ status: 'pending_approval', approvalRequestId: expect.any(String) });
    expectProblem(
      await pm().post(`/api/v1/purchase-orders/${big.id}/send`),
      422,
      'PURCHASE_ORDER_TRANSITION_NOT_ALLOWED',
    );
    const inbox = (await gm().get('/api/v1/approval-requests/inbox').expect(200)).body.data;
    expect(inbox.map((r: { id: string }) => r.id)).toContain(submitted.approvalRequestId);
    await gm()
      .post(`/api/v1/approval-requests/${submitted.approvalRequestId}/decisions`)
      .send({ decision: 'approve' })
      .expect(200);
    await eventually(
      async () =>
        (await pm().get(`/api/v1/purchase-orders/${big.id}`).expect(200)).body.status === 'approved',
      'the approved order',
    );
    const history = (await pm().get(`/api/v1/purchase-orders/${big.id}/history`).expect(200)).body;
    expect(history.at(-1)).toMatchObject({
      action: 'approved',
      fromStatus: 'pending_approval',
      toStatus: 'approved',
    });
  });

  it('returns a rejected order to draft', async () => {
    const big = await order(2000, 3000);
    const submitted = (await pm().post(`/api/v1/purchase-orders/${big.id}/submit`).expect(200)).body;
    await gm()
      .post(`/api/v1/approval-requests/${submitted.approvalRequestId}/decisions`)
      .send({ decision: 'reject', comment: '数量太大' })
      .expect(200);
    const back = await eventually(async () => {
      const body = (await pm().get(`/api/v1/purchase-orders/${big.id}`).expect(200)).body;
      return body.status === 'draft' && body;
    }, 'the rejected order back in draft');
    expect(back.approvalRequestId).toBeNull();
  });

  it('follows the threshold set by the general manager', async () => {
    const policy = await pm().get('/api/v1/procurement-policy').expect(200);
    expect(policy.body).toMatchObject({
      poApprovalThreshold: 5000000,
      invoicePriceToleranceBp: 100,
      invoiceQuantityTolerance: 0,
    });
    expectProblem(
      await pm()
        .put('/api/v1/procurement-policy')
        .send({ ...policy.body, id: undefined, version: undefined }),
      403,
      'FORBIDDEN',
    );
    await gm()
      .put('/api/v1/procurement-policy')
      .set('If-Match', `"${policy.body.version}"`)
      .send({ poApprovalThreshold: 5000, invoicePriceToleranceBp: 100, invoiceQuantityTolerance: 0 })
      .expect(200);
    const small = await order(10, 1000); // ¥100 > ¥50
    expect((await pm().post(`/api/v1/purchase-orders/${small.id}/submit`).expect(200)).body.status).toBe(
      'pending_approval',
    );
    await gm()
      .put('/api/v1/procurement-policy')
      .send({ poApprovalThreshold: 5000000, invoicePriceToleranceBp: 100, invoiceQuantityTolerance: 0 })
      .expect(200);
  });

  it('refuses transitions the state machine does not allow', async () => {
    const draft = await order(1, 100);
    expectProblem(
      await pm().post(`/api/v1/purchase-orders/${draft.id}/send`),
      422,
      'PURCHASE_ORDER_TRANSITION_NOT_ALLOWED',
    );
    expectProblem(
      await pm().post(`/api/v1/purchase-orders/${draft.id}/close`),
      422,
      'PURCHASE_ORDER_TRANSITION_NOT_ALLOWED',
    );
    await pm().post(`/api/v1/purchase-orders/${draft.id}/cancel`).send({}).expect(200);
    const problem = expectProblem(
      await pm().post(`/api/v1/purchase-orders/${draft.id}/submit`),
      422,
      'PURCHASE_ORDER_TRANSITION_NOT_ALLOWED',
    );
    expect(problem.detail).toContain('cancelled cannot be submitted');
  });

  it('lists newest first with filters, and keeps orders from people outside purchasing', async () => {
    const page = (
      await pm().get(`/api/v1/purchase-orders?supplierId=${supplierId}&status=cancelled&limit=1`).expect(200)
    ).body;
    expect(page.data).toHaveLength(1);
    expect(page.data[0]).toMatchObject({ status: 'cancelled', supplierId });
    expect(page.nextCursor).toEqual(expect.any(String));
    await w.t.http(w.people.finance.auth).get('/api/v1/purchase-orders').expect(200);
    await w.t.http(w.people.auditor.auth).get('/api/v1/purchase-orders').expect(200);
    expectProblem(
      await w.t.http(w.people.finance.auth).post('/api/v1/purchase-orders').send({}),
      403,
      'FORBIDDEN',
    );
    expectProblem(await w.t.http(w.people.editor.auth).get('/api/v1/purchase-orders'), 403, 'FORBIDDEN');
  });

  it('lists 25 orders of several suppliers in as many queries as 2', async () => {
    const other = (await createSupplier(w)).id;
    for (let i = 0; i < 25; i++)
      await createOrder(w, {
        supplierId: i % 2 ? supplierId : other,
        warehouseId,
        lines: [{ skuId: skus[i % 2], quantity: 1 + i, unitPrice: 100 }],
      });
    await expectFlatListQueries(w, w.people.productManager.auth, '/api/v1/purchase-orders');
  });
});
