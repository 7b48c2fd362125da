import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { downloadFile } from '../../shared/transfer/authorized-transfer';
import { fakeDashboard } from './dashboard-fixtures';
import { fakeFinanceDashboard, fakeHrDashboard, SALES_UNIT } from './department-fixtures';

vi.mock('../../shared/transfer/authorized-transfer', () => ({ downloadFile: vi.fn() }));

// ECharts needs real layout; the stand-ins show the data and pick the first category like a click would.
vi.mock('./DepartmentChart', () => ({
  default: ({
    categories,
    series,
    onPick,
  }: {
    categories: string[];
    series: Array<{ name: string; values: number[] }>;
    onPick(i: number): void;
  }) => (
    <button data-testid="department-chart" onClick={() => onPick(0)}>
      {categories.join(',')}|{series.map((s) => `${s.name}:${s.values.join('/')}`).join(';')}
    </button>
  ),
}));
vi.mock('./TerritorySalesChart', () => ({ default: () => <div /> }));
vi.mock('./OrderFunnelChart', () => ({ default: () => <div /> }));

const GM_AND_HR = fakeUser({
  displayName: '王总',
  roles: [{ role: 'general-manager', orgUnitId: null }],
  permissions: ['dashboards:general-manager', 'dashboards:hr', 'dashboards:finance'],
});
const HR_ONLY = fakeUser({
  displayName: '人事小李',
  roles: [{ role: 'hr', orgUnitId: null }],
  permissions: ['dashboards:hr'],
});
const ROUTES = {
  'GET /api/v1/dashboards/general-manager': fakeDashboard(),
  'GET /api/v1/dashboards/hr': fakeHrDashboard(),
  'GET /api/v1/dashboards/finance': fakeFinanceDashboard(),
};

describe('dashboard tabs', () => {
  it('puts the general manager’s first and keeps the chosen tab in the URL', async () => {
    signIn(GM_AND_HR, ROUTES);
    const { router } = renderApp('/');
    const tabs = await screen.findAllByRole('tab', undefined, { timeout: 12_000 });
    expect(tabs.map((tab) => tab.textContent)).toEqual(['总经理看板', '人事看板', '财务看板']);
    expect(await screen.findByTestId('figure-salesThisMonth')).toBeTruthy();
    fireEvent.click(screen.getByRole('tab', { name: '人事看板' }));
    await waitFor(() => expect(router.state.location.search).toBe('?tab=hr'));
    expect((await screen.findByTestId('figure-headcount')).textContent).toContain('46');
    expect(screen.queryByTestId('figure-salesThisMonth')).toBeNull();
  }, 30_000);

  it('opens the tab the URL names, and only asks for that dashboard', async () => {
    const fetchMock = signIn(GM_AND_HR, ROUTES);
    renderApp('/?tab=finance');
    const cash = await screen.findByTestId('figure-cash', undefined, { timeout: 12_000 });
    expect(cash.textContent).toContain('¥500,000.00');
    // An empty chart's illustration follows the figures, like the charts themselves.
    expect((await screen.findAllByText('暂无数据')).length).toBeGreaterThan(0);
    const asked = fetchMock.mock.calls.map(([request]) => new URL((request as Request).url).pathname);
    expect(asked).toContain('/api/v1/dashboards/finance');
    expect(asked).not.toContain('/api/v1/dashboards/general-manager');
  }, 30_000);

  it('shows a department’s own dashboard without tabs, and not the general manager’s', async () => {
    const fetchMock = signIn(HR_ONLY, ROUTES);
    renderApp('/?tab=general-manager');
    expect(await screen.findByTestId('figure-headcount', undefined, { timeout: 12_000 })).toBeTruthy();
    expect(screen.queryAllByRole('tab')).toHaveLength(0);
    expect(
      fetchMock.mock.calls.some(([request]) => String((request as Request).url).includes('general-manager')),
    ).toBe(false);
  }, 30_000);
});

describe('a department dashboard (HR)', () => {
  it('links every figure to its list and notes what it is measured against', async () => {
    signIn(HR_ONLY, ROUTES);
    renderApp('/');
    const headcount = await screen.findByTestId('figure-headcount', undefined, { timeout: 12_000 });
    expect(headcount.textContent).toContain('目标 50');
    expect(headcount.getAttribute('href')).toBe('/hr/employees');
    const hiring = screen.getByTestId('figure-openHiringRequests');
    expect(hiring.textContent).toContain('尚缺 5 人');
    expect(hiring.getAttribute('href')).toBe('/hr/recruitment');
  }, 30_000);

  it('draws in-post beside plan per unit and drills from a bar into that unit’s employees', async () => {
    signIn(HR_ONLY, ROUTES);
    const { router } = renderApp('/');
    const chart = await screen.findByTestId('department-chart', undefined, { timeout: 12_000 });
    expect(chart.textContent).toBe('销售部,财务部|各部门在岗:30/16;编制:32/18');
    fireEvent.click(chart);
    await waitFor(() => expect(router.state.location.pathname).toBe('/hr/employees'));
    expect(router.state.location.search).toBe(`?unitId=${SALES_UNIT}`);
  }, 30_000);

  it('exports the department’s figures for the day shown', async () => {
    vi.mocked(downloadFile).mockResolvedValue('hr-2026-11-28.csv');
    signIn(HR_ONLY, ROUTES);
    renderApp('/');
    fireEvent.click(await screen.findByRole('button', { name: /导出 CSV/ }, { timeout: 12_000 }));
    await screen.findByText('已下载 hr-2026-11-28.csv');
    expect(downloadFile).toHaveBeenCalledWith(
      '/api/v1/dashboards/hr/export?format=csv&date=2026-11-28',
      'hr-2026-11-28.csv',
    );
  }, 30_000);

  it('says so when the figures cannot be loaded', async () => {
    signIn(HR_ONLY, {
      'GET /api/v1/dashboards/hr': json(500, problem(500, 'INTERNAL_ERROR', '服务暂不可用')),
    });
    renderApp('/');
    expect(await screen.findByText(/服务暂不可用|出错|错误/, undefined, { timeout: 12_000 })).toBeTruthy();
  }, 30_000);
});
