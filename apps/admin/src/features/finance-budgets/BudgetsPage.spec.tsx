import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { page, TERRITORY_ID } from '../orders/order-fixtures';
import { FINANCE_PERMISSIONS, guangzhou } from '../finance-expenses/expense-fixtures';
import type { Budget } from './budgets.api';
import { usageLevel } from './budget-usage';

const BUDGET_ID = '0190a0b0-0000-7000-8000-000000000b01';
const finance = fakeUser({ permissions: FINANCE_PERMISSIONS });
const manager = fakeUser({ permissions: ['budgets:read', 'org-units:read', 'expense-claims:write'] });

function fakeBudget(overrides: Partial<Budget> = {}): Budget {
  return {
    id: BUDGET_ID,
    orgUnitId: TERRITORY_ID,
    periodKind: 'month',
    period: '2026-11',
    periodStart: '2026-11-01',
    periodEnd: '2026-11-30',
    accountCode: '6601',
    amount: 1_000_000,
    currency: 'CNY',
    actual: 700_000,
    committed: 0,
    pending: 150_000,
    used: 850_000,
    remaining: 150_000,
    percentUsed: 85,
    alertedLevel: 80,
    note: null,
    version: 3,
    createdAt: '2026-11-01T00:00:00.000Z',
    ...overrides,
  };
}

const over = fakeBudget({
  id: '0190a0b0-0000-7000-8000-000000000b02',
  accountCode: '6602',
  used: 1_200_000,
  remaining: -200_000,
  percentUsed: 120,
});
const fine = fakeBudget({ id: '0190a0b0-0000-7000-8000-000000000b03', period: '2026-Q4', percentUsed: 10 });

function stubBudgets(user = finance, routes = {}) {
  return signIn(user, {
    'GET /api/v1/budgets': page(fakeBudget(), over, fine),
    'GET /api/v1/budgets/alerts': [fakeBudget(), over],
    'GET /api/v1/org-units': page(guangzhou),
    [`GET /api/v1/org-units/${TERRITORY_ID}`]: guangzhou,
    ...routes,
  });
}

describe('budget usage', () => {
  it('warns at 80% and is over at 100%', () => {
    expect([0, 79, 80, 99, 100, 150].map(usageLevel)).toEqual([
      'ok',
      'ok',
      'warning',
      'warning',
      'over',
      'over',
    ]);
  });
});

describe('BudgetsPage', () => {
  it('shows budget against used with the bar coloured by level, the alerts first, filters from the URL', async () => {
    const fetchMock = stubBudgets(manager);
    renderApp(`/finance/budgets?periodKind=month&orgUnitId=${TERRITORY_ID}`);
    const table = await screen.findByTestId('budgets-table', {}, { timeout: 12_000 });
    await waitFor(() => expect(within(table).getAllByTestId('budget-usage')).toHaveLength(3));
    expect(
      within(table)
        .getAllByTestId('budget-usage')
        .map((bar) => bar.dataset['level']),
    ).toEqual(['warning', 'over', 'ok']);
    expect(table.textContent).toContain('¥10,000.00');
    expect(table.textContent).toContain('-¥2,000.00');
    expect(table.textContent).toContain('已超支');
    const alerts = screen.getByTestId('budget-alerts');
    expect(
      within(alerts)
        .getAllByTestId('budget-usage')
        .map((bar) => bar.dataset['level']),
    ).toEqual(['over', 'warning']);
    // A manager reads budgets; only finance sets them.
    expect(screen.queryByRole('button', { name: /新建预算/ })).toBeNull();
    const listed = fetchMock.mock.calls
      .map(([request]) => new URL((request as Request).url))
      .find((url) => url.pathname === '/api/v1/budgets')!;
    expect(listed.searchParams.get('periodKind')).toBe('month');
    expect(listed.searchParams.get('orgUnitId')).toBe(TERRITORY_ID);
  }, 30_000);

  it('lets finance change a budget’s amount in yuan, sent as 分 with the version read', async () => {
    let sent: { body: unknown; ifMatch: string | null } | undefined;
    stubBudgets(finance, {
      [`PATCH /api/v1/budgets/${BUDGET_ID}`]: async (request: Request) => {
        sent = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        return json(200, fakeBudget({ amount: 1_200_000 }));
      },
    });
    renderApp('/finance/budgets');
    const table = await screen.findByTestId('budgets-table', {}, { timeout: 12_000 });
    await waitFor(() => expect(within(table).getAllByRole('button', { name: /修\s*改/ })).toHaveLength(3));
    fireEvent.click(within(table).getAllByRole('button', { name: /修\s*改/ })[0]!);
    const dialog = await screen.findByRole('dialog');
    const amount = within(dialog).getByLabelText('预算');
    expect((amount as HTMLInputElement).value).toBe('10000.00');
    fireEvent.change(amount, { target: { value: '12000' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(sent).toEqual({ body: { amount: 1_200_000, note: null }, ifMatch: '"3"' }));
  }, 30_000);

  it('lets finance set a budget for a unit, month and account in yuan', async () => {
    let posted: unknown;
    stubBudgets(finance, {
      'POST /api/v1/budgets': async (request: Request) => {
        posted = await request.json();
        return json(201, fakeBudget());
      },
    });
    renderApp('/finance/budgets');
    fireEvent.click((await screen.findAllByRole('button', { name: /新建预算/ }, { timeout: 12_000 }))[0]!);
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '部门' }));
    fireEvent.click(await screen.findByTitle('广州市'));
    const period = within(dialog).getByLabelText('期间');
    fireEvent.mouseDown(period);
    fireEvent.change(period, { target: { value: '2026-11' } });
    fireEvent.keyDown(period, { key: 'Enter' });
    await waitFor(() => expect((period as HTMLInputElement).value).toBe('2026-11'));
    fireEvent.change(within(dialog).getByLabelText('预算'), { target: { value: '50000' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(posted).toEqual({
        orgUnitId: TERRITORY_ID,
        periodKind: 'month',
        periodDate: '2026-11-01',
        accountCode: '6602',
        amount: 5_000_000,
        note: null,
      }),
    );
  }, 30_000);
});
