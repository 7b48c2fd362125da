import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readUrlState } from '../../shared/url-state/url-state';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { page, TERRITORY_ID } from '../orders/order-fixtures';
import {
  CLAIMANT_ID,
  EMPLOYEE_PERMISSIONS,
  fakeClaimSummary,
  FINANCE_PERMISSIONS,
  guangzhou,
} from './expense-fixtures';
import { claimListSpec, toClaimQuery } from './expense-list-state';

const employee = fakeUser({ id: CLAIMANT_ID, permissions: EMPLOYEE_PERMISSIONS });
const finance = fakeUser({ permissions: FINANCE_PERMISSIONS });

function stubClaims(user = finance, routes = {}) {
  return signIn(user, {
    'GET /api/v1/expense-claims': page(
      fakeClaimSummary({ status: 'approved' }),
      fakeClaimSummary({
        id: '0190a0b0-0000-7000-8000-000000000e09',
        number: 'EX-20261128-0002',
        status: 'approved',
        totalAmount: 1_000,
      }),
      fakeClaimSummary({
        id: '0190a0b0-0000-7000-8000-000000000e08',
        number: 'EX-20261128-0003',
        status: 'submitted',
      }),
    ),
    'GET /api/v1/org-units': page(guangzhou),
    [`GET /api/v1/org-units/${TERRITORY_ID}`]: guangzhou,
    ...routes,
  });
}

const requested = (fetchMock: ReturnType<typeof stubClaims>) =>
  fetchMock.mock.calls
    .map(([request]) => new URL((request as Request).url))
    .filter((url) => url.pathname === '/api/v1/expense-claims');

describe('claim list state', () => {
  it('reads the tab and filters from the URL and ignores what is not allowed', () => {
    const state = readUrlState(
      claimListSpec,
      new URLSearchParams(
        `tab=all&status=submitted&orgUnitId=${TERRITORY_ID}&month=2026-11&claimantId=nobody`,
      ),
    );
    expect(toClaimQuery(state, undefined)).toMatchObject({
      mine: undefined,
      status: 'submitted',
      orgUnitId: TERRITORY_ID,
      month: '2026-11',
      claimantId: undefined,
      count: true,
    });
  });

  it('asks only for my claims on the "mine" tab, whatever unit the URL names', () => {
    const state = readUrlState(claimListSpec, new URLSearchParams(`orgUnitId=${TERRITORY_ID}&month=2026-13`));
    expect(toClaimQuery(state, 'next')).toMatchObject({
      mine: true,
      orgUnitId: undefined,
      month: undefined,
      cursor: 'next',
      count: undefined,
    });
  });
});

describe('ExpenseClaimsPage', () => {
  it('lists an employee’s own claims in ¥ with their status, without the "all" tab', async () => {
    const fetchMock = stubClaims(employee);
    renderApp('/finance/expense-claims?status=approved&month=2026-11');
    const link = await screen.findByRole('link', { name: 'EX-20261128-0001' }, { timeout: 12_000 });
    const row = link.closest('tr')!;
    expect(row.textContent).toContain('¥538.00');
    expect(row.textContent).toContain('已批准');
    expect(await within(row).findByText('广州市')).toBeTruthy();
    expect(screen.queryByRole('tab', { name: '全部报销' })).toBeNull();
    expect(screen.queryByRole('button', { name: /批量付款/ })).toBeNull();
    const first = requested(fetchMock)[0]!;
    expect(first.searchParams.get('mine')).toBe('true');
    expect(first.searchParams.get('status')).toBe('approved');
    expect(first.searchParams.get('month')).toBe('2026-11');
  }, 30_000);

  it('lets finance see all claims and pay the approved ones chosen on the page in one bank run', async () => {
    let paid: unknown;
    const fetchMock = stubClaims(finance, {
      'POST /api/v1/expense-payments': async (request: Request) => {
        paid = await request.json();
        return json(200, [fakeClaimSummary({ status: 'paid' })]);
      },
    });
    renderApp('/finance/expense-claims?tab=all');
    await screen.findByRole('link', { name: 'EX-20261128-0001' }, { timeout: 12_000 });
    expect(requested(fetchMock)[0]!.searchParams.get('mine')).toBeNull();
    fireEvent.click(screen.getByRole('button', { name: '批量付款（2 张）' }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/共 ¥548.00/)).toBeTruthy();
    expect(within(dialog).queryByText(/EX-20261128-0003/)).toBeNull();
    fireEvent.change(within(dialog).getByLabelText('银行流水号（可选）'), { target: { value: 'ICBC-001' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /付\s*款/ }));
    await waitFor(() =>
      expect(paid).toEqual({
        claimIds: [fakeClaimSummary().id, '0190a0b0-0000-7000-8000-000000000e09'],
        paymentReference: 'ICBC-001',
      }),
    );
  }, 30_000);

  it('opens every claim it may read to an auditor, who files none: no "mine" tab, no new-claim button', async () => {
    const auditor = fakeUser({ permissions: ['expense-claims:read', 'org-units:read'] });
    const fetchMock = stubClaims(auditor);
    renderApp('/finance/expense-claims?tab=mine');
    await screen.findByRole('link', { name: 'EX-20261128-0001' }, { timeout: 12_000 });
    expect(requested(fetchMock)[0]!.searchParams.get('mine')).toBeNull();
    expect(screen.queryByRole('tab', { name: '我的报销' })).toBeNull();
    expect(screen.queryByRole('button', { name: /新建报销单/ })).toBeNull();
  }, 30_000);

  it('opens the new-claim form from the list', async () => {
    signIn(employee, { 'GET /api/v1/expense-claims': page(), 'GET /api/v1/expense-policy-limits': [] });
    const { router } = renderApp('/finance/expense-claims');
    expect(await screen.findByText('还没有报销单', {}, { timeout: 12_000 })).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: /新建报销单/ })[0]!);
    await waitFor(() => expect(router.state.location.pathname).toBe('/finance/expense-claims/new'));
  }, 30_000);
});
