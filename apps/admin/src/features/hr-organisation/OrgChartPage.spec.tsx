import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import {
  fakeOrgChart,
  HR_PERMISSIONS,
  MANAGER_PERMISSIONS,
  page,
  REP_POSITION_ID,
  SALES_ID,
} from '../hr-employees/hr-fixtures';

const position = {
  id: REP_POSITION_ID,
  code: 'DEMO-SALES-REP',
  title: '销售代表',
  orgUnitId: SALES_ID,
  duties: '开发和维护客户',
  grade: 'P2',
  status: 'active',
  version: 1,
  createdAt: '2026-01-01T00:00:00.000Z',
  updatedAt: '2026-01-01T00:00:00.000Z',
};
const headcount = {
  positionId: REP_POSITION_ID,
  orgUnitId: SALES_ID,
  period: '2026',
  planned: 8,
  filled: 5,
  open: 1,
  available: 2,
  note: null,
};

function stub(permissions = HR_PERMISSIONS, routes = {}) {
  return signIn(fakeUser({ permissions }), {
    'GET /api/v1/org-chart': fakeOrgChart(),
    'GET /api/v1/positions': page(position),
    'GET /api/v1/headcount-plans': [headcount],
    ...routes,
  });
}

describe('OrgChartPage', () => {
  it('shows the unit tree with its plan, and the chosen unit’s positions with planned, filled, hiring, available', async () => {
    stub();
    renderApp(`/hr/org-chart?unitId=${SALES_ID}`);
    expect(await screen.findByText('编制 8 · 在岗 5', undefined, { timeout: 30_000 })).toBeTruthy();
    const table = await screen.findByTestId('unit-positions');
    await waitFor(() => expect(within(table).getByText('DEMO-SALES-REP')).toBeTruthy());
    expect(within(table).getByTestId('available').textContent).toBe('2');
    expect(within(table).getByRole('button', { name: '调整编制' })).toBeTruthy();
  }, 60_000);

  it('sets the plan for the year with PUT, the figure typed', async () => {
    const fetchMock = stub(HR_PERMISSIONS, {
      [`PUT /api/v1/positions/${REP_POSITION_ID}/headcount/2026`]: {
        ...headcount,
        planned: 10,
        available: 4,
      },
    });
    renderApp(`/hr/org-chart?unitId=${SALES_ID}&period=2026`);
    fireEvent.click(await screen.findByRole('button', { name: '调整编制' }, { timeout: 30_000 }));
    const input = await screen.findByLabelText('编制');
    fireEvent.change(input, { target: { value: '10' } });
    fireEvent.click(screen.getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => {
      const put = fetchMock.mock.calls.find(([r]) => (r as Request).method === 'PUT');
      expect(put).toBeTruthy();
    });
    const put = fetchMock.mock.calls.find(([r]) => (r as Request).method === 'PUT')![0] as Request;
    expect(await put.clone().json()).toMatchObject({ planned: 10 });
  }, 60_000);

  it('offers no editing to a manager, who may only read', async () => {
    stub(MANAGER_PERMISSIONS);
    renderApp(`/hr/org-chart?unitId=${SALES_ID}`);
    const table = await screen.findByTestId('unit-positions', undefined, { timeout: 30_000 });
    await waitFor(() => expect(within(table).getByText('DEMO-SALES-REP')).toBeTruthy());
    expect(screen.queryByRole('button', { name: '调整编制' })).toBeNull();
    expect(screen.queryByRole('button', { name: /新建岗位/ })).toBeNull();
  }, 60_000);
});
