import { randomUUID } from 'node:crypto';
import { userWithRoles } from '@zhanggui/api-identity/testing';
import type { SignedInUser } from '@zhanggui/api-identity/testing';
import { EventBus } from '@zhanggui/api-platform';
import { expectProblem } from '@zhanggui/api-platform/testing';
import { SUPPLIER_INVOICE_MATCHED } from '@zhanggui/api-procurement';
import type { SupplierInvoiceMatchedPayload } from '@zhanggui/api-procurement';
import { createFinanceWorld, eventually, FinanceWorld } from '../../testing/finance-world';

interface PayableView {
  id: string;
  number: string;
  amount: number;
  paidAmount: number;
  outstandingAmount: number;
  status: string;
  dueDate: string;
}

describe('supplier settlement: payables, payment runs, statements', () => {
  let w: FinanceWorld;
  let approver: SignedInUser;
  const supplierId = randomUUID();
  const otherSupplier = randomUUID();

  beforeAll(async () => {
    w = await createFinanceWorld();
    approver = await userWithRoles(w.t, w.admin, [{ role: 'finance' }]);
  }, 120_000);
  afterAll(() => w.t.close());

  const finance = () => w.t.http(w.people.finance.auth);
  const asApprover = () => w.t.http(approver.auth);

  /** A matched invoice as procurement announces it, and the payable finance makes of it. */
  async function matchedInvoice(
    amount: number,
    invoiceDate: string,
    dueDate: string,
    supplier = supplierId,
  ): Promise<PayableView> {
    const invoiceId = randomUUID();
    const payload: SupplierInvoiceMatchedPayload = {
      invoiceId,
      invoiceNumber: `SI-${invoiceId.slice(0, 8)}`,
      supplierInvoiceNumber: `4403${invoiceId.slice(0, 6)}`,
      supplierId: supplier,
      purchaseOrderId: randomUUID(),
      amount,
      currency: 'CNY',
      invoiceDate,
      dueDate,
      approvedWithDiscrepancies: false,
    };
    await w.t.app.get(EventBus).publish(SUPPLIER_INVOICE_MATCHED, payload);
    return eventually(async () => {
      const list = await finance().get(`/api/v1/payables?supplierId=${supplier}&limit=200`).expect(200);
      return list.body.data.find((p: { invoiceId: string }) => p.invoiceId === invoiceId) as PayableView;
    }, `payable of ${invoiceId}`);
  }

  it('turns a matched supplier invoice into a payable due on the supplier’s terms, once', async () => {
    const payable = await matchedInvoice(113_000, '2026-10-01', '2026-10-31');
    expect(payable).toMatchObject({
      number: expect.stringMatching(/^AP-\d{8}-\d{4}$/),
      amount: 113_000,
      paidAmount: 0,
      outstandingAmount: 113_000,
      status: 'open',
      dueDate: '2026-10-31',
    });
    const detail = await finance().get(`/api/v1/payables/${payable.id}`).expect(200);
    expect(detail.body.id).toBe(payable.id);
    expectProblem(await finance().get(`/api/v1/payables/${randomUUID()}`), 404, 'PAYABLE_NOT_FOUND');
  });

  it('filters payables by due date and status', async () => {
    const late = await matchedInvoice(5_000, '2026-11-01', '2027-01-31');
    const dueSoon = await finance()
      .get(`/api/v1/payables?supplierId=${supplierId}&dueBefore=2026-12-31`)
      .expect(200);
    expect(dueSoon.body.data.map((p: PayableView) => p.id)).not.toContain(late.id);
    const open = await finance()
      .get(`/api/v1/payables?status=open&dueBefore=2027-12-31&limit=200`)
      .expect(200);
    expect(open.body.data.map((p: PayableView) => p.id)).toContain(late.id);
    expectProblem(await finance().get('/api/v1/payables?status=lost'), 400, 'VALIDATION_FAILED');
  });

  it('pays through a run: partial payment, four-eyes approval, one ledger entry, settled payables', async () => {
    const a = await matchedInvoice(100_000, '2026-11-02', '2026-11-20');
    const b = await matchedInvoice(40_000, '2026-11-03', '2026-11-25', otherSupplier);
    const created = await finance()
      .post('/api/v1/payment-runs')
      .send({
        paymentDate: '2026-11-28',
        lines: [{ payableId: a.id, amount: 60_000 }, { payableId: b.id }],
      })
      .expect(201);
    expect(created.headers.location).toBe(`/api/v1/payment-runs/${created.body.id}`);
    expect(created.body).toMatchObject({ status: 'draft', totalAmount: 100_000 });
    expect(created.body.lines).toHaveLength(2);

    // The held amount cannot go into a second run.
    const overdraw = await finance()
      .post('/api/v1/payment-runs')
      .send({ paymentDate: '2026-11-28', lines: [{ payableId: a.id, amount: 50_000 }] });
    expectProblem(overdraw, 422, 'PAYMENT_EXCEEDS_OUTSTANDING');
    expect(overdraw.body.errors[0].field).toBe('lines.0.amount');

    expectProblem(
      await finance().post(`/api/v1/payment-runs/${created.body.id}/approve`),
      422,
      'PAYMENT_RUN_SELF_APPROVAL',
    );
    expectProblem(
      await asApprover().post(`/api/v1/payment-runs/${created.body.id}/pay`),
      422,
      'PAYMENT_RUN_STATUS',
    );
    await asApprover()
      .post(`/api/v1/payment-runs/${created.body.id}/approve`)
      .set('If-Match', `"${created.body.version}"`)
      .expect(200);
    const paid = await asApprover().post(`/api/v1/payment-runs/${created.body.id}/pay`).expect(200);
    expect(paid.body.status).toBe('paid');
    expectProblem(
      await asApprover().post(`/api/v1/payment-runs/${created.body.id}/pay`),
      422,
      'PAYMENT_RUN_STATUS',
    );

    expect((await finance().get(`/api/v1/payables/${a.id}`).expect(200)).body).toMatchObject({
      paidAmount: 60_000,
      outstandingAmount: 40_000,
      status: 'partially_paid',
    });
    expect((await finance().get(`/api/v1/payables/${b.id}`).expect(200)).body.status).toBe('paid');

    const entries = await finance()
      .get(`/api/v1/journal-entries?sourceType=payment_run&sourceId=${created.body.id}`)
      .expect(200);
    expect(entries.body.data).toHaveLength(1);
    const entry = await finance().get(`/api/v1/journal-entries/${entries.body.data[0].id}`).expect(200);
    expect(
      entry.body.lines.map((l: { accountCode: string; debit: number; credit: number }) => [
        l.accountCode,
        l.debit,
        l.credit,
      ]),
    ).toEqual(
      expect.arrayContaining([
        ['220202', 60_000, 0],
        ['220202', 40_000, 0],
        ['1002', 0, 100_000],
      ]),
    );

    const runs = await finance().get('/api/v1/payment-runs?status=paid').expect(200);
    expect(runs.body.data.map((r: { id: string }) => r.id)).toContain(created.body.id);
  });

  it('cancels a run and releases what it held', async () => {
    const payable = await matchedInvoice(30_000, '2026-11-05', '2026-11-30');
    const run = (
      await finance()
        .post('/api/v1/payment-runs')
        .send({ paymentDate: '2026-11-28', lines: [{ payableId: payable.id }] })
        .expect(201)
    ).body;
    expect((await finance().get(`/api/v1/payables/${payable.id}`)).body.outstandingAmount).toBe(0);
    await finance().post(`/api/v1/payment-runs/${run.id}/cancel`).expect(200);
    expect((await finance().get(`/api/v1/payables/${payable.id}`)).body.outstandingAmount).toBe(30_000);
    expectProblem(
      await finance()
        .post('/api/v1/payment-runs')
        .send({ paymentDate: '2026-11-28', lines: [{ payableId: randomUUID() }] }),
      422,
      'PAYABLE_NOT_FOUND',
    );
    expectProblem(
      await finance()
        .post('/api/v1/payment-runs')
        .send({ paymentDate: '2026-11-28', lines: [{ payableId: payable.id }, { payableId: payable.id }] }),
      422,
      'PAYMENT_RUN_DUPLICATE_PAYABLE',
    );
    expectProblem(await finance().get(`/api/v1/payment-runs/${randomUUID()}`), 404, 'PAYMENT_RUN_NOT_FOUND');
  });

  it('states a supplier’s account for a period', async () => {
    const supplier = randomUUID();
    const before = await matchedInvoice(10_000, '2026-09-10', '2026-10-10', supplier);
    const during = await matchedInvoice(25_000, '2026-10-12', '2026-11-12', supplier);
    const run = (
      await finance()
        .post('/api/v1/payment-runs')
        .send({
          paymentDate: '2026-10-20',
          lines: [{ payableId: before.id }, { payableId: during.id, amount: 5_000 }],
        })
        .expect(201)
    ).body;
    await asApprover().post(`/api/v1/payment-runs/${run.id}/approve`).expect(200);
    await asApprover().post(`/api/v1/payment-runs/${run.id}/pay`).expect(200);
    const statement = await finance()
      .get(`/api/v1/supplier-statements/${supplier}?from=2026-10-01&to=2026-10-31`)
      .expect(200);
    expect(statement.body).toMatchObject({
      openingBalance: 10_000,
      closingBalance: 20_000,
      lines: [
        expect.objectContaining({ kind: 'invoice', invoiced: 25_000, balance: 35_000 }),
        expect.objectContaining({ kind: 'payment', reference: run.number, paid: 15_000, balance: 20_000 }),
      ],
    });
    expectProblem(
      await finance().get(`/api/v1/supplier-statements/${supplier}?from=2026-10-31&to=2026-10-01`),
      422,
      'STATEMENT_PERIOD_INVALID',
    );
  });

  it('is finance’s alone', async () => {
    for (const person of ['agent', 'hr', 'productManager', 'salesManager'] as const) {
      const http = w.t.http(w.people[person].auth);
      expectProblem(await http.get('/api/v1/payables'), 403, 'FORBIDDEN');
      expectProblem(await http.get('/api/v1/payment-runs'), 403, 'FORBIDDEN');
      expectProblem(
        await http.post('/api/v1/payment-runs').send({ paymentDate: '2026-11-28', lines: [] }),
        403,
        'FORBIDDEN',
      );
      expectProblem(
        await http.get(`/api/v1/supplier-statements/${supplierId}?from=2026-10-01&to=2026-10-31`),
        403,
        'FORBIDDEN',
      );
    }
  });
});
