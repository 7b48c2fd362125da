import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { downloadFile } from '../../shared/transfer/authorized-transfer';
import { fakeDashboard, PRD } from './dashboard-fixtures';

vi.mock('../../shared/transfer/authorized-transfer', () => ({ downloadFile: vi.fn() }));

// ECharts draws into real layout; jsdom has none. The stand-ins show the data and pick like a click would.
vi.mock('./TerritorySalesChart', () => ({
  default: ({ categories, onPick }: { categories: string[]; onPick(i: number): void }) => (
    <button data-testid="territory-chart" onClick={() => onPick(1)}>
      {categories.join(',')}
    </button>
  ),
}));
vi.mock('./OrderFunnelChart', () => ({
  default: ({
    stages,
    onPick,
  }: {
    stages: Array<{ name: string; value: number }>;
    onPick(i: number): void;
  }) => (
    <button data-testid="funnel-chart" onClick={() => onPick(4)}>
      {stages.map((s) => `${s.name}:${s.value}`).join(',')}
    </button>
  ),
}));

const GM = fakeUser({
  displayName: '王总',
  roles: [{ role: 'general-manager', orgUnitId: null }],
  permissions: ['dashboards:general-manager'],
});

describe('DashboardPage', () => {
  it('shows the general manager each figure, every one a link to the list behind it', async () => {
    signIn(GM, { 'GET /api/v1/dashboards/general-manager': fakeDashboard() });
    renderApp('/');
    const month = await screen.findByTestId('figure-salesThisMonth', undefined, { timeout: 12_000 });
    expect(month.textContent).toContain('¥987,654.00');
    expect(month.textContent).toContain('120 笔订单');
    expect(month.getAttribute('href')).toBe('/orders/sales-orders?from=2026-11-01&to=2026-11-30');
    expect(screen.getByTestId('figure-codOutstanding').getAttribute('href')).toBe(
      '/finance/cod-remittances?status=awaiting_cash',
    );
    expect(screen.getByTestId('figure-payablesDue').textContent).toContain('2026-12-05');
    expect(screen.getByTestId('figure-slaBreaches').getAttribute('href')).toBe(
      '/support/tickets?breached=true',
    );
    expect(screen.getByTestId('figure-headcount').textContent).toContain('46 / 50');
    expect(screen.getByTestId('figure-cash').textContent).toContain('¥500,000.00');
    expect((await screen.findByTestId('funnel-chart')).textContent).toContain('退货:4');
    expect((await screen.findByTestId('territory-chart')).textContent).toBe('广东省,珠三角大区');
  }, 30_000);

  it('drills from a bar of the territory chart into that territory’s orders', async () => {
    signIn(GM, { 'GET /api/v1/dashboards/general-manager': fakeDashboard() });
    const { router } = renderApp('/');
    fireEvent.click(await screen.findByTestId('territory-chart', undefined, { timeout: 12_000 }));
    await waitFor(() => expect(router.state.location.pathname).toBe('/orders/sales-orders'));
    expect(router.state.location.search).toBe(`?regionId=${PRD}&from=2026-11-01&to=2026-11-30`);
  }, 30_000);

  it('asks for the day chosen and exports that day', async () => {
    vi.mocked(downloadFile).mockResolvedValue('general-manager-2026-11-28.xlsx');
    const fetchMock = signIn(GM, { 'GET /api/v1/dashboards/general-manager': fakeDashboard() });
    renderApp('/?date=2026-11-28');
    fireEvent.click(await screen.findByRole('button', { name: /导出 Excel/ }, { timeout: 12_000 }));
    await screen.findByText('已下载 general-manager-2026-11-28.xlsx');
    expect(downloadFile).toHaveBeenCalledWith(
      '/api/v1/dashboards/general-manager/export?format=xlsx&date=2026-11-28',
      'general-manager-2026-11-28.xlsx',
    );
    const asked = fetchMock.mock.calls
      .map(([request]) => new URL((request as Request).url))
      .find((url) => url.pathname === '/api/v1/dashboards/general-manager')!;
    expect(asked.searchParams.get('date')).toBe('2026-11-28');
  }, 30_000);

  it('says so when the figures cannot be loaded', async () => {
    signIn(GM, {
      'GET /api/v1/dashboards/general-manager': json(500, problem(500, 'INTERNAL_ERROR', '服务暂不可用')),
    });
    renderApp('/');
    expect(await screen.findByText(/服务暂不可用|出错|错误/, undefined, { timeout: 12_000 })).toBeTruthy();
  }, 30_000);

  it('keeps the greeting for everyone without the permission', async () => {
    const fetchMock = signIn(fakeUser({ displayName: '李四', permissions: [] }));
    renderApp('/');
    expect(
      await screen.findByText('李四，欢迎使用掌柜管理后台。', undefined, { timeout: 12_000 }),
    ).toBeTruthy();
    expect(screen.queryByTestId('figure-salesToday')).toBeNull();
    expect(
      fetchMock.mock.calls.some(([request]) => String((request as Request).url).includes('/dashboards/')),
    ).toBe(false);
  }, 30_000);
});
