import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import {
  EMPLOYEE_ID,
  fakeEmployee,
  HR_PERMISSIONS,
  MANAGER_PERMISSIONS,
  page,
} from '../shared/hr-time-fixtures';
import type { ProbationFile } from './probation.api';

const hr = fakeUser({ permissions: HR_PERMISSIONS });

const file = (overrides: Partial<ProbationFile> = {}): ProbationFile => ({
  employeeId: EMPLOYEE_ID,
  status: 'probation',
  hireDate: '2025-09-01',
  probationEndDate: '2025-12-01',
  averageScore: 86,
  items: [
    {
      id: '0190a0b0-0000-7000-8000-0000000000c1',
      employeeId: EMPLOYEE_ID,
      kind: 'assessment',
      title: '产品知识考核',
      dueOn: '2025-11-15',
      completedOn: null,
      score: null,
      note: null,
      version: 1,
    },
  ],
  reviews: [],
  ...overrides,
});

describe('Probation reviews', () => {
  it('lists probationers with the day probation ends', async () => {
    const fetchMock = signIn(hr, { 'GET /api/v1/employees': page([fakeEmployee()]) });
    renderApp('/hr/probation');
    const table = await screen.findByTestId('probation-table', undefined, { timeout: 12_000 });
    const row = (await within(table).findByText('王小明（E00042）')).closest('tr')!;
    expect(row.textContent).toContain('2025-12-01');
    expect(row.textContent).toContain('销售代表');
    const url = fetchMock.mock.calls
      .map(([request]) => new URL((request as Request).url))
      .find((u) => u.pathname === '/api/v1/employees')!;
    expect(url.searchParams.get('status')).toBe('probation');
  }, 30_000);

  it('records an assessment score', async () => {
    let sent: unknown;
    signIn(hr, {
      [`GET /api/v1/employees/${EMPLOYEE_ID}/probation`]: file(),
      [`GET /api/v1/employees/${EMPLOYEE_ID}`]: fakeEmployee(),
      'POST /api/v1/probation-items/0190a0b0-0000-7000-8000-0000000000c1/completion': async (
        request: Request,
      ) => {
        sent = await request.json();
        return json(200, { ...file().items[0], completedOn: '2025-11-10', score: 90 });
      },
    });
    renderApp(`/hr/probation/${EMPLOYEE_ID}`);
    fireEvent.click(await screen.findByRole('button', { name: '登记完成' }, { timeout: 12_000 }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('成绩'), { target: { value: '90' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(sent).toMatchObject({ score: 90 }));
  }, 60_000);

  it('sends an extension for approval with the new end date', async () => {
    let sent: Record<string, unknown> | undefined;
    signIn(hr, {
      [`GET /api/v1/employees/${EMPLOYEE_ID}/probation`]: file(),
      [`GET /api/v1/employees/${EMPLOYEE_ID}`]: fakeEmployee(),
      'POST /api/v1/probation-reviews': async (request: Request) => {
        sent = (await request.json()) as Record<string, unknown>;
        return json(409, problem(409, 'PROBATION_REVIEW_PENDING'));
      },
    });
    renderApp(`/hr/probation/${EMPLOYEE_ID}`);
    fireEvent.click(await screen.findByText('延长试用期', undefined, { timeout: 12_000 }));
    const date = await screen.findByLabelText('新的试用期结束日');
    fireEvent.mouseDown(date);
    fireEvent.change(date, { target: { value: '2026-02-28' } });
    fireEvent.keyDown(date, { key: 'Enter', code: 'Enter' });
    fireEvent.change(screen.getByLabelText('事由'), { target: { value: '考核未达标，延长观察' } });
    fireEvent.click(screen.getByRole('button', { name: '提交审批' }));
    await waitFor(() =>
      expect(sent).toEqual({
        employeeId: EMPLOYEE_ID,
        recommendation: 'extend',
        newProbationEndDate: '2026-02-28',
        reason: '考核未达标，延长观察',
      }),
    );
    expect(await screen.findByText('已有一份评审在审批中。')).toBeTruthy();
  }, 60_000);

  it('shows a pending review and offers a manager no forms', async () => {
    signIn(fakeUser({ permissions: MANAGER_PERMISSIONS }), {
      [`GET /api/v1/employees/${EMPLOYEE_ID}/probation`]: file({
        reviews: [
          {
            id: '0190a0b0-0000-7000-8000-0000000000d1',
            number: 'PR-20251120-0001',
            employeeId: EMPLOYEE_ID,
            recommendation: 'confirm',
            reason: '表现优秀',
            status: 'pending_approval',
            version: 1,
            createdAt: '2025-11-20T02:00:00.000Z',
          },
        ],
      }),
      [`GET /api/v1/employees/${EMPLOYEE_ID}`]: fakeEmployee(),
    });
    renderApp(`/hr/probation/${EMPLOYEE_ID}`);
    const reviews = await screen.findByTestId('probation-reviews', undefined, { timeout: 12_000 });
    const row = within(reviews).getByText('PR-20251120-0001').closest('tr')!;
    expect(row.textContent).toContain('转正');
    expect(row.textContent).toContain('审批中');
    expect(screen.queryByRole('button', { name: '登记完成' })).toBeNull();
    expect(screen.queryByRole('button', { name: '提交审批' })).toBeNull();
  }, 30_000);
});
