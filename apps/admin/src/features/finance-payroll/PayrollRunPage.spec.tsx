import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { page, TERRITORY_ID } from '../orders/order-fixtures';
import { bobsSlip, fakePayslip, fakeRun, PAYROLL_STAFF, RUN_ID, salesUnit } from './payroll-fixtures';

const finance = fakeUser({ permissions: PAYROLL_STAFF });
const generalManager = fakeUser({
  permissions: ['payroll-runs:read', 'payroll-runs:approve', 'payslips:read'],
});
const runPath = `/finance/payroll/runs/${RUN_ID}`;

function stubRun(me = finance, routes = {}) {
  return signIn(me, {
    [`GET /api/v1/payroll-runs/${RUN_ID}`]: fakeRun(),
    [`GET /api/v1/payroll-runs/${RUN_ID}/payslips`]: page(fakePayslip(), bobsSlip()),
    [`GET /api/v1/org-units/${TERRITORY_ID}`]: salesUnit,
    ...routes,
  });
}

const reviewRows = async () => {
  const table = await screen.findByTestId('payslip-review-table', {}, { timeout: 30_000 });
  await within(table).findByText('E00001 王丽');
  return within(table)
    .getAllByRole('row')
    .map((row) => row.textContent ?? '');
};

describe('PayrollRunPage', () => {
  it('shows the run’s step, its totals and a review table with 五险一金, 个税, net and a totals row', async () => {
    stubRun();
    renderApp(runPath);
    expect(await screen.findByText('2026-10 工资表 PR-20261101-0001', {}, { timeout: 30_000 })).toBeTruthy();
    expect(screen.getByTestId('run-status').textContent).toBe('已计算');
    expect(screen.getByTestId('run-net-total').textContent).toBe('¥29,212.06');
    const rows = await reviewRows();
    const alice = rows.find((r) => r.includes('王丽'))!;
    // 五险一金 is social insurance and housing fund together: 2,283.75 + 2,610.00.
    expect(alice).toContain('¥22,250.00');
    expect(alice).toContain('¥4,893.75');
    expect(alice).toContain('¥370.69');
    expect(alice).toContain('¥16,985.56');
    const totals = rows.at(-1)!;
    expect(totals).toContain('合计（2 人）');
    expect(totals).toContain('¥36,450.00');
    expect(totals).toContain('¥29,212.06');
    expect(screen.getByRole('button', { name: '复核通过' })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /^审\s?批$/ })).toBeNull();
    expect(screen.getByRole('button', { name: /下载工资表/ })).toBeTruthy();
  }, 90_000);

  it('sorts and searches the review table from the URL', async () => {
    stubRun();
    const { router } = renderApp(`${runPath}?sort=-net`);
    const rows = await reviewRows();
    expect(rows[1]).toContain('王丽');
    expect(rows[2]).toContain('李强');
    fireEvent.click(screen.getByText('实发工资'));
    await waitFor(() => expect(router.state.location.search).toBe(''));
    const search = screen.getByRole('searchbox', { name: '按姓名或工号查找' });
    fireEvent.change(search, { target: { value: 'E00002' } });
    fireEvent.keyDown(search, { key: 'Enter', code: 'Enter', keyCode: 13 });
    await waitFor(() => expect(router.state.location.search).toContain('q=E00002'));
    const table = screen.getByTestId('payslip-review-table');
    await waitFor(() => expect(within(table).queryByText('E00001 王丽')).toBeNull());
    expect(within(table).getByText('合计（1 人）')).toBeTruthy();
  }, 90_000);

  it('calculates a draft and then shows the table; a refusal names the employees to chase', async () => {
    let attempts = 0;
    stubRun(finance, {
      [`GET /api/v1/payroll-runs/${RUN_ID}`]: () =>
        json(200, fakeRun(attempts > 1 ? {} : { status: 'draft' })),
      [`POST /api/v1/payroll-runs/${RUN_ID}/calculate`]: () => {
        if (++attempts === 1) {
          return json(409, {
            ...problem(409, 'PAYROLL_ATTENDANCE_NOT_LOCKED'),
            errors: [{ field: 'employees', message: 'E00002 李强: attendance of 2026-10 not locked' }],
          });
        }
        return json(200, fakeRun());
      },
    });
    renderApp(runPath);
    fireEvent.click(await screen.findByRole('button', { name: '计算工资' }, { timeout: 30_000 }));
    const refusal = await screen.findByText(/该月考勤尚未锁定/);
    expect(refusal.textContent).toContain('涉及：E00002 李强');
    fireEvent.click(screen.getByRole('button', { name: '计算工资' }));
    expect(await screen.findByRole('button', { name: '复核通过' })).toBeTruthy();
    expect(await reviewRows()).toHaveLength(4);
  }, 90_000);

  it('lets the general manager approve a reviewed run, after confirming', async () => {
    let approved = false;
    stubRun(generalManager, {
      [`GET /api/v1/payroll-runs/${RUN_ID}`]: () =>
        json(200, fakeRun({ status: approved ? 'approved' : 'reviewed' })),
      [`POST /api/v1/payroll-runs/${RUN_ID}/approve`]: () => {
        approved = true;
        return json(200, fakeRun({ status: 'approved' }));
      },
    });
    renderApp(runPath);
    // antd spaces out a two-character button label (审 批).
    fireEvent.click(await screen.findByRole('button', { name: /^审\s?批$/ }, { timeout: 30_000 }));
    const confirm = await screen.findByRole('tooltip');
    fireEvent.click(within(confirm).getByRole('button', { name: /^审\s?批$/ }));
    await waitFor(() => expect(screen.getByTestId('run-status').textContent).toBe('已审批'));
    expect(approved).toBe(true);
    // Paying and the bank file are finance's.
    expect(screen.queryByRole('button', { name: '登记已发放' })).toBeNull();
    expect(screen.queryByRole('button', { name: /银行代发/ })).toBeNull();
  }, 90_000);
});
