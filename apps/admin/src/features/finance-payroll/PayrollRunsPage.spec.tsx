import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readUrlState } from '../../shared/url-state/url-state';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { page, TERRITORY_ID } from '../orders/order-fixtures';
import { fakeRun, PAYROLL_STAFF, RUN_ID, salesUnit } from './payroll-fixtures';
import { previousMonth, runListSpec, toRunQuery } from './payroll-list-state';

const finance = fakeUser({ permissions: PAYROLL_STAFF });

describe('payroll run list state', () => {
  it('reads month and status from the URL and ignores what is not allowed', () => {
    const state = readUrlState(runListSpec, new URLSearchParams('month=2026-13&status=approved'));
    expect(toRunQuery(state, undefined)).toMatchObject({ month: undefined, status: 'approved', count: true });
    expect(readUrlState(runListSpec, new URLSearchParams('month=2026-10')).month).toBe('2026-10');
  });

  it('takes the month before as the one being paid', () => {
    expect(previousMonth('2026-01-15')).toBe('2025-12');
    expect(previousMonth('2026-11-29')).toBe('2026-10');
  });
});

describe('PayrollRunsPage', () => {
  it('lists runs with their totals in ¥, filtered by the URL', async () => {
    const fetchMock = signIn(finance, {
      'GET /api/v1/payroll-runs': page(fakeRun({ status: 'approved' })),
      [`GET /api/v1/org-units/${TERRITORY_ID}`]: salesUnit,
    });
    renderApp('/finance/payroll?status=approved&month=2026-10');
    const link = await screen.findByRole('link', { name: 'PR-20261101-0001' }, { timeout: 30_000 });
    const row = link.closest('tr')!;
    expect(row.textContent).toContain('¥36,450.00');
    expect(row.textContent).toContain('¥29,212.06');
    expect(row.textContent).toContain('已审批');
    expect(await within(row).findByText('销售部')).toBeTruthy();
    const asked = fetchMock.mock.calls
      .map(([request]) => new URL((request as Request).url))
      .find((url) => url.pathname === '/api/v1/payroll-runs')!;
    expect(asked.searchParams.get('status')).toBe('approved');
    expect(asked.searchParams.get('month')).toBe('2026-10');
  }, 90_000);

  it('opens a run for a month and a unit, then shows it', async () => {
    let posted: unknown;
    signIn(finance, {
      'GET /api/v1/payroll-runs': page(),
      'GET /api/v1/org-units': page(salesUnit),
      [`GET /api/v1/org-units/${TERRITORY_ID}`]: salesUnit,
      'POST /api/v1/payroll-runs': async (request: Request) => {
        posted = await request.json();
        return json(201, fakeRun({ status: 'draft' }));
      },
      [`GET /api/v1/payroll-runs/${RUN_ID}`]: fakeRun({ status: 'draft' }),
    });
    const { router } = renderApp('/finance/payroll');
    expect(await screen.findByText('还没有工资表', {}, { timeout: 30_000 })).toBeTruthy();
    fireEvent.click(screen.getAllByRole('button', { name: /新建工资表/ })[0]!);
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /创\s?建/ }));
    expect(await within(dialog).findByText('请选择组织')).toBeTruthy();
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '组织' }));
    fireEvent.click(await screen.findByTitle('销售部'));
    fireEvent.click(within(dialog).getByRole('button', { name: /创\s?建/ }));
    await waitFor(() =>
      expect(posted).toMatchObject({
        orgUnitId: TERRITORY_ID,
        month: expect.stringMatching(/^\d{4}-\d{2}$/),
      }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe(`/finance/payroll/runs/${RUN_ID}`));
    expect(await screen.findByText('计算工资', {}, { timeout: 30_000 })).toBeTruthy();
  }, 90_000);

  it('is not offered to someone without payroll permissions', async () => {
    signIn(fakeUser({ permissions: [] }));
    renderApp('/finance/payroll');
    expect(await screen.findByText('没有访问权限', {}, { timeout: 30_000 })).toBeTruthy();
  }, 90_000);
});
