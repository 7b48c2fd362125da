import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { SETTLEMENT_PERMISSIONS, supplier, SUPPLIER_ID } from './settlement-fixtures';

describe('SupplierStatementPage', () => {
  it('shows the period of the URL: opening balance, invoices and payments with the balance, closing balance', async () => {
    const fetchMock = signIn(fakeUser({ permissions: SETTLEMENT_PERMISSIONS }), {
      [`GET /api/v1/suppliers/${SUPPLIER_ID}`]: supplier,
      [`GET /api/v1/supplier-statements/${SUPPLIER_ID}`]: {
        supplierId: SUPPLIER_ID,
        from: '2026-11-01',
        to: '2026-11-30',
        currency: 'CNY',
        openingBalance: 100_000,
        lines: [
          {
            date: '2026-11-05',
            kind: 'invoice',
            reference: 'FP-8801',
            invoiced: 500_000,
            paid: 0,
            balance: 600_000,
          },
          {
            date: '2026-11-28',
            kind: 'payment',
            reference: 'PR-20261128-0001',
            invoiced: 0,
            paid: 200_000,
            balance: 400_000,
          },
        ],
        closingBalance: 400_000,
      },
    });
    renderApp(`/finance/payables/suppliers/${SUPPLIER_ID}?from=2026-11-01&to=2026-11-30`);
    expect((await screen.findByTestId('statement-opening', {}, { timeout: 20_000 })).textContent).toBe(
      '¥1,000.00',
    );
    expect(screen.getByTestId('statement-closing').textContent).toBe('¥4,000.00');
    const lines = screen.getByTestId('supplier-statement-lines');
    const payment = screen.getByText('PR-20261128-0001').closest('tr')!;
    expect(payment.textContent).toContain('付款');
    expect(payment.textContent).toContain('¥2,000.00');
    expect(lines.textContent).toContain('¥6,000.00');
    expect(await screen.findByText(/供应商对账单：深圳华强电子/)).toBeTruthy();
    const asked = fetchMock.mock.calls
      .map(([request]) => new URL((request as Request).url))
      .find((url) => url.pathname.startsWith('/api/v1/supplier-statements/'))!;
    expect(asked.searchParams.get('from')).toBe('2026-11-01');
    expect(asked.searchParams.get('to')).toBe('2026-11-30');
  }, 60_000);
});
