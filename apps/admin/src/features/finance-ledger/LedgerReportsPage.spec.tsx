import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeUser, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import type { IncomeStatement } from './ledger.api';
import { fakeTrialBalance } from './ledger-fixtures';

// ECharts draws into real layout; jsdom has none. The chart gets its series; the table is what is checked.
vi.mock('./IncomeChart', () => ({
  default: ({ categories }: { categories: string[] }) => (
    <div data-testid="income-chart">{categories.join(',')}</div>
  ),
}));

const line = (key: string, nameZh: string, amount: number) => ({ key, nameZh, nameEn: key, amount });
const amounts = (revenue: number) => ({
  lines: [line('revenue', '一、营业收入', revenue), line('cost', '减：营业成本', 30_000)],
  operatingProfit: revenue - 30_000,
  totalProfit: revenue - 30_000,
  netProfit: revenue - 30_000,
});
const incomeStatement: IncomeStatement = {
  period: '2026-11',
  current: amounts(100_000),
  yearToDate: amounts(500_000),
};

const requested = (fetchMock: ReturnType<typeof signIn>, path: string) =>
  fetchMock.mock.calls
    .map(([request]) => new URL((request as Request).url))
    .filter((url) => url.pathname === path);

describe('LedgerReportsPage', () => {
  it('shows the trial balance of the URL’s month with equal debit and credit totals', async () => {
    const fetchMock = signIn(fakeUser({ permissions: ['ledger:read'] }), {
      'GET /api/v1/ledger-reports/trial-balance': fakeTrialBalance(),
    });
    renderApp('/finance/reports?period=2026-11');
    const debit = await screen.findByTestId('trial-balance-total-debit', {}, { timeout: 25_000 });
    expect(debit.textContent).toBe('¥1,200.50');
    expect(screen.getByTestId('trial-balance-total-credit').textContent).toBe('¥1,200.50');
    expect(screen.getByTestId('trial-balance-status').textContent).toBe('借贷平衡');
    expect(screen.getByText('管理费用-办公费')).toBeTruthy();
    expect(requested(fetchMock, '/api/v1/ledger-reports/trial-balance')[0]!.searchParams.get('period')).toBe(
      '2026-11',
    );
  }, 60_000);

  it('switches to the income statement, keeping the report in the URL', async () => {
    signIn(fakeUser({ permissions: ['ledger:read'] }), {
      'GET /api/v1/ledger-reports/trial-balance': fakeTrialBalance(),
      'GET /api/v1/ledger-reports/income-statement': incomeStatement,
    });
    const { router } = renderApp('/finance/reports?period=2026-11');
    fireEvent.click(await screen.findByRole('tab', { name: '利润表' }, { timeout: 25_000 }));
    await waitFor(() => expect(router.state.location.search).toContain('report=income-statement'));
    const table = await screen.findByTestId('income-statement-table');
    const revenue = screen.getByText('一、营业收入').closest('tr')!;
    expect(revenue.textContent).toContain('¥1,000.00');
    expect(revenue.textContent).toContain('¥5,000.00');
    expect(table.textContent).toContain('净利润');
    expect((await screen.findByTestId('income-chart')).textContent).toContain('一、营业收入');
  }, 60_000);
});
