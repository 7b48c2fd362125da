import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';

const TENDER = '0190a0b0-0000-7000-8000-000000000801';
const ITEM = '0190a0b0-0000-7000-8000-000000000811';
const SUPPLIERS = {
  cheapLate: '0190a0b0-0000-7000-8000-000000000601',
  lowest: '0190a0b0-0000-7000-8000-000000000602',
  dearer: '0190a0b0-0000-7000-8000-000000000603',
};
const QUOTES = {
  cheapLate: '0190a0b0-0000-7000-8000-000000000821',
  lowest: '0190a0b0-0000-7000-8000-000000000822',
  dearer: '0190a0b0-0000-7000-8000-000000000823',
};
const buyer = fakeUser({
  permissions: ['tenders:read', 'tenders:write', 'warehouses:read', 'suppliers:read'],
});

const tender = (overrides = {}) => ({
  id: TENDER,
  number: 'RFQ-20261127-0001',
  title: '数据线招标',
  warehouseId: '0190a0b0-0000-7000-8000-000000000201',
  closesAt: '2026-11-27T10:00:00.000Z',
  maxLeadTimeDays: 10,
  status: 'closed',
  sealed: false,
  itemCount: 1,
  invitedCount: 3,
  quoteCount: 3,
  awardedQuoteId: null,
  purchaseOrderId: null,
  version: 2,
  createdAt: '2026-11-20T08:00:00.000Z',
  items: [{ id: ITEM, lineNo: 1, skuId: 'sku', skuCode: 'DEMO-CABLE-1M', skuName: null, quantity: 100 }],
  supplierIds: Object.values(SUPPLIERS),
  quotes: [],
  awardReason: null,
  ...overrides,
});

const column = (key: keyof typeof QUOTES, name: string, total: number, rank: number, compliant = true) => ({
  quoteId: QUOTES[key],
  supplierId: SUPPLIERS[key],
  supplierName: name,
  total,
  leadTimeDays: compliant ? 7 : 20,
  terms: null,
  compliant,
  nonCompliance: compliant ? [] : ['lead time 20 days exceeds 10'],
  rank,
  attachmentCount: 0,
});

const comparison = {
  tenderId: TENDER,
  currency: 'CNY',
  quotes: [
    column('lowest', '华芯配件', 120000, 1),
    column('dearer', '粤通电子', 130000, 2),
    column('cheapLate', '远航贸易', 100000, 3, false),
  ],
  items: [
    {
      tenderItemId: ITEM,
      skuId: 'sku',
      skuCode: 'DEMO-CABLE-1M',
      quantity: 100,
      offers: [
        { quoteId: QUOTES.lowest, unitPrice: 1200, lineAmount: 120000, lowest: false },
        { quoteId: QUOTES.dearer, unitPrice: 1300, lineAmount: 130000, lowest: false },
        { quoteId: QUOTES.cheapLate, unitPrice: 1000, lineAmount: 100000, lowest: true },
      ],
    },
  ],
  lowestCompliantQuoteId: QUOTES.lowest,
  notQuoted: [],
};

/** The supplier's column header (antd also renders titles in a hidden measuring row). */
const header = (supplierId: string) =>
  screen.getAllByTestId(`comparison-supplier-${supplierId}`).find((element) => element.closest('thead'))!;

describe('TenderPage', () => {
  it('compares closed quotes side by side, highlighting the lowest compliant one rather than the cheapest', async () => {
    signIn(buyer, {
      [`GET /api/v1/tenders/${TENDER}`]: tender(),
      [`GET /api/v1/tenders/${TENDER}/comparison`]: comparison,
    });
    renderApp(`/purchasing/tenders/${TENDER}`);
    await screen.findByTestId('tender-comparison', undefined, { timeout: 12_000 });
    expect(within(header(SUPPLIERS.lowest)).getByText('最低合规报价')).toBeTruthy();
    expect(within(header(SUPPLIERS.cheapLate)).queryByText('最低合规报价')).toBeNull();
    expect(within(header(SUPPLIERS.dearer)).queryByText('最低合规报价')).toBeNull();
    expect(header(SUPPLIERS.lowest).closest('th')?.getAttribute('data-lowest')).toBe('true');
    expect(header(SUPPLIERS.cheapLate).closest('th')?.getAttribute('data-lowest')).toBeNull();
    expect(screen.getByTestId(`comparison-total-${QUOTES.lowest}`).textContent).toBe('¥1,200.00');
    expect(screen.getByText('不合规')).toBeTruthy();
  });

  it('asks for a reason before awarding a quote that is not the lowest compliant', async () => {
    let sent: unknown;
    signIn(buyer, {
      [`GET /api/v1/tenders/${TENDER}`]: tender(),
      [`GET /api/v1/tenders/${TENDER}/comparison`]: comparison,
      [`POST /api/v1/tenders/${TENDER}/award`]: async (request: Request) => {
        sent = await request.json();
        return json(200, tender({ status: 'awarded', awardedQuoteId: QUOTES.dearer }));
      },
    });
    renderApp(`/purchasing/tenders/${TENDER}`);
    await screen.findByTestId('tender-comparison', undefined, { timeout: 12_000 });
    fireEvent.click(within(header(SUPPLIERS.dearer)).getByRole('button', { name: /定\s*标/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /定\s*标/ }));
    expect(
      await within(dialog).findByText('选择的不是最低合规报价，请写明理由', undefined, { timeout: 10_000 }),
    ).toBeTruthy();
    expect(sent).toBeUndefined();
    fireEvent.change(within(dialog).getByLabelText('定标理由'), { target: { value: '交期更稳' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /定\s*标/ }));
    await waitFor(() => expect(sent).toEqual({ quoteId: QUOTES.dearer, reason: '交期更稳' }));
  });

  it('keeps quotes sealed until the closing time and does not ask for the comparison', async () => {
    const routes = signIn(buyer, {
      [`GET /api/v1/tenders/${TENDER}`]: tender({
        status: 'open',
        sealed: true,
        closesAt: '2099-01-01T00:00:00.000Z',
      }),
      [`GET /api/v1/tenders/${TENDER}/comparison`]: json(409, problem(409, 'TENDER_SEALED')),
    });
    renderApp(`/purchasing/tenders/${TENDER}`);
    expect(await screen.findByTestId('tender-sealed', undefined, { timeout: 12_000 })).toBeTruthy();
    expect(screen.getByText(/报价密封至/)).toBeTruthy();
    expect(screen.getByTestId('quote-form')).toBeTruthy();
    expect(screen.queryByTestId('tender-comparison')).toBeNull();
    expect(routes.mock.calls.some(([request]) => new URL(request.url).pathname.endsWith('/comparison'))).toBe(
      false,
    );
  });
});
