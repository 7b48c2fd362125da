import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import {
  CITY_MANAGER_PERMISSIONS,
  fakePreview,
  fakeReport,
  GUANGZHOU_ID,
  guangzhouTerritory,
  PRD_ID,
  prdTerritory,
  REPORT_ID,
  SHENZHEN_ID,
  shenzhenTerritory,
} from './report-fixtures';
import { beijingMonth } from './reports.api';

const cityManager = fakeUser({ permissions: CITY_MANAGER_PERMISSIONS });

function stubSubmit(routes = {}, territories = [guangzhouTerritory]) {
  return signIn(cityManager, {
    'GET /api/v1/sales-territories': { data: territories },
    'GET /api/v1/operating-reports/preview': fakePreview(),
    ...routes,
  });
}

const commentary = () => screen.getByLabelText('经理说明');
const sendButton = () => screen.getByRole('button', { name: /上\s*报$/ });

describe('SubmitReportPage', () => {
  it('previews one’s own city for this month, then submits the commentary', async () => {
    let posted: unknown;
    const fetchMock = stubSubmit({
      'POST /api/v1/operating-reports': async (request: Request) => {
        posted = await request.json();
        return json(201, fakeReport());
      },
      [`GET /api/v1/operating-reports/${REPORT_ID}`]: fakeReport(),
    });
    renderApp('/sales/reports/new');
    // The first test pays for loading the lazy page.
    const figures = await screen.findByTestId('preview-figures', {}, { timeout: 30_000 });
    expect(figures.textContent).toContain('¥20,000.00');
    expect(figures.textContent).toContain('12');
    const previewed = fetchMock.mock.calls
      .map(([request]) => new URL((request as Request).url))
      .find((url) => url.pathname === '/api/v1/operating-reports/preview')!;
    expect(previewed.searchParams.get('orgUnitId')).toBe(GUANGZHOU_ID);
    expect(previewed.searchParams.get('period')).toBe(beijingMonth());
    // The only unit offered is one's own city.
    fireEvent.mouseDown(screen.getByRole('combobox', { name: '上报单位' }));
    expect((await screen.findAllByTitle('广州市（城市）')).length).toBeGreaterThan(0);
    expect(screen.queryByTitle('深圳市（城市）')).toBeNull();

    fireEvent.change(commentary(), { target: { value: '  本月配送时效改善  ' } });
    fireEvent.click(sendButton());
    await waitFor(() =>
      expect(posted).toEqual({
        orgUnitId: GUANGZHOU_ID,
        period: beijingMonth(),
        commentary: '本月配送时效改善',
      }),
    );
    // On to the submitted report.
    expect(await screen.findByTestId('report-figures', {}, { timeout: 12_000 })).toBeTruthy();
  }, 60_000);

  it('shows the API’s field problem under the field', async () => {
    stubSubmit({
      'POST /api/v1/operating-reports': json(409, {
        type: 'x',
        title: 'Conflict',
        status: 409,
        code: 'OPERATING_REPORT_EXISTS',
        detail: 'The report for 2026-11 has already been submitted.',
        errors: [{ field: 'commentary', message: 'too similar to last month' }],
      }),
    });
    renderApp('/sales/reports/new');
    await screen.findByTestId('preview-figures', {}, { timeout: 12_000 });
    fireEvent.change(commentary(), { target: { value: '同上月' } });
    fireEvent.click(sendButton());
    const field = commentary().closest('.ant-form-item') as HTMLElement;
    await waitFor(() => expect(field.className).toContain('has-error'));
  }, 60_000);

  it('shows a region’s cities and says plainly which have not reported', async () => {
    stubSubmit(
      {
        'GET /api/v1/operating-reports/preview': fakePreview({
          level: 'region',
          orgUnitId: PRD_ID,
          sourceReportIds: [REPORT_ID],
          cities: [
            { orgUnitId: GUANGZHOU_ID, name: '广州市', reportId: REPORT_ID },
            { orgUnitId: SHENZHEN_ID, name: '深圳市', reportId: null },
          ],
        }),
      },
      [prdTerritory, guangzhouTerritory, shenzhenTerritory],
    );
    renderApp('/sales/reports/new');
    fireEvent.mouseDown(await screen.findByRole('combobox', { name: '上报单位' }, { timeout: 12_000 }));
    fireEvent.click(await screen.findByTitle('珠三角区域（区域）'));
    const cities = await screen.findByTestId('region-cities');
    expect(within(cities).getByText('未上报')).toBeTruthy();
    expect(within(cities).getByText('已上报')).toBeTruthy();
    expect(cities.textContent).toContain('1 个城市尚未上报');
  }, 60_000);
});
