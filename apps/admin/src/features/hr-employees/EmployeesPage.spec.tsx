import { screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import {
  EMPLOYEE_ID,
  fakeEmployee,
  fakeEmployeeSummary,
  fakeOrgChart,
  HR_PERMISSIONS,
  MANAGER_PERMISSIONS,
  page,
  SALES_ID,
} from './hr-fixtures';

const hr = fakeUser({ permissions: HR_PERMISSIONS });
const manager = fakeUser({ permissions: MANAGER_PERMISSIONS });

const requested = (fetchMock: ReturnType<typeof signIn>, path: string) =>
  fetchMock.mock.calls
    .map(([request]) => new URL((request as Request).url))
    .filter((url) => url.pathname === path);

describe('EmployeesPage', () => {
  it('lists employees with unit and status, filtered by what the URL holds', async () => {
    const fetchMock = signIn(hr, {
      'GET /api/v1/employees': page(fakeEmployeeSummary()),
      'GET /api/v1/org-chart': fakeOrgChart(),
      'GET /api/v1/positions': page(),
    });
    renderApp(`/hr/employees?status=probation&unitId=${SALES_ID}&q=王`);
    const link = await screen.findByRole('link', { name: 'E00042' }, { timeout: 30_000 });
    const row = link.closest('tr')!;
    expect(row.textContent).toContain('王伟');
    expect(row.textContent).toContain('试用期');
    await waitFor(() => expect(row.textContent).toContain('销售部'));
    const first = requested(fetchMock, '/api/v1/employees')[0]!;
    expect(first.searchParams.get('status')).toBe('probation');
    expect(first.searchParams.get('orgUnitId')).toBe(SALES_ID);
    expect(first.searchParams.get('q')).toBe('王');
  }, 60_000);

  it('says when nothing matches, and shows a failed load with the reason', async () => {
    signIn(hr, {
      'GET /api/v1/employees': json(503, problem(503, 'SERVICE_UNAVAILABLE', 'Database is down')),
      'GET /api/v1/org-chart': fakeOrgChart(),
    });
    renderApp('/hr/employees');
    expect(await screen.findByText('Database is down', undefined, { timeout: 30_000 })).toBeTruthy();
  }, 60_000);
});

describe('EmployeePage', () => {
  it('shows the masked ID number and bank account as the API sent them, and says they are masked', async () => {
    signIn(manager, {
      [`GET /api/v1/employees/${EMPLOYEE_ID}`]: fakeEmployee(),
      'GET /api/v1/org-chart': fakeOrgChart(),
    });
    renderApp(`/hr/employees/${EMPLOYEE_ID}`);
    expect(await screen.findByText('4401**********1234', undefined, { timeout: 30_000 })).toBeTruthy();
    expect(screen.getByText('6225 **** **** 1234')).toBeTruthy();
    expect(screen.getByText(/此处为脱敏信息/)).toBeTruthy();
    expect(screen.getByText('无权查看')).toBeTruthy();
    // A manager has no labour-contracts:read: the tab is not offered.
    expect(screen.queryByRole('tab', { name: '劳动合同' })).toBeNull();
  }, 60_000);

  it('lists the documents with their level and lets HR upload; shows contracts with their expiry', async () => {
    signIn(hr, {
      [`GET /api/v1/employees/${EMPLOYEE_ID}`]: fakeEmployee({ piiMasked: false, salary: 650000 }),
      'GET /api/v1/org-chart': fakeOrgChart(),
      [`GET /api/v1/employees/${EMPLOYEE_ID}/documents`]: [
        {
          id: '0190a0b0-0000-7000-8000-0000000d0c01',
          employeeId: EMPLOYEE_ID,
          kind: 'diploma',
          title: '学位证书',
          confidentiality: 'confidential',
          fileName: 'diploma.pdf',
          contentType: 'application/pdf',
          size: 1024,
          version: 1,
          createdAt: '2026-11-01T00:00:00.000Z',
        },
      ],
      'GET /api/v1/labour-contracts': page({
        id: '0190a0b0-0000-7000-8000-0000000c0c01',
        number: 'LC-20261101-0001',
        employeeId: EMPLOYEE_ID,
        type: 'fixed_term',
        startsOn: '2024-01-01',
        endsOn: '2026-12-31',
        probationMonths: 3,
        status: 'active',
        note: null,
        renewedFromId: null,
        terminatedOn: null,
        terminationReason: null,
        daysLeft: 33,
        version: 1,
        createdAt: '2024-01-01T00:00:00.000Z',
      }),
    });
    renderApp(`/hr/employees/${EMPLOYEE_ID}?tab=documents`);
    expect(await screen.findByText('学位证书', undefined, { timeout: 30_000 })).toBeTruthy();
    expect(screen.getByText('机密')).toBeTruthy();
    expect(screen.getByRole('button', { name: /上传资料/ })).toBeTruthy();
    expect(screen.getByRole('button', { name: '下载 学位证书' })).toBeTruthy();
    screen.getByRole('tab', { name: '劳动合同' }).click();
    expect(await screen.findByText('33 天后到期')).toBeTruthy();
    expect(screen.getByText('固定期限')).toBeTruthy();
  }, 60_000);
});
