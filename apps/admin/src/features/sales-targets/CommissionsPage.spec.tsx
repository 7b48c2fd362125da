import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { page } from '../orders/order-fixtures';
import {
  FINANCE_PERMISSIONS,
  PLAN,
  PLAN_ID,
  RUN,
  RUN_ID,
  SALES_MANAGER_PERMISSIONS,
} from './sales-target-fixtures';

const salesManager = fakeUser({ permissions: SALES_MANAGER_PERMISSIONS });
const finance = fakeUser({ permissions: FINANCE_PERMISSIONS });

function stubCommissions(user = salesManager, routes = {}) {
  return signIn(user, {
    'GET /api/v1/commission-plans': page(PLAN),
    'GET /api/v1/commission-runs': page({ ...RUN, lines: [] }),
    [`GET /api/v1/commission-runs/${RUN_ID}`]: RUN,
    ...routes,
  });
}

describe('CommissionsPage', () => {
  it('shows plans with their tiers and a month’s lines, without calculating for finance', async () => {
    stubCommissions(finance);
    renderApp('/sales/commissions');
    const plans = await screen.findByTestId('commission-plans-table', {}, { timeout: 12_000 });
    await waitFor(() => expect(within(plans).getByText('2026 标准提成')).toBeTruthy());
    expect(plans.textContent).toContain('达成 ≥ 0% 提 1%');
    expect(plans.textContent).toContain('达成 ≥ 100% 提 3%');
    const runs = screen.getByTestId('commission-runs-table');
    await waitFor(() => expect(within(runs).getByText('SC-20261201-0001')).toBeTruthy());
    expect(runs.textContent).toContain('¥4,950.00');
    expect(screen.queryByRole('button', { name: '计算并发送到薪资' })).toBeNull();
    expect(within(plans).queryByRole('button', { name: /修\s*改/ })).toBeNull();
    fireEvent.click(within(runs).getByRole('button', { name: /明\s*细/ }));
    const lines = await screen.findByTestId('commission-lines');
    await waitFor(() => expect(within(lines).getByText('李销售')).toBeTruthy());
    expect(lines.textContent).toContain('110%');
  }, 60_000);

  it('lets the sales manager calculate a month after confirming it goes to payroll', async () => {
    let posted: unknown;
    stubCommissions(salesManager, {
      'POST /api/v1/commission-runs': async (request: Request) => {
        posted = await request.json();
        return json(201, RUN);
      },
    });
    renderApp('/sales/commissions');
    fireEvent.click(await screen.findByRole('button', { name: '计算并发送到薪资' }, { timeout: 12_000 }));
    const dialog = await screen.findByRole('dialog');
    expect(within(dialog).getByText(/直接发送到薪资/)).toBeTruthy();
    const month = within(dialog).getByLabelText('月份');
    fireEvent.mouseDown(month);
    fireEvent.change(month, { target: { value: '2026-11' } });
    fireEvent.keyDown(month, { key: 'Enter' });
    await waitFor(() => expect((month as HTMLInputElement).value).toBe('2026-11'));
    // The only active plan is chosen already.
    fireEvent.click(within(dialog).getByRole('button', { name: '确认计算并发送' }));
    await waitFor(() => expect(posted).toEqual({ period: '2026-11', planId: PLAN_ID }));
    expect(await screen.findByTestId('commission-lines')).toBeTruthy();
  }, 60_000);
});
