import { expectProblem } from '@zhanggui/api-platform/testing';
import {
  createProcurementWorld,
  createSkus,
  createSupplier,
  createWarehouse,
  expectFlatListQueries,
  ProcurementWorld,
} from '../testing/procurement-fixtures';
import { ProcurementClock } from './procurement-clock';

describe('tenders with sealed quotes', () => {
  let w: ProcurementWorld;
  let warehouseId: string;
  let clock: ProcurementClock;
  beforeAll(async () => {
    w = await createProcurementWorld();
    warehouseId = await createWarehouse(w);
    clock = w.t.app.get(ProcurementClock, { strict: false });
  });
  afterEach(() => jest.restoreAllMocks());
  afterAll(() => w.t.close());

  const pm = () => w.t.http(w.people.productManager.auth);
  /** Everyone who may read tenders at all (the system administrator may not: 403 before anything is sealed). */
  const readers = () => [w.people.productManager, w.people.generalManager, w.people.auditor];
  /** Moves the tenders' clock past a closing time: no waiting. */
  const after = (closesAt: string) =>
    jest.spyOn(clock, 'now').mockReturnValue(new Date(Date.parse(closesAt) + 1));

  /** A tender for two SKUs (100 and 10 units) with three invited suppliers, closing in an hour. */
  async function openTender(maxLeadTimeDays?: number) {
    const skus = await createSkus(w, 2);
    const suppliers = [await createSupplier(w), await createSupplier(w), await createSupplier(w)];
    const closesAt = new Date(Date.now() + 3_600_000).toISOString();
    const response = await pm()
      .post('/api/v1/tenders')
      .send({
        title: '数据线年度招标',
        warehouseId,
        closesAt,
        maxLeadTimeDays,
        items: [
          { skuId: skus[0], quantity: 100 },
          { skuId: skus[1], quantity: 10 },
        ],
        supplierIds: suppliers.map((s) => s.id),
      })
      .expect(201);
    const tender = response.body;
    const quote = (supplier: number, prices: number[], leadTimeDays = 7) =>
      pm()
        .post(`/api/v1/tenders/${tender.id}/quotes`)
        .send({
          supplierId: suppliers[supplier].id,
          leadTimeDays,
          terms: '含税含运费',
          lines: prices.map((unitPrice, i) => ({ tenderItemId: tender.items[i].id, unitPrice })),
        });
    return { tender, suppliers, skus, closesAt, quote, location: response.headers.location };
  }

  it('invites suppliers with an RFQ number and takes their quotes without showing what they offered', async () => {
    const { tender, quote, location } = await openTender();
    expect(location).toBe(`/api/v1/tenders/${tender.id}`);
    expect(tender).toMatchObject({
      number: expect.stringMatching(/^RFQ-\d{8}-\d{4}$/),
      status: 'open',
      sealed: true,
      items: [
        { lineNo: 1, quantity: 100, skuCode: expect.any(String) },
        { lineNo: 2, quantity: 10 },
      ],
    });
    const recorded = (await quote(0, [98765, 43210]).expect(201)).body;
    expect(recorded).toEqual({
      id: expect.any(String),
      tenderId: tender.id,
      supplierId: expect.any(String),
      submittedAt: expect.any(String),
      attachmentCount: 0,
      sealed: true,
    });
    // Revising before the close replaces the quote.
    const revised = (await quote(0, [98000, 43000]).expect(201)).body;
    expect(revised.id).toBe(recorded.id);
    await quote(1, [99999, 40000]).expect(201);
    const detail = (await pm().get(`/api/v1/tenders/${tender.id}`).expect(200)).body;
    expect(detail.quotes).toHaveLength(2);
    expect(JSON.stringify(detail)).not.toMatch(/98000|43000|99999|40000|含税含运费/);
  });

  it('keeps quote amounts sealed from everyone, through every endpoint, until the closing time', async () => {
    const { tender, quote } = await openTender();
    const quoteId = (await quote(0, [98765, 43210]).expect(201)).body.id;
    const upload = await pm()
      .post(`/api/v1/tender-quotes/${quoteId}/attachments`)
      .attach('file', Buffer.from('%PDF-1.4\n报价 98765\n%%EOF'), '报价单.pdf')
      .expect(201);
    expect(upload.body).toMatchObject({ fileName: '报价单.pdf', contentType: 'application/pdf' });
    for (const path of [
      `/api/v1/tenders/${tender.id}/quotes`,
      `/api/v1/tender-quote-attachments/${upload.body.id}`,
    ])
      expectProblem(await w.t.http(w.admin.auth).get(path), 403, 'FORBIDDEN');
    for (const person of readers()) {
      const as = w.t.http(person.auth);
      expectProblem(await as.get(`/api/v1/tenders/${tender.id}/quotes`), 409, 'TENDER_SEALED');
      expectProblem(await as.get(`/api/v1/tenders/${tender.id}/comparison`), 409, 'TENDER_SEALED');
      expectProblem(await as.get(`/api/v1/tender-quote-attachments/${upload.body.id}`), 409, 'TENDER_SEALED');
      for (const path of [
        `/api/v1/tenders/${tender.id}`,
        `/api/v1/tenders`,
        `/api/v1/tenders/${tender.id}/history`,
      ]) {
        expect(JSON.stringify((await as.get(path).expect(200)).body)).not.toMatch(/98765|43210/);
      }
    }
    const audit = await w.t.http(w.admin.auth).get('/api/v1/audit-events?limit=200').expect(200);
    expect(JSON.stringify(audit.body)).not.toMatch(/98765|43210/);
    expect(audit.body.data).toContainEqual(
      expect.objectContaining({
        entityType: 'tender_quote',
        changes: expect.objectContaining({ offer: { redacted: true } }),
      }),
    );
    expectProblem(await pm().post(`/api/v1/tenders/${tender.id}/award`).send({}), 409, 'TENDER_SEALED');
  });

  it('accepts quotes only from invited suppliers, for the tender’s items, before the close', async () => {
    const { tender, quote, closesAt } = await openTender();
    const stranger = await createSupplier(w);
    expectProblem(
      await pm()
        .post(`/api/v1/tenders/${tender.id}/quotes`)
        .send({
          supplierId: stranger.id,
          leadTimeDays: 3,
          lines: [{ tenderItemId: tender.items[0].id, unitPrice: 1 }],
        }),
      422,
      'SUPPLIER_NOT_INVITED',
    );
    const wrongItem = expectProblem(
      await pm()
        .post(`/api/v1/tenders/${tender.id}/quotes`)
        .send({
          supplierId: tender.supplierIds[0],
          leadTimeDays: 3,
          lines: [{ tenderItemId: stranger.id, unitPrice: 1 }],
        }),
      422,
      'QUOTE_LINES_INVALID',
    );
    expect(wrongItem.errors).toEqual([
      { field: 'lines.0.tenderItemId', message: 'is not an item of this tender' },
    ]);
    const quoteId = (await quote(0, [100, 100]).expect(201)).body.id;
    expectProblem(
      await pm()
        .post(`/api/v1/tender-quotes/${quoteId}/attachments`)
        .attach('file', Buffer.from('MZ executable'), 'x.pdf'),
      400,
      'ATTACHMENT_REFUSED',
    );
    after(closesAt);
    expectProblem(await quote(1, [1, 1]), 422, 'TENDER_CLOSED');
    expectProblem(
      await pm().post(`/api/v1/tender-quote-attachments/${quoteId}`).send({}),
      404,
      'ROUTE_NOT_FOUND',
    );
    expectProblem(
      await pm()
        .patch(`/api/v1/tenders/${tender.id}`)
        .send({ closesAt: new Date(Date.now() + 86_400_000).toISOString() }),
      422,
      'TENDER_CLOSED',
    );
  });

  it('extends the closing time but never brings it forward, and refuses a closing time in the past', async () => {
    const { tender, closesAt } = await openTender();
    expectProblem(
      await pm()
        .patch(`/api/v1/tenders/${tender.id}`)
        .send({ closesAt: new Date(Date.now() + 60_000).toISOString() }),
      400,
      'CLOSING_TIME_INVALID',
    );
    const later = new Date(Date.parse(closesAt) + 86_400_000).toISOString();
    const extended = (
      await pm()
        .patch(`/api/v1/tenders/${tender.id}`)
        .set('If-Match', `"${tender.version}"`)
        .send({ closesAt: later })
        .expect(200)
    ).body;
    expect(extended.closesAt).toBe(later);
    expectProblem(
      await pm()
        .post('/api/v1/tenders')
        .send({
          title: 'x',
          warehouseId,
          closesAt: '2020-01-01T00:00:00.000Z',
          items: [{ skuId: tender.items[0].skuId, quantity: 1 }],
          supplierIds: tender.supplierIds,
        }),
      400,
      'CLOSING_TIME_INVALID',
    );
  });

  it('compares quotes side by side after the close and awards the lowest compliant total by default', async () => {
    const { tender, quote, closesAt, suppliers, skus } = await openTender(14);
    const a = (await quote(0, [1000, 5000]).expect(201)).body.id; // 150,000
    const b = (await quote(1, [900]).expect(201)).body.id; // 90,000 but item 2 missing
    const c = (await quote(2, [1100, 1000], 10).expect(201)).body.id; // 120,000
    const pdf = await pm()
      .post(`/api/v1/tender-quotes/${c}/attachments`)
      .attach('file', Buffer.from('%PDF-1.7\nsigned offer\n%%EOF'), 'offer.pdf')
      .expect(201);
    after(closesAt);

    const detail = (await pm().get(`/api/v1/tenders/${tender.id}`).expect(200)).body;
    expect(detail).toMatchObject({ status: 'closed', sealed: false });
    const opened = (
      await w.t.http(w.people.auditor.auth).get(`/api/v1/tenders/${tender.id}/quotes`).expect(200)
    ).body;
    expect(opened.find((q: { id: string }) => q.id === a)).toMatchObject({
      totalAmount: 150000,
      terms: '含税含运费',
    });
    const comparison = (await pm().get(`/api/v1/tenders/${tender.id}/comparison`).expect(200)).body;
    expect(
      comparison.quotes.map((q: { quoteId: string; total: number; compliant: boolean; rank: number }) => [
        q.quoteId,
        q.total,
        q.compliant,
        q.rank,
      ]),
    ).toEqual([
      [c, 120000, true, 1],
      [a, 150000, true, 2],
      [b, 90000, false, 3],
    ]);
    expect(comparison.quotes[2].nonCompliance).toEqual(['1 of 2 items not quoted']);
    expect(comparison.lowestCompliantQuoteId).toBe(c);
    expect(comparison.items[0].offers).toEqual([
      { quoteId: c, unitPrice: 1100, lineAmount: 110000, lowest: false },
      { quoteId: a, unitPrice: 1000, lineAmount: 100000, lowest: false },
      { quoteId: b, unitPrice: 900, lineAmount: 90000, lowest: true },
    ]);
    expect(comparison.items[1].offers[2]).toEqual({
      quoteId: b,
      unitPrice: null,
      lineAmount: null,
      lowest: false,
    });
    const file = await pm().get(`/api/v1/tender-quote-attachments/${pdf.body.id}`).expect(200);
    expect(file.headers['content-type']).toBe('application/pdf');
    expect(file.body.toString()).toContain('signed offer');

    const awarded = (await pm().post(`/api/v1/tenders/${tender.id}/award`).send({}).expect(200)).body;
    expect(awarded).toMatchObject({
      status: 'awarded',
      awardedQuoteId: c,
      awardReason: null,
      purchaseOrderId: expect.any(String),
    });
    const order = (await pm().get(`/api/v1/purchase-orders/${awarded.purchaseOrderId}`).expect(200)).body;
    expect(order).toMatchObject({
      status: 'draft',
      supplierId: suppliers[2].id,
      warehouseId,
      sourceType: 'tender',
      sourceId: tender.id,
      totalAmount: 120000,
      lines: [
        { skuId: skus[0], quantity: 100, unitPrice: 1100 },
        { skuId: skus[1], quantity: 10, unitPrice: 1000 },
      ],
    });
    expectProblem(await pm().post(`/api/v1/tenders/${tender.id}/award`).send({}), 422, 'TENDER_NOT_OPEN');
  });

  it('awards another quote only with a written reason', async () => {
    const { tender, quote, closesAt, suppliers } = await openTender();
    await quote(0, [1000, 1000]).expect(201);
    const dearer = (await quote(1, [1200, 1000]).expect(201)).body.id;
    after(closesAt);
    const refused = expectProblem(
      await pm().post(`/api/v1/tenders/${tender.id}/award`).send({ quoteId: dearer }),
      422,
      'AWARD_REASON_REQUIRED',
    );
    expect(refused.errors).toEqual([
      { field: 'reason', message: expect.stringContaining('not the lowest compliant quote') },
    ]);
    const awarded = (
      await pm()
        .post(`/api/v1/tenders/${tender.id}/award`)
        .send({ quoteId: dearer, reason: '质量更稳定，账期更长' })
        .expect(200)
    ).body;
    expect(awarded).toMatchObject({ awardedQuoteId: dearer, awardReason: '质量更稳定，账期更长' });
    const order = (await pm().get(`/api/v1/purchase-orders/${awarded.purchaseOrderId}`).expect(200)).body;
    expect(order.supplierId).toBe(suppliers[1].id);
    const history = (await pm().get(`/api/v1/tenders/${tender.id}/history`).expect(200)).body;
    expect(history.at(-1)).toMatchObject({ action: 'awarded', note: expect.stringContaining('质量更稳定') });
  });

  it('lets purchasing run tenders, and keeps everyone else out', async () => {
    const { tender } = await openTender();
    for (const who of ['finance', 'editor', 'hr'] as const)
      expectProblem(await w.t.http(w.people[who].auth).get(`/api/v1/tenders/${tender.id}`), 403, 'FORBIDDEN');
    expectProblem(
      await w.t.http(w.people.generalManager.auth).post(`/api/v1/tenders/${tender.id}/cancel`),
      403,
      'FORBIDDEN',
    );
    expect((await pm().post(`/api/v1/tenders/${tender.id}/cancel`).expect(200)).body.status).toBe(
      'cancelled',
    );
  });

  it('lists one summary per tender, counts without offers, in as many queries for 25 tenders as for 2', async () => {
    const { tender, quote } = await openTender();
    await quote(0, [98765, 43210]).expect(201);
    const listed = (await pm().get('/api/v1/tenders?limit=200').expect(200)).body.data;
    const item = listed.find((t: { id: string }) => t.id === tender.id);
    const detail = (await pm().get(`/api/v1/tenders/${tender.id}`).expect(200)).body;
    const { items, supplierIds, quotes, awardReason, ...summary } = detail;
    expect(item).toEqual({ ...summary, itemCount: 2, invitedCount: 3, quoteCount: 1 });
    expect([items.length, supplierIds.length, quotes.length, awardReason]).toEqual([2, 3, 1, null]);
    expect(JSON.stringify(listed)).not.toMatch(/98765|43210|含税含运费/);

    for (let i = listed.length; i < 25; i++)
      await pm()
        .post('/api/v1/tenders')
        .send({
          title: `批量招标 ${i}`,
          warehouseId,
          closesAt: new Date(Date.now() + 3_600_000).toISOString(),
          items: items
            .slice(0, 1 + (i % 2))
            .map((it: { skuId: string }) => ({ skuId: it.skuId, quantity: 5 })),
          supplierIds: supplierIds.slice(0, 1 + (i % 3)),
        })
        .expect(201);
    await expectFlatListQueries(w, w.people.productManager.auth, '/api/v1/tenders');
  });
});
