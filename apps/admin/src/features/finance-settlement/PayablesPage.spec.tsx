import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readUrlState } from '../../shared/url-state/url-state';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { page } from '../orders/order-fixtures';
import { toRunLines } from './CreatePaymentRunModal';
import {
  fakePayable,
  fakeRun,
  PAYABLE_ID,
  RUN_ID,
  SECOND_PAYABLE_ID,
  SETTLEMENT_PERMISSIONS,
  supplier,
  SUPPLIER_ID,
} from './settlement-fixtures';
import { payableListSpec, toPayableQuery } from './settlement-list-state';

const finance = fakeUser({ permissions: SETTLEMENT_PERMISSIONS });

const payables = [
  fakePayable(),
  fakePayable({
    id: SECOND_PAYABLE_ID,
    number: 'AP-20261121-0002',
    supplierInvoiceNumber: 'FP-8802',
    amount: 120_000,
    paidAmount: 120_000,
    outstandingAmount: 0,
    status: 'paid',
  }),
];

function stubPayables(routes = {}) {
  return signIn(finance, {
    'GET /api/v1/payables': page(...payables),
    'GET /api/v1/suppliers': page(supplier),
    [`GET /api/v1/suppliers/${SUPPLIER_ID}`]: supplier,
    ...routes,
  });
}

const requested = (fetchMock: ReturnType<typeof stubPayables>, path: string) =>
  fetchMock.mock.calls
    .map(([request]) => new URL((request as Request).url))
    .filter((url) => url.pathname === path);

describe('payable list state', () => {
  it('reads supplier, due date and status from the URL and drops what is malformed', () => {
    const state = readUrlState(
      payableListSpec,
      new URLSearchParams(`supplierId=${SUPPLIER_ID}&dueBefore=2026-12-31&status=overdue`),
    );
    expect(toPayableQuery(state, undefined)).toMatchObject({
      supplierId: SUPPLIER_ID,
      dueBefore: '2026-12-31',
      status: undefined,
      count: true,
    });
  });

  it('pays the typed amount in 分, or the whole outstanding amount', () => {
    expect(toRunLines([fakePayable()], { [PAYABLE_ID]: '2000.5' })).toEqual([
      { payableId: PAYABLE_ID, amount: 200_050 },
    ]);
    expect(toRunLines([fakePayable()], {})).toEqual([{ payableId: PAYABLE_ID, amount: 500_000 }]);
  });
});

describe('PayablesPage', () => {
  it('lists payables in ¥ with the filters of the URL', async () => {
    const fetchMock = stubPayables();
    renderApp(`/finance/payables?status=open&dueBefore=2026-12-31&supplierId=${SUPPLIER_ID}`);
    const row = (await screen.findByText('AP-20261120-0001', {}, { timeout: 20_000 })).closest('tr')!;
    expect(row.textContent).toContain('¥5,000.00');
    expect(row.textContent).toContain('FP-8801');
    expect(row.textContent).toContain('未付');
    expect(await within(row).findByText('深圳华强电子')).toBeTruthy();
    const first = requested(fetchMock, '/api/v1/payables')[0]!;
    expect(first.searchParams.get('status')).toBe('open');
    expect(first.searchParams.get('dueBefore')).toBe('2026-12-31');
    expect(first.searchParams.get('supplierId')).toBe(SUPPLIER_ID);
  }, 60_000);

  it('drafts a payment run from the chosen payables with a partial amount, and opens it', async () => {
    let posted: unknown;
    stubPayables({
      'POST /api/v1/payment-runs': async (request: Request) => {
        posted = await request.json();
        return json(201, fakeRun());
      },
      [`GET /api/v1/payment-runs/${RUN_ID}`]: fakeRun(),
    });
    const { router } = renderApp('/finance/payables');
    await screen.findByText('AP-20261120-0001', {}, { timeout: 20_000 });
    // A paid payable cannot be chosen.
    expect((screen.getByRole('checkbox', { name: 'AP-20261121-0002' }) as HTMLInputElement).disabled).toBe(
      true,
    );
    fireEvent.click(screen.getByRole('checkbox', { name: 'AP-20261120-0001' }));
    fireEvent.click(screen.getByRole('button', { name: '生成付款批次（1）' }));
    const dialog = await screen.findByRole('dialog');
    const amount = within(dialog).getByRole('textbox', { name: '本次付款' });
    expect((amount as HTMLInputElement).value).toBe('5000.00');
    fireEvent.change(amount, { target: { value: '6000' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /生成批次/ }));
    expect(await within(dialog).findByText('不能超过待付金额 ¥5,000.00')).toBeTruthy();
    fireEvent.change(amount, { target: { value: '2000' } });
    await waitFor(() =>
      expect(within(dialog).getByTestId('payment-run-total').textContent).toContain('¥2,000.00'),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: /生成批次/ }));
    await waitFor(() =>
      expect(posted).toEqual({
        paymentDate: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/),
        lines: [{ payableId: PAYABLE_ID, amount: 200_000 }],
      }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe(`/finance/payment-runs/${RUN_ID}`));
  }, 60_000);

  it('says why a run cannot be drafted', async () => {
    stubPayables({
      'POST /api/v1/payment-runs': json(422, problem(422, 'PAYABLE_NOTHING_OUTSTANDING', 'held')),
    });
    renderApp('/finance/payables');
    await screen.findByText('AP-20261120-0001', {}, { timeout: 20_000 });
    fireEvent.click(screen.getByRole('checkbox', { name: 'AP-20261120-0001' }));
    fireEvent.click(screen.getByRole('button', { name: '生成付款批次（1）' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /生成批次/ }));
    expect(
      await within(dialog).findByText('有应付已付清或已被其他付款批次占用，请刷新后重新选择。'),
    ).toBeTruthy();
  }, 60_000);

  it('shows no draft button to someone who may only read', async () => {
    signIn(fakeUser({ permissions: ['payables:read'] }), { 'GET /api/v1/payables': page(...payables) });
    renderApp('/finance/payables');
    await screen.findByText('AP-20261120-0001', {}, { timeout: 20_000 });
    expect(screen.queryByRole('button', { name: /生成付款批次/ })).toBeNull();
    expect(screen.queryByRole('checkbox')).toBeNull();
  }, 60_000);
});
