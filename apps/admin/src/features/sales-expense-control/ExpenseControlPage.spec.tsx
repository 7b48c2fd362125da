import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import type { ExpenseControl, TerritoryExpenses } from './expense-control.api';
import { shownMonth } from './expense-control-state';

const GD = '0190a0b0-0000-7000-8000-000000000e01';
const GZ = '0190a0b0-0000-7000-8000-000000000e02';
const SZ = '0190a0b0-0000-7000-8000-000000000e03';
const manager = fakeUser({ permissions: ['sales-expenses:read', 'expense-claims:read'] });

function row(overrides: Partial<TerritoryExpenses>): TerritoryExpenses {
  return {
    orgUnitId: GD,
    code: 'GD',
    name: '广东省',
    kind: 'province',
    parentId: null,
    budget: 1_000_000,
    actual: 300_000,
    pending: 0,
    spent: 300_000,
    netSales: 10_000_000,
    usedBp: 3_000,
    ratioBp: 300,
    plannedRatioBp: 500,
    target: 20_000_000,
    status: 'ok',
    ...overrides,
  };
}

const control: ExpenseControl = {
  period: '2026-11',
  currency: 'CNY',
  territories: [
    row({}),
    row({
      orgUnitId: GZ,
      code: 'GD-GZ',
      name: '广州市',
      kind: 'city',
      budget: 100_000,
      actual: 70_000,
      pending: 15_000,
      spent: 85_000,
      usedBp: 8_500,
      ratioBp: 1_250,
      plannedRatioBp: null,
      status: 'warning',
    }),
    row({
      orgUnitId: SZ,
      code: 'GD-SZ',
      name: '深圳市',
      kind: 'city',
      budget: 100_000,
      spent: 120_000,
      usedBp: 12_000,
      status: 'exceeded',
    }),
  ],
  warnings: 1,
  exceeded: 1,
};

describe('expense control month', () => {
  it('is the one in the URL, or this month', () => {
    expect(shownMonth({ period: '2026-02' })).toBe('2026-02');
    expect(shownMonth({ period: undefined })).toMatch(/^\d{4}-\d{2}$/);
  });
});

describe('ExpenseControlPage', () => {
  it('lists territories with usage bars, calls out those in warning or over, and links to their claims', async () => {
    const fetchMock = signIn(manager, { 'GET /api/v1/sales-expense-control': control });
    renderApp('/sales/expense-control?period=2026-11');
    const table = await screen.findByTestId('expense-control-table', {}, { timeout: 12_000 });
    await waitFor(() => expect(within(table).getAllByTestId('expense-usage')).toHaveLength(3));
    expect(
      within(table)
        .getAllByTestId('expense-usage')
        .map((bar) => bar.dataset['status']),
    ).toEqual(['ok', 'warning', 'exceeded']);
    const alert = screen.getByTestId('expense-alert');
    expect(alert.textContent).toContain('2 个辖区需关注：超支 1 个，预警 1 个');
    expect(alert.textContent).toContain('广州市、深圳市');
    expect(table.textContent).toContain('含审批中 ¥150.00');
    expect(table.textContent).toContain('12.5%');
    expect(table.querySelector(`tr[data-row-key="${SZ}"]`)?.getAttribute('data-status')).toBe('exceeded');
    const links = within(table).getAllByRole('link', { name: '查看报销单' });
    expect(links[1]!.getAttribute('href')).toBe(
      `/finance/expense-claims?tab=all&orgUnitId=${GZ}&month=2026-11`,
    );
    const asked = fetchMock.mock.calls
      .map(([request]) => new URL((request as Request).url))
      .find((url) => url.pathname === '/api/v1/sales-expense-control')!;
    expect(asked.searchParams.get('period')).toBe('2026-11');
  }, 30_000);

  it('shows no alert when every territory is within budget, and no claims link without access to claims', async () => {
    signIn(fakeUser({ permissions: ['sales-expenses:read'] }), {
      'GET /api/v1/sales-expense-control': { ...control, territories: [row({})], warnings: 0, exceeded: 0 },
    });
    renderApp('/sales/expense-control?period=2026-11');
    const table = await screen.findByTestId('expense-control-table', {}, { timeout: 12_000 });
    await waitFor(() => expect(within(table).getAllByTestId('expense-usage')).toHaveLength(1));
    expect(screen.queryByTestId('expense-alert')).toBeNull();
    expect(within(table).queryByRole('link')).toBeNull();
  }, 30_000);

  it('says what went wrong when the figures cannot be read', async () => {
    signIn(manager, {
      'GET /api/v1/sales-expense-control': json(
        400,
        problem(400, 'VALIDATION_FAILED', 'period must be a month'),
      ),
    });
    renderApp('/sales/expense-control?period=2026-11');
    expect(await screen.findByRole('alert', {}, { timeout: 12_000 })).toBeTruthy();
  }, 30_000);
});
