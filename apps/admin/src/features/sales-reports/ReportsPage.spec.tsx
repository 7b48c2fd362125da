import { screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { page } from '../orders/order-fixtures';
import {
  CITY_MANAGER_PERMISSIONS,
  fakeReport,
  GUANGZHOU_ID,
  guangzhouTerritory,
  prdTerritory,
} from './report-fixtures';

const cityManager = fakeUser({ permissions: CITY_MANAGER_PERMISSIONS });
const reader = fakeUser({ permissions: ['operating-reports:read', 'sales-territories:read'] });

function stubReports(user = cityManager, routes = {}) {
  return signIn(user, {
    'GET /api/v1/operating-reports': page(fakeReport()),
    'GET /api/v1/sales-territories': { data: [prdTerritory, guangzhouTerritory] },
    ...routes,
  });
}

describe('ReportsPage', () => {
  it('lists reports with their unit and figures, filtered by month, level and unit from the URL', async () => {
    const fetchMock = stubReports(reader);
    renderApp(`/sales/reports?period=2026-11&level=city&unit=${GUANGZHOU_ID}`);
    const table = await screen.findByTestId('operating-reports-table', {}, { timeout: 12_000 });
    await waitFor(() => expect(within(table).getByText('OR-20261128-0001')).toBeTruthy());
    expect(table.textContent).toContain('广州市');
    expect(table.textContent).toContain('¥20,000.00');
    expect(table.textContent).toContain('¥3,500.00');
    const listed = fetchMock.mock.calls
      .map(([request]) => new URL((request as Request).url))
      .find((url) => url.pathname === '/api/v1/operating-reports')!;
    expect(listed.searchParams.get('period')).toBe('2026-11');
    expect(listed.searchParams.get('level')).toBe('city');
    expect(listed.searchParams.get('orgUnitId')).toBe(GUANGZHOU_ID);
    // Reading is not reporting: no submit button.
    expect(screen.queryByRole('button', { name: /上报本月运营情况/ })).toBeNull();
  }, 30_000);

  it('shows an empty state that offers a manager to report', async () => {
    stubReports(cityManager, { 'GET /api/v1/operating-reports': page() });
    renderApp('/sales/reports');
    expect(await screen.findByText('还没有上报的运营情况', {}, { timeout: 12_000 })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /上报本月运营情况/ }).length).toBeGreaterThan(0);
  }, 30_000);

  it('says when the filters match nothing and offers to clear them', async () => {
    stubReports(reader, { 'GET /api/v1/operating-reports': page() });
    renderApp('/sales/reports?level=region');
    expect(await screen.findByText('没有符合条件的报告', {}, { timeout: 12_000 })).toBeTruthy();
  }, 30_000);
});
