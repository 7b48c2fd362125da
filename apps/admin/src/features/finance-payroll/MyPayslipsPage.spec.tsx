import { fireEvent, screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { fakePayslip, SLIP_ID } from './payroll-fixtures';

// Any employee: no payroll permission at all.
const employee = fakeUser({ displayName: '王丽', permissions: [] });

describe('MyPayslipsPage', () => {
  it('lists the employee’s own approved payslips and opens one with its breakdown', async () => {
    const slip = fakePayslip({ locked: true });
    signIn(employee, {
      'GET /api/v1/payslips/mine': [slip],
      [`GET /api/v1/payslips/${SLIP_ID}`]: slip,
    });
    renderApp('/finance/my-payslips');
    const table = await screen.findByTestId('my-payslips-table', {}, { timeout: 30_000 });
    const link = await within(table).findByRole('link', { name: '2026-10' });
    expect(link.closest('tr')!.textContent).toContain('¥16,985.56');
    fireEvent.click(link);
    expect(await screen.findByText('2026-10 工资条 · 王丽')).toBeTruthy();
    expect(screen.getByTestId('payslip-net').textContent).toBe('¥16,985.56');
    expect(screen.getByText('已审批')).toBeTruthy();
    expect(screen.getByText('养老保险')).toBeTruthy();
    expect(screen.getByRole('link', { name: '返回我的工资条' })).toBeTruthy();
  }, 90_000);

  it('says so when there is none yet', async () => {
    signIn(employee, { 'GET /api/v1/payslips/mine': [] });
    renderApp('/finance/my-payslips');
    expect(await screen.findByText('还没有已审批的工资条', {}, { timeout: 30_000 })).toBeTruthy();
  }, 90_000);

  it('shows someone else’s payslip as not found', async () => {
    signIn(employee, {
      [`GET /api/v1/payslips/${SLIP_ID}`]: json(404, problem(404, 'PAYSLIP_NOT_FOUND', 'No payslip')),
    });
    renderApp(`/finance/payslips/${SLIP_ID}`);
    expect(await screen.findByRole('alert', {}, { timeout: 30_000 })).toBeTruthy();
  }, 90_000);
});
