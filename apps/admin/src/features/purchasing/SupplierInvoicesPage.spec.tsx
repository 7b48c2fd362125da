import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const INVOICE = '0190a0b0-0000-7000-8000-000000000901';
const ORDER = '0190a0b0-0000-7000-8000-000000000501';
const LINE = '0190a0b0-0000-7000-8000-000000000502';
const finance = fakeUser({
  permissions: ['supplier-invoices:read', 'supplier-invoices:write', 'purchase-orders:read'],
});

const invoice = (overrides = {}) => ({
  id: INVOICE,
  number: 'INV-20261127-0001',
  supplierId: '0190a0b0-0000-7000-8000-000000000601',
  supplierName: '华芯配件',
  purchaseOrderId: ORDER,
  supplierInvoiceNumber: '44031234',
  invoiceDate: '2026-11-27',
  dueDate: '2026-12-27',
  currency: 'CNY',
  totalAmount: 31250,
  status: 'mismatched',
  discrepancyCount: 2,
  version: 1,
  createdAt: '2026-11-27T08:00:00.000Z',
  discrepancies: [
    {
      field: 'lines.0.unitPrice',
      kind: 'price',
      purchaseOrderLineId: LINE,
      expected: 1200,
      actual: 1250,
      message: 'order line 1 is priced 1200 分; invoiced 1250 分 (tolerance ±1%)',
    },
    {
      field: 'lines.0.quantity',
      kind: 'quantity',
      purchaseOrderLineId: LINE,
      expected: 20,
      actual: 25,
      message: 'order line 1: 20 received, 0 already invoiced, so 20 to bill; invoiced 25',
    },
  ],
  resolutionReason: null,
  resolvedBy: null,
  resolvedAt: null,
  lines: [
    { id: 'l1', lineNo: 1, purchaseOrderLineId: LINE, quantity: 25, unitPrice: 1250, lineAmount: 31250 },
  ],
  ...overrides,
});

function stub(routes = {}, current = { value: invoice() }) {
  return signIn(finance, {
    'GET /api/v1/supplier-invoices': () => json(200, { data: [current.value], nextCursor: null, total: 1 }),
    [`GET /api/v1/supplier-invoices/${INVOICE}`]: () => json(200, current.value),
    [`GET /api/v1/purchase-orders/${ORDER}`]: {
      id: ORDER,
      number: 'PO-20261127-0001',
      status: 'received',
      lines: [{ id: LINE, lineNo: 1, skuId: 'sku', skuCode: 'DEMO-HOLDER-CAR', skuName: null }],
    },
    'GET /api/v1/suppliers': { data: [], nextCursor: null },
    ...routes,
  });
}

describe('SupplierInvoicesPage', () => {
  it('shows each discrepancy with its field, what was expected and what was invoiced', async () => {
    stub();
    renderApp(`/purchasing/supplier-invoices?status=mismatched&invoice=${INVOICE}`);
    const table = await screen.findByTestId('invoice-discrepancies', undefined, { timeout: 12_000 });
    expect(within(screen.getByTestId('invoice-match')).getByText('发现 2 处差异，需财务处理。')).toBeTruthy();
    const price = within(table).getByText('第 1 行 · 单价').closest('tr')!;
    expect(within(price).getByText('¥12.00')).toBeTruthy();
    expect(within(price).getByText('¥12.50')).toBeTruthy();
    expect(within(price).getByText('+¥0.50')).toBeTruthy();
    const quantity = within(table).getByText('第 1 行 · 数量').closest('tr')!;
    expect(within(quantity).getByText('20')).toBeTruthy();
    expect(within(quantity).getByText('25')).toBeTruthy();
    expect(within(quantity).getByText('+5')).toBeTruthy();
    expect(await within(table).findAllByText('DEMO-HOLDER-CAR')).toHaveLength(2);
  });

  it('approves a mismatched invoice only with a reason', async () => {
    let sent: { body: unknown; ifMatch: string | null } | undefined;
    const current = { value: invoice() };
    stub(
      {
        [`POST /api/v1/supplier-invoices/${INVOICE}/approve`]: async (request: Request) => {
          sent = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
          current.value = invoice({ status: 'payable', version: 2, resolutionReason: '涨价已确认' });
          return json(200, current.value);
        },
      },
      current,
    );
    renderApp(`/purchasing/supplier-invoices?invoice=${INVOICE}`);
    await screen.findByTestId('invoice-discrepancies', undefined, { timeout: 12_000 });
    fireEvent.click(screen.getByRole('button', { name: '批准付款' }));
    // The drawer is a dialog too (and under test both share one generated title id): find the modal by its title.
    const title = await screen.findByText('批准发票 INV-20261127-0001');
    const dialog = screen.getAllByRole('dialog').find((candidate) => candidate.contains(title))!;
    fireEvent.click(within(dialog).getByRole('button', { name: '批准付款' }));
    expect(await within(dialog).findByText('请写明理由')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('理由'), { target: { value: '涨价已确认' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '批准付款' }));
    await waitFor(() => expect(sent).toEqual({ body: { reason: '涨价已确认' }, ifMatch: '"1"' }));
    expect(await within(screen.getByTestId('invoice-status')).findByText('可付款')).toBeTruthy();
  });
});
