import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { page } from '../orders/order-fixtures';
import { fakeRun, RUN_ID, SETTLEMENT_PERMISSIONS, supplier, SUPPLIER_ID } from './settlement-fixtures';

const finance = fakeUser({ permissions: SETTLEMENT_PERMISSIONS });

function stubRun(routes = {}) {
  return signIn(finance, {
    [`GET /api/v1/payment-runs/${RUN_ID}`]: fakeRun(),
    [`GET /api/v1/suppliers/${SUPPLIER_ID}`]: supplier,
    ...routes,
  });
}

describe('PaymentRunsPage', () => {
  it('lists runs with their totals, filtered by status from the URL', async () => {
    const fetchMock = stubRun({ 'GET /api/v1/payment-runs': page(fakeRun({ status: 'approved' })) });
    renderApp('/finance/payment-runs?status=approved');
    const link = await screen.findByRole('link', { name: 'PR-20261128-0001' }, { timeout: 20_000 });
    const row = link.closest('tr')!;
    expect(row.textContent).toContain('¥2,000.00');
    expect(row.textContent).toContain('已审批');
    const asked = fetchMock.mock.calls
      .map(([request]) => new URL((request as Request).url))
      .find((url) => url.pathname === '/api/v1/payment-runs')!;
    expect(asked.searchParams.get('status')).toBe('approved');
  }, 60_000);
});

describe('PaymentRunPage', () => {
  it('shows the lines and approves with the version read', async () => {
    let ifMatch: string | null = null;
    stubRun({
      [`POST /api/v1/payment-runs/${RUN_ID}/approve`]: (request: Request) => {
        ifMatch = request.headers.get('If-Match');
        return json(200, fakeRun({ status: 'approved', version: 4 }));
      },
    });
    renderApp(`/finance/payment-runs/${RUN_ID}`);
    const lines = await screen.findByTestId('payment-run-lines', {}, { timeout: 20_000 });
    expect(lines.textContent).toContain('AP-20261120-0001');
    expect(await within(lines).findByText('深圳华强电子')).toBeTruthy();
    expect(screen.getByTestId('payment-run-total').textContent).toBe('¥2,000.00');
    fireEvent.click(screen.getByRole('button', { name: '审 批' }));
    await waitFor(() => expect(ifMatch).toBe('"3"'));
  }, 60_000);

  it('says why the drafter may not approve', async () => {
    stubRun({
      [`POST /api/v1/payment-runs/${RUN_ID}/approve`]: json(
        422,
        problem(422, 'PAYMENT_RUN_SELF_APPROVAL', 'four eyes'),
      ),
    });
    renderApp(`/finance/payment-runs/${RUN_ID}`);
    fireEvent.click(await screen.findByRole('button', { name: '审 批' }, { timeout: 20_000 }));
    expect((await screen.findByTestId('payment-run-refusal')).textContent).toContain(
      '付款批次须由生成人以外的人审批。',
    );
  }, 60_000);

  it('records an approved run as paid after asking', async () => {
    let paid = false;
    stubRun({
      [`GET /api/v1/payment-runs/${RUN_ID}`]: fakeRun({ status: 'approved' }),
      [`POST /api/v1/payment-runs/${RUN_ID}/pay`]: () => {
        paid = true;
        return json(200, fakeRun({ status: 'paid' }));
      },
    });
    renderApp(`/finance/payment-runs/${RUN_ID}`);
    fireEvent.click(await screen.findByRole('button', { name: '登记已付款' }, { timeout: 20_000 }));
    expect(await screen.findByText(/确认银行已付出 ¥2,000.00/)).toBeTruthy();
    expect(paid).toBe(false);
    const buttons = screen.getAllByRole('button', { name: '登记已付款' });
    fireEvent.click(buttons[buttons.length - 1]!);
    await waitFor(() => expect(paid).toBe(true));
  }, 60_000);
});
