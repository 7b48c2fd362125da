import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeUser, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { page } from '../orders/order-fixtures';
import {
  fakeTarget,
  FINANCE_PERMISSIONS,
  SALES_MANAGER_PERMISSIONS,
  TARGET_ID,
  TERRITORIES,
} from './sales-target-fixtures';

// ECharts draws into real layout; jsdom has none. The chart gets its points; the figures are what is checked.
vi.mock('./AttainmentChart', () => ({
  default: ({ points }: { points: Array<{ name: string; percent: number | null }> }) => (
    <div data-testid="attainment-chart">{points.map((p) => `${p.name}:${p.percent}`).join(',')}</div>
  ),
}));

const salesManager = fakeUser({ permissions: SALES_MANAGER_PERMISSIONS });
const finance = fakeUser({ permissions: FINANCE_PERMISSIONS });

function stubTargets(user = salesManager, routes = {}) {
  return signIn(user, {
    'GET /api/v1/sales-targets': page(fakeTarget()),
    [`GET /api/v1/sales-targets/${TARGET_ID}`]: fakeTarget(),
    'GET /api/v1/sales-territories': { data: TERRITORIES },
    ...routes,
  });
}

const rowOf = (table: HTMLElement, name: string) =>
  within(table).getByText(name).closest('tr') as HTMLElement;

describe('SalesTargetsPage', () => {
  it('shows the period’s tree with the difference in red where the children do not add up', async () => {
    const fetchMock = stubTargets(finance);
    renderApp('/sales/targets?period=2026-Q4');
    const table = await screen.findByTestId('target-tree', {}, { timeout: 12_000 });
    await waitFor(() => expect(within(table).getByText('李销售')).toBeTruthy());
    const province = within(rowOf(table, '广东省')).getByTestId('target-difference');
    expect(province.dataset['balanced']).toBe('false');
    expect(province.textContent).toBe('待分配 ¥500,000.00');
    expect(within(rowOf(table, '珠三角区域')).getByTestId('target-difference').dataset['balanced']).toBe(
      'true',
    );
    // A region with nothing passed down yet has all of it still to allocate.
    expect(within(rowOf(table, '粤东区域')).getByTestId('target-difference').textContent).toBe(
      '待分配 ¥1,000,000.00',
    );
    expect(rowOf(table, '广东省').textContent).toContain('¥3,000,000.00');
    expect(rowOf(table, '广东省').textContent).toContain('¥2,500,000.00');
    expect(within(table).getAllByTestId('attainment-bar')).toHaveLength(4);
    expect(within(rowOf(table, '珠三角区域')).getByLabelText('达成率 110%')).toBeTruthy();
    expect((await screen.findByTestId('attainment-chart')).textContent).toBe(
      '广东省:80,珠三角区域:110,广州市:110,粤东区域:75',
    );
    // Finance reads; only the sales line sets and allocates.
    expect(within(table).queryByRole('button', { name: /分\s*配/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /下达省级目标/ })).toBeNull();
    const listed = fetchMock.mock.calls
      .map(([request]) => new URL((request as Request).url))
      .find((url) => url.pathname === '/api/v1/sales-targets')!;
    expect(listed.searchParams.get('period')).toBe('2026-Q4');
  }, 60_000);

  it('says so when the period has no targets in one’s territory', async () => {
    stubTargets(salesManager, { 'GET /api/v1/sales-targets': page() });
    renderApp('/sales/targets?period=2027');
    expect(await screen.findByText('本期间还没有您辖区内的销售目标', {}, { timeout: 12_000 })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /下达省级目标/ }).length).toBeGreaterThan(0);
  }, 60_000);
});
