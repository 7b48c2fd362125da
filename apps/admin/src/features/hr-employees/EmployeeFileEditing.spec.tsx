import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import {
  EMPLOYEE_ID,
  fakeEmployee,
  fakeOrgChart,
  HR_PERMISSIONS,
  MANAGER_PERMISSIONS,
  page,
  REP_POSITION_ID,
} from './hr-fixtures';

const hr = fakeUser({ permissions: [...HR_PERMISSIONS, 'labour-contracts:write'] });
const file = `GET /api/v1/employees/${EMPLOYEE_ID}`;
const CONCURRENT_ID = '0190a0b0-0000-7000-8000-00000000f002';

/** Types a date into an antd DatePicker the way a keyboard user does. */
function typeDate(input: HTMLElement, value: string) {
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value } });
  fireEvent.keyDown(input, { key: 'Enter', code: 'Enter', keyCode: 13 });
}

describe('EmployeePage editing', () => {
  it('saves changed personal data with If-Match, sending a typed bank account but never the masked ID', async () => {
    let sent: { body: Record<string, unknown>; ifMatch: string | null } | undefined;
    signIn(hr, {
      [file]: fakeEmployee(),
      'GET /api/v1/org-chart': fakeOrgChart(),
      [`PATCH /api/v1/employees/${EMPLOYEE_ID}`]: async (request: Request) => {
        sent = {
          body: (await request.json()) as Record<string, unknown>,
          ifMatch: request.headers.get('If-Match'),
        };
        return json(200, fakeEmployee({ phone: '13900139000', version: 2 }));
      },
    });
    renderApp(`/hr/employees/${EMPLOYEE_ID}`);
    fireEvent.click(await screen.findByRole('button', { name: /编辑个人信息/ }, { timeout: 30_000 }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('手机'), { target: { value: '13900139000' } });
    fireEvent.change(within(dialog).getByLabelText('工资卡号'), { target: { value: '6225880000009999' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await waitFor(() => expect(sent).toBeDefined());
    expect(sent!.ifMatch).toBe('"1"');
    expect(sent!.body).toEqual({ phone: '13900139000', bankAccount: '6225880000009999' });
    expect(await screen.findByText('13900139000')).toBeTruthy();
  }, 60_000);

  it('offers no editing, contracts or concurrent positions to a manager', async () => {
    signIn(fakeUser({ permissions: MANAGER_PERMISSIONS }), {
      [file]: fakeEmployee(),
      'GET /api/v1/org-chart': fakeOrgChart(),
    });
    renderApp(`/hr/employees/${EMPLOYEE_ID}?tab=positions`);
    expect(await screen.findByTestId('held-positions', undefined, { timeout: 30_000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /新增兼职/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /编辑个人信息/ })).toBeNull();
    expect(screen.queryByRole('tab', { name: '劳动合同' })).toBeNull();
  }, 60_000);

  it('records a labour contract when none is active', async () => {
    let sent: unknown;
    signIn(hr, {
      [file]: fakeEmployee({ piiMasked: false }),
      'GET /api/v1/org-chart': fakeOrgChart(),
      'GET /api/v1/labour-contracts': page(),
      'POST /api/v1/labour-contracts': async (request: Request) => {
        sent = await request.json();
        return json(201, { id: 'c1', number: 'LC-20261129-0001' });
      },
    });
    renderApp(`/hr/employees/${EMPLOYEE_ID}?tab=contracts`);
    expect(await screen.findByText('没有劳动合同。', undefined, { timeout: 30_000 })).toBeTruthy();
    fireEvent.click(await screen.findByRole('button', { name: /签订劳动合同/ }));
    const dialog = await screen.findByRole('dialog');
    typeDate(within(dialog).getByLabelText('起始日'), '2026-12-01');
    typeDate(within(dialog).getByLabelText('到期日'), '2029-11-30');
    fireEvent.click(within(dialog).getByRole('button', { name: /签订劳动合同/ }));
    await waitFor(() => expect(sent).toBeDefined());
    expect(sent).toEqual({
      type: 'fixed_term',
      employeeId: EMPLOYEE_ID,
      startsOn: '2026-12-01',
      endsOn: '2029-11-30',
      probationMonths: 0,
    });
  }, 60_000);

  it('renews the active fixed-term contract, its successor starting the day after by default', async () => {
    let sent: unknown;
    const CONTRACT_ID = '0190a0b0-0000-7000-8000-0000000c0c01';
    signIn(hr, {
      [file]: fakeEmployee({ piiMasked: false }),
      'GET /api/v1/org-chart': fakeOrgChart(),
      'GET /api/v1/labour-contracts': page({
        id: CONTRACT_ID,
        number: 'LC-20240101-0001',
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
      [`POST /api/v1/labour-contracts/${CONTRACT_ID}/renewal`]: async (request: Request) => {
        sent = await request.json();
        return json(201, { id: 'c2', number: 'LC-20261129-0002' });
      },
    });
    renderApp(`/hr/employees/${EMPLOYEE_ID}?tab=contracts`);
    fireEvent.click(await screen.findByRole('button', { name: /续\s?签/ }, { timeout: 30_000 }));
    // One contract is active at a time: no second one is offered beside it.
    expect(screen.queryByRole('button', { name: /签订劳动合同/ })).toBeNull();
    const dialog = await screen.findByRole('dialog');
    typeDate(within(dialog).getByLabelText('到期日'), '2029-12-31');
    fireEvent.click(within(dialog).getByRole('button', { name: /续\s?签/ }));
    await waitFor(() => expect(sent).toBeDefined());
    expect(sent).toEqual({ type: 'fixed_term', endsOn: '2029-12-31', probationMonths: 0 });
  }, 60_000);

  it('ends an open-ended contract early with its last day and reason, which it offers no renewal', async () => {
    let sent: unknown;
    const CONTRACT_ID = '0190a0b0-0000-7000-8000-0000000c0c02';
    const contract = {
      id: CONTRACT_ID,
      number: 'LC-20200101-0001',
      employeeId: EMPLOYEE_ID,
      type: 'open_ended',
      startsOn: '2020-01-01',
      endsOn: null,
      probationMonths: 0,
      status: 'active',
      note: null,
      renewedFromId: null,
      terminatedOn: null,
      terminationReason: null,
      daysLeft: null,
      version: 1,
      createdAt: '2020-01-01T00:00:00.000Z',
    };
    signIn(hr, {
      [file]: fakeEmployee({ piiMasked: false }),
      'GET /api/v1/org-chart': fakeOrgChart(),
      'GET /api/v1/labour-contracts': page(contract),
      [`POST /api/v1/labour-contracts/${CONTRACT_ID}/termination`]: async (request: Request) => {
        sent = await request.json();
        return json(200, { ...contract, status: 'terminated', terminatedOn: '2026-12-31' });
      },
    });
    renderApp(`/hr/employees/${EMPLOYEE_ID}?tab=contracts`);
    fireEvent.click(await screen.findByRole('button', { name: /提前解除/ }, { timeout: 30_000 }));
    expect(screen.queryByRole('button', { name: /续\s?签/ })).toBeNull();
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /提前解除/ }));
    expect(await within(dialog).findByText('请填写解除原因')).toBeTruthy();
    expect(sent).toBeUndefined();
    typeDate(within(dialog).getByLabelText('最后有效日'), '2026-12-31');
    fireEvent.change(within(dialog).getByLabelText('解除原因'), { target: { value: '  协商一致解除 ' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /提前解除/ }));
    await waitFor(() => expect(sent).toEqual({ terminatedOn: '2026-12-31', reason: '协商一致解除' }));
  }, 60_000);

  it('ends a concurrent position but offers no end for the primary one', async () => {
    let ended: unknown;
    const withConcurrent = fakeEmployee({
      positions: [
        ...fakeEmployee().positions,
        {
          id: CONCURRENT_ID,
          positionId: REP_POSITION_ID,
          positionCode: 'DEMO-SALES-REP',
          positionTitle: '区域督导',
          orgUnitId: fakeEmployee().orgUnitId,
          isPrimary: false,
          startedOn: '2026-11-10',
          endedOn: null,
        },
      ],
    });
    signIn(hr, {
      [file]: withConcurrent,
      'GET /api/v1/org-chart': fakeOrgChart(),
      [`POST /api/v1/employees/${EMPLOYEE_ID}/positions/${CONCURRENT_ID}/end`]: async (request: Request) => {
        ended = await request.json();
        return json(200, fakeEmployee());
      },
    });
    renderApp(`/hr/employees/${EMPLOYEE_ID}?tab=positions`);
    const table = await screen.findByTestId('held-positions', undefined, { timeout: 30_000 });
    expect(within(table).getAllByRole('button', { name: /结束兼职/ })).toHaveLength(1);
    fireEvent.click(within(table).getByRole('button', { name: /结束兼职/ }));
    fireEvent.click(await screen.findByRole('button', { name: /确\s?定|OK/ }));
    await waitFor(() =>
      expect(ended).toMatchObject({ endedOn: expect.stringMatching(/^\d{4}-\d{2}-\d{2}$/) }),
    );
  }, 60_000);
});
