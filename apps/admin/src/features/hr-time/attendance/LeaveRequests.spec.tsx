import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { EMPLOYEE_ID, fakeEmployee, HR_PERMISSIONS, page, UNIT_ID } from '../shared/hr-time-fixtures';
import type { LeaveRequest } from './attendance.api';

const hr = fakeUser({ permissions: HR_PERMISSIONS });

const leave = (overrides: Partial<LeaveRequest> = {}): LeaveRequest => ({
  id: '0190a0b0-0000-7000-8000-0000000000f1',
  number: 'LV-20251009-0001',
  employeeId: EMPLOYEE_ID,
  orgUnitId: UNIT_ID,
  leaveType: 'annual',
  startsOn: '2025-10-13',
  endsOn: '2025-10-14',
  days: 2,
  reason: '回老家',
  status: 'pending_approval',
  statusNote: null,
  approvalRequestId: null,
  version: 1,
  createdAt: '2025-10-09T02:00:00.000Z',
  ...overrides,
});

function stubLeave(routes = {}) {
  return signIn(hr, {
    'GET /api/v1/leave-requests': page([leave()]),
    'GET /api/v1/leave-types': [
      { code: 'annual', name: '年休假', paid: true, usesBalance: true, counts: 'working_days' },
    ],
    'GET /api/v1/employees': page([fakeEmployee()]),
    [`GET /api/v1/employees/${EMPLOYEE_ID}`]: fakeEmployee(),
    'GET /api/v1/leave-balances': page([
      {
        id: '0190a0b0-0000-7000-8000-0000000000b1',
        employeeId: EMPLOYEE_ID,
        leaveType: 'annual',
        year: 2025,
        entitled: 5,
        used: 2,
        remaining: 3,
        version: 1,
      },
    ]),
    ...routes,
  });
}

describe('LeaveRequests', () => {
  it('lists leave with its approval state and links to the approvals inbox', async () => {
    stubLeave();
    renderApp('/hr/attendance?tab=leave');
    const table = await screen.findByTestId('leave-requests-table', undefined, { timeout: 12_000 });
    const row = (await within(table).findByText('LV-20251009-0001')).closest('tr')!;
    expect(row.textContent).toContain('年休假');
    expect(row.textContent).toContain('审批中');
    await waitFor(() => expect(row.textContent).toContain('王小明（E00042）'));
    expect(within(row).getByRole('link', { name: '去审批' })).toBeTruthy();
  }, 30_000);

  it('shows an employee’s balances when filtered to them', async () => {
    stubLeave();
    renderApp(`/hr/attendance?tab=leave&employee=${EMPLOYEE_ID}`);
    const balances = await screen.findByTestId('leave-balances-table', undefined, { timeout: 12_000 });
    const row = (await within(balances).findByText('2025')).closest('tr')!;
    expect(row.textContent).toContain('年休假');
    expect(row.textContent).toContain('3');
  }, 30_000);

  it('withdraws a pending request', async () => {
    let withdrawn = false;
    stubLeave({
      [`POST /api/v1/leave-requests/${leave().id}/cancel`]: () => {
        withdrawn = true;
        return json(200, leave({ status: 'cancelled' }));
      },
    });
    renderApp('/hr/attendance?tab=leave');
    fireEvent.click(await screen.findByRole('button', { name: /撤\s*销/ }, { timeout: 12_000 }));
    await waitFor(() => expect(withdrawn).toBe(true));
    expect(await screen.findByText('请假已撤销')).toBeTruthy();
  }, 30_000);
});
