import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { EMPLOYEE_ID, fakeEmployee, HR_PERMISSIONS, page, UNIT_ID } from '../shared/hr-time-fixtures';
import type { PersonnelAction } from './personnel-actions.api';

const hr = fakeUser({ permissions: HR_PERMISSIONS });
const ACTION_ID = '0190a0b0-0000-7000-8000-0000000000a9';

const action = (overrides: Partial<PersonnelAction> = {}): PersonnelAction => ({
  id: ACTION_ID,
  number: 'PA-20251120-0001',
  employeeId: EMPLOYEE_ID,
  orgUnitId: UNIT_ID,
  type: 'raise',
  effectiveOn: '2026-01-01',
  changes: { salary: 950000 },
  reason: '年度调薪',
  status: 'pending_approval',
  approvalRequestId: null,
  appliedAt: null,
  currency: 'CNY',
  version: 1,
  createdAt: '2025-11-20T02:00:00.000Z',
  ...overrides,
});

function stubActions(routes = {}) {
  return signIn(hr, {
    'GET /api/v1/personnel-actions': page([action()]),
    'GET /api/v1/employees': page([fakeEmployee()]),
    [`GET /api/v1/employees/${EMPLOYEE_ID}`]: fakeEmployee(),
    [`GET /api/v1/personnel-actions/${ACTION_ID}`]: action(),
    [`GET /api/v1/personnel-actions/${ACTION_ID}/history`]: [
      {
        id: '0190a0b0-0000-7000-8000-0000000000e1',
        subjectType: 'personnel_action',
        subjectId: ACTION_ID,
        action: 'proposed',
        actorKind: 'user',
        actorLabel: '人事专员',
        occurredAt: '2025-11-20T02:00:00.000Z',
      },
    ],
    ...routes,
  });
}

const listRequests = (fetchMock: ReturnType<typeof stubActions>) =>
  fetchMock.mock.calls
    .map(([request]) => new URL((request as Request).url))
    .filter((url) => url.pathname === '/api/v1/personnel-actions');

describe('Personnel actions', () => {
  it('lists actions and keeps the type filter in the URL', async () => {
    const fetchMock = stubActions();
    const { router } = renderApp('/hr/personnel-actions?type=raise');
    const table = await screen.findByTestId('personnel-actions-table', undefined, { timeout: 12_000 });
    const row = (await within(table).findByText('PA-20251120-0001')).closest('tr')!;
    expect(row.textContent).toContain('调薪');
    expect(row.textContent).toContain('2026-01-01');
    expect(row.textContent).toContain('审批中');
    expect(listRequests(fetchMock)[0]!.searchParams.get('type')).toBe('raise');
    expect(router.state.location.search).toContain('type=raise');
  }, 30_000);

  it('sends the unit and effective-date window from the URL', async () => {
    const fetchMock = stubActions();
    renderApp(`/hr/personnel-actions?unit=${UNIT_ID}&from=2026-01-01&to=2026-01-31`);
    await screen.findByTestId('personnel-actions-table', undefined, { timeout: 12_000 });
    await waitFor(() => expect(listRequests(fetchMock).length).toBeGreaterThan(0));
    const query = listRequests(fetchMock)[0]!.searchParams;
    expect(query.get('orgUnitId')).toBe(UNIT_ID);
    expect(query.get('effectiveFrom')).toBe('2026-01-01');
    expect(query.get('effectiveTo')).toBe('2026-01-31');
  }, 30_000);

  it('proposes a raise with the salary in fen', async () => {
    let sent: Record<string, unknown> | undefined;
    stubActions({
      'POST /api/v1/personnel-actions': async (request: Request) => {
        sent = (await request.json()) as Record<string, unknown>;
        return json(201, action());
      },
    });
    const { router } = renderApp('/hr/personnel-actions');
    fireEvent.click(await screen.findByRole('button', { name: /发起异动/ }, { timeout: 12_000 }));
    const dialog = await screen.findByRole('dialog');
    // The type select: choose 调薪 (raise); the form then asks for the new salary only.
    fireEvent.mouseDown(within(dialog).getByLabelText('异动类型'));
    fireEvent.click(await screen.findByTitle('调薪'));
    // antd's Form.useWatch hears of a change in a later macrotask, so the fields follow the type a moment later.
    await waitFor(() => expect(within(dialog).queryByLabelText('职级')).toBeNull());
    fireEvent.mouseDown(within(dialog).getByLabelText('员工'));
    fireEvent.click(await screen.findByTitle('王小明（E00042）'));
    const date = within(dialog).getByLabelText('生效日期');
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: '2026-01-01' } });
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    fireEvent.change(within(dialog).getByLabelText('新月薪'), { target: { value: '9500' } });
    fireEvent.change(within(dialog).getByLabelText('事由'), { target: { value: '年度调薪' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '提交审批' }));
    await waitFor(() =>
      expect(sent).toEqual({
        employeeId: EMPLOYEE_ID,
        type: 'raise',
        effectiveOn: '2026-01-01',
        reason: '年度调薪',
        salary: 950000,
      }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe(`/hr/personnel-actions/${ACTION_ID}`));
  }, 30_000);

  it('shows an action with its change, approval state and history', async () => {
    stubActions();
    renderApp(`/hr/personnel-actions/${ACTION_ID}`);
    const detail = await screen.findByTestId('personnel-action', undefined, { timeout: 12_000 });
    expect(detail.textContent).toContain('2026-01-01');
    expect(detail.textContent).toContain('9,500.00');
    expect(detail.textContent).toContain('审批中');
    expect(await screen.findByText(/proposed · 人事专员/)).toBeTruthy();
    expect(screen.getByRole('button', { name: /撤\s*销/ })).toBeTruthy();
  }, 30_000);
});
