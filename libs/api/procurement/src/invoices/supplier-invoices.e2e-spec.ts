import { expectProblem } from '@zhanggui/api-platform/testing';
import {
  createProcurementWorld,
  createSkus,
  createSupplier,
  createWarehouse,
  expectFlatListQueries,
  OrderBody,
  outboxEvents,
  ProcurementWorld,
  sentOrder,
} from '../testing/procurement-fixtures';

describe('supplier invoices and the three-way match', () => {
  let w: ProcurementWorld;
  let warehouseId: string;
  beforeAll(async () => {
    w = await createProcurementWorld();
    warehouseId = await createWarehouse(w);
  });
  afterAll(() => w.t.close());

  const pm = () => w.t.http(w.people.productManager.auth);
  const finance = () => w.t.http(w.people.finance.auth);
  let invoiceCounter = 0;

  /** A sent order of 100 × ¥10.00 and 10 × ¥5.00, with `received` of the first line received. */
  async function orderWithReceipt(received: number): Promise<{ order: OrderBody; supplierId: string }> {
    const skus = await createSkus(w, 2);
    const supplier = await createSupplier(w, { paymentTermsDays: 45 });
    const order = await sentOrder(w, {
      supplierId: supplier.id,
      warehouseId,
      lines: [
        { skuId: skus[0], quantity: 100, unitPrice: 1000 },
        { skuId: skus[1], quantity: 10, unitPrice: 500 },
      ],
    });
    if (received > 0)
      await pm()
        .post(`/api/v1/purchase-orders/${order.id}/receipts`)
        .send({ lines: [{ purchaseOrderLineId: order.lines[0].id, quantity: received }] })
        .expect(201);
    return { order, supplierId: supplier.id };
  }

  const enter = (order: OrderBody, lines: Array<{ line: number; quantity: number; unitPrice: number }>) =>
    finance()
      .post('/api/v1/supplier-invoices')
      .send({
        purchaseOrderId: order.id,
        supplierInvoiceNumber: `FP-${process.pid}-${++invoiceCounter}`,
        invoiceDate: '2026-11-01',
        lines: lines.map((l) => ({
          purchaseOrderLineId: order.lines[l.line].id,
          quantity: l.quantity,
          unitPrice: l.unitPrice,
        })),
      });

  it('makes a matching invoice payable and tells finance through SupplierInvoiceMatched', async () => {
    const { order, supplierId } = await orderWithReceipt(60);
    const response = await enter(order, [{ line: 0, quantity: 60, unitPrice: 1010 }]).expect(201); // +1%: within tolerance
    expect(response.headers.location).toBe(`/api/v1/supplier-invoices/${response.body.id}`);
    expect(response.body).toMatchObject({
      number: expect.stringMatching(/^INV-\d{8}-\d{4}$/),
      supplierId,
      status: 'payable',
      totalAmount: 60600,
      invoiceDate: '2026-11-01',
      dueDate: '2026-12-16',
      discrepancies: [],
    });
    const [event] = await outboxEvents(w, 'SupplierInvoiceMatched', 'invoiceId', response.body.id);
    expect(event.payload).toMatchObject({
      amount: 60600,
      currency: 'CNY',
      supplierId,
      purchaseOrderId: order.id,
      dueDate: '2026-12-16',
      approvedWithDiscrepancies: false,
    });
    // The same goods cannot be billed twice: a second invoice for them finds nothing left to bill.
    const again = (await enter(order, [{ line: 0, quantity: 60, unitPrice: 1000 }]).expect(201)).body;
    expect(again).toMatchObject({
      status: 'mismatched',
      discrepancies: [{ kind: 'quantity', expected: 0, actual: 60 }],
    });
  });

  it('flags a mismatch with every discrepancy listed, and announces nothing', async () => {
    const { order } = await orderWithReceipt(60);
    const invoice = (
      await enter(order, [
        { line: 0, quantity: 70, unitPrice: 1100 },
        { line: 1, quantity: 10, unitPrice: 500 },
      ]).expect(201)
    ).body;
    expect(invoice.status).toBe('mismatched');
    expect(invoice.discrepancies).toEqual([
      expect.objectContaining({ field: 'lines.0.unitPrice', kind: 'price', expected: 1000, actual: 1100 }),
      expect.objectContaining({ field: 'lines.0.quantity', kind: 'quantity', expected: 60, actual: 70 }),
      expect.objectContaining({ field: 'lines.1.quantity', kind: 'quantity', expected: 0, actual: 10 }),
    ]);
    expect(invoice.discrepancies[0].message).toContain('tolerance ±1%');
    expect(await outboxEvents(w, 'SupplierInvoiceMatched', 'invoiceId', invoice.id)).toEqual([]);
    const flagged = (
      await finance()
        .get(`/api/v1/supplier-invoices?status=mismatched&purchaseOrderId=${order.id}`)
        .expect(200)
    ).body;
    expect(flagged.data.map((i: { id: string }) => i.id)).toEqual([invoice.id]);
  });

  it('lets finance approve a mismatch with a reason, making it payable', async () => {
    const { order } = await orderWithReceipt(60);
    const invoice = (await enter(order, [{ line: 0, quantity: 60, unitPrice: 1050 }]).expect(201)).body;
    expectProblem(
      await finance().post(`/api/v1/supplier-invoices/${invoice.id}/approve`).send({ reason: '' }),
      400,
      'VALIDATION_FAILED',
    );
    expectProblem(
      await finance()
        .post(`/api/v1/supplier-invoices/${invoice.id}/approve`)
        .set('If-Match', '"99"')
        .send({ reason: '供应商涨价已确认' }),
      412,
      'STALE_VERSION',
    );
    const approved = (
      await finance()
        .post(`/api/v1/supplier-invoices/${invoice.id}/approve`)
        .set('If-Match', `"${invoice.version}"`)
        .send({ reason: '供应商涨价已确认' })
        .expect(200)
    ).body;
    expect(approved).toMatchObject({
      status: 'payable',
      resolutionReason: '供应商涨价已确认',
      resolvedBy: w.people.finance.id,
      discrepancies: [expect.objectContaining({ kind: 'price' })],
    });
    const [event] = await outboxEvents(w, 'SupplierInvoiceMatched', 'invoiceId', invoice.id);
    expect(event.payload).toMatchObject({ amount: 63000, approvedWithDiscrepancies: true });
    expectProblem(
      await finance().post(`/api/v1/supplier-invoices/${invoice.id}/return`).send({ reason: '晚了' }),
      422,
      'SUPPLIER_INVOICE_NOT_MISMATCHED',
    );
    const history = (await finance().get(`/api/v1/supplier-invoices/${invoice.id}/history`).expect(200)).body;
    expect(history.map((h: { action: string }) => h.action)).toEqual([
      'entered',
      'mismatch_found',
      'approved_with_discrepancies',
    ]);
    expect(history[2].note).toBe('供应商涨价已确认');
  });

  it('sends a mismatched invoice back, or matches it again once the goods have arrived', async () => {
    const { order } = await orderWithReceipt(0);
    const early = (await enter(order, [{ line: 0, quantity: 100, unitPrice: 1000 }]).expect(201)).body;
    expect(early.discrepancies).toEqual([
      expect.objectContaining({ kind: 'quantity', expected: 0, actual: 100 }),
    ]);
    expect(
      (await finance().post(`/api/v1/supplier-invoices/${early.id}/match`).expect(200)).body.status,
    ).toBe('mismatched');
    await pm()
      .post(`/api/v1/purchase-orders/${order.id}/receipts`)
      .send({ lines: [{ purchaseOrderLineId: order.lines[0].id, quantity: 100 }] })
      .expect(201);
    const matched = (await finance().post(`/api/v1/supplier-invoices/${early.id}/match`).expect(200)).body;
    expect(matched).toMatchObject({ status: 'payable', discrepancies: [] });

    const wrong = (await enter(order, [{ line: 1, quantity: 10, unitPrice: 900 }]).expect(201)).body;
    const returned = (
      await finance()
        .post(`/api/v1/supplier-invoices/${wrong.id}/return`)
        .send({ reason: '单价错误，请重开' })
        .expect(200)
    ).body;
    expect(returned).toMatchObject({ status: 'returned', resolutionReason: '单价错误，请重开' });
  });

  it('refuses duplicates, lines of other orders and orders not yet sent', async () => {
    const { order } = await orderWithReceipt(10);
    const first = (await enter(order, [{ line: 0, quantity: 10, unitPrice: 1000 }]).expect(201)).body;
    expectProblem(
      await finance()
        .post('/api/v1/supplier-invoices')
        .send({
          purchaseOrderId: order.id,
          supplierInvoiceNumber: first.supplierInvoiceNumber.toLowerCase(),
          invoiceDate: '2026-11-02',
          lines: [{ purchaseOrderLineId: order.lines[0].id, quantity: 1, unitPrice: 1000 }],
        }),
      409,
      'SUPPLIER_INVOICE_DUPLICATE',
    );
    const other = await orderWithReceipt(0);
    const problem = expectProblem(
      await finance()
        .post('/api/v1/supplier-invoices')
        .send({
          purchaseOrderId: order.id,
          supplierInvoiceNumber: 'FP-OTHER',
          invoiceDate: '2026-11-02',
          lines: [{ purchaseOrderLineId: other.order.lines[0].id, quantity: 1, unitPrice: 1000 }],
        }),
      422,
      'SUPPLIER_INVOICE_LINES_INVALID',
    );
    expect(problem.errors![0].field).toBe('lines.0.purchaseOrderLineId');
    const skus = await createSkus(w);
    const draft = (
      await pm()
        .post('/api/v1/purchase-orders')
        .send({
          supplierId: other.supplierId,
          warehouseId,
          lines: [{ skuId: skus[0], quantity: 1, unitPrice: 1 }],
        })
        .expect(201)
    ).body;
    expectProblem(
      await finance()
        .post('/api/v1/supplier-invoices')
        .send({
          purchaseOrderId: draft.id,
          supplierInvoiceNumber: 'FP-DRAFT',
          invoiceDate: '2026-11-02',
          lines: [{ purchaseOrderLineId: draft.lines[0].id, quantity: 1, unitPrice: 1 }],
        }),
      422,
      'PURCHASE_ORDER_NOT_INVOICEABLE',
    );
  });

  it('lets finance handle invoices; purchasing and the auditor only read them', async () => {
    await pm().get('/api/v1/supplier-invoices').expect(200);
    await w.t.http(w.people.auditor.auth).get('/api/v1/supplier-invoices').expect(200);
    expectProblem(await pm().post('/api/v1/supplier-invoices').send({}), 403, 'FORBIDDEN');
    expectProblem(await w.t.http(w.people.editor.auth).get('/api/v1/supplier-invoices'), 403, 'FORBIDDEN');
  });

  it('lists one summary per invoice, in as many queries for 25 invoices from 5 suppliers as for 2', async () => {
    for (let s = 0; s < 5; s++) {
      const { order } = await orderWithReceipt(100);
      for (let i = 0; i < 5; i++) await enter(order, [{ line: 0, quantity: 1, unitPrice: 1000 }]).expect(201);
    }
    const listed = (await finance().get('/api/v1/supplier-invoices?limit=2').expect(200)).body.data;
    const { lines, discrepancies, resolutionReason, resolvedBy, resolvedAt, ...summary } = (
      await finance().get(`/api/v1/supplier-invoices/${listed[0].id}`).expect(200)
    ).body;
    expect(listed[0]).toEqual({ ...summary, discrepancyCount: discrepancies.length });
    expect(summary.supplierName).toMatch(/^供应商 SUP-/);
    expect([lines.length, resolutionReason, resolvedBy, resolvedAt]).toEqual([1, null, null, null]);
    await expectFlatListQueries(w, w.people.finance.auth, '/api/v1/supplier-invoices');
  });
});
