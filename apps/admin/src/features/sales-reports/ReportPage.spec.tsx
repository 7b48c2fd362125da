import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { page } from '../orders/order-fixtures';
import {
  fakeReport,
  guangzhouTerritory,
  PRD_ID,
  prdTerritory,
  REGION_REPORT_ID,
  REPORT_ID,
  shenzhenTerritory,
} from './report-fixtures';

const reader = fakeUser({ permissions: ['operating-reports:read', 'sales-territories:read'] });
const regionReport = fakeReport({
  id: REGION_REPORT_ID,
  number: 'OR-20261128-0009',
  level: 'region',
  orgUnitId: PRD_ID,
  commentary: '珠三角：整体达成良好',
  sourceReportIds: [REPORT_ID],
  expenses: 90_000,
  expenseBudget: 100_000,
});

function stubReport(routes = {}) {
  return signIn(reader, {
    [`GET /api/v1/operating-reports/${REPORT_ID}`]: fakeReport(),
    [`GET /api/v1/operating-reports/${REGION_REPORT_ID}`]: regionReport,
    'GET /api/v1/operating-reports': page(fakeReport()),
    'GET /api/v1/sales-territories': { data: [prdTerritory, guangzhouTerritory, shenzhenTerritory] },
    ...routes,
  });
}

describe('ReportPage', () => {
  it('shows a city report’s frozen figures, the commentary, and that no budget is kept yet', async () => {
    stubReport();
    renderApp(`/sales/reports/${REPORT_ID}`);
    const figures = await screen.findByTestId('report-figures', {}, { timeout: 12_000 });
    expect(figures.textContent).toContain('¥20,000.00');
    expect(await screen.findByText('广州：配送时效改善')).toBeTruthy();
    expect(screen.getByText(/财务尚未为该区域维护费用预算/)).toBeTruthy();
    expect(screen.queryByTestId('region-cities')).toBeNull();
  }, 30_000);

  it('links a roll-up’s city reports and marks the cities that had not reported', async () => {
    stubReport();
    renderApp(`/sales/reports/${REGION_REPORT_ID}`);
    const cities = await screen.findByTestId('region-cities', {}, { timeout: 12_000 });
    const link = within(cities).getByRole('link', { name: '广州市' });
    expect(link.getAttribute('href')).toBe(`/sales/reports/${REPORT_ID}`);
    expect(within(cities).getByText('深圳市')).toBeTruthy();
    expect(within(cities).getByText('未上报')).toBeTruthy();
    expect(screen.getByTestId('expense-bar').textContent).toContain('90%');
  }, 30_000);

  it('shows a problem when the report is not there', async () => {
    stubReport({
      [`GET /api/v1/operating-reports/${REPORT_ID}`]: json(404, problem(404, 'OPERATING_REPORT_NOT_FOUND')),
    });
    renderApp(`/sales/reports/${REPORT_ID}`);
    expect(
      await screen.findByRole('button', { name: /重\s*试|重新加载|Retry/ }, { timeout: 12_000 }),
    ).toBeTruthy();
  }, 30_000);
});
