import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import {
  CANDIDATE_ID,
  EMPLOYEE_ID,
  fakeCandidate,
  fakeHiringRequest,
  fakeOrgChart,
  HR_PERMISSIONS,
  MANAGER_PERMISSIONS,
  page,
  REQUEST_ID,
} from '../hr-employees/hr-fixtures';

const hr = fakeUser({ permissions: HR_PERMISSIONS });

const calls = (fetchMock: ReturnType<typeof signIn>, method: string, path: string) =>
  fetchMock.mock.calls
    .map(([request]) => request as Request)
    .filter((r) => r.method === method && new URL(r.url).pathname === path);

describe('HiringRequestsPage', () => {
  it('lists requests with their approval status, filtered by the URL', async () => {
    const fetchMock = signIn(hr, {
      'GET /api/v1/hiring-requests': page(fakeHiringRequest({ status: 'pending_approval' })),
      'GET /api/v1/org-chart': fakeOrgChart(),
    });
    renderApp('/hr/recruitment?status=pending_approval');
    const link = await screen.findByRole('link', { name: 'HQ-20261128-0001' }, { timeout: 30_000 });
    expect(link.closest('tr')!.textContent).toContain('审批中');
    expect(
      new URL(calls(fetchMock, 'GET', '/api/v1/hiring-requests')[0]!.url).searchParams.get('status'),
    ).toBe('pending_approval');
  }, 60_000);
});

describe('HiringRequestPage', () => {
  it('shows the board with a column per stage, and moves a card with its button', async () => {
    const fetchMock = signIn(hr, {
      [`GET /api/v1/hiring-requests/${REQUEST_ID}`]: fakeHiringRequest(),
      [`GET /api/v1/hiring-requests/${REQUEST_ID}/history`]: [],
      'GET /api/v1/candidates': page(fakeCandidate()),
      'GET /api/v1/org-chart': fakeOrgChart(),
      [`POST /api/v1/candidates/${CANDIDATE_ID}/stage`]: fakeCandidate({ stage: 'offer' }),
    });
    renderApp(`/hr/recruitment/requests/${REQUEST_ID}`);
    const column = await screen.findByTestId('board-column-interview', undefined, { timeout: 30_000 });
    await waitFor(() => expect(within(column).getByText('李四')).toBeTruthy());
    fireEvent.click(within(column).getByRole('button', { name: '把 李四 移到「录用通知」' }));
    await waitFor(() =>
      expect(calls(fetchMock, 'POST', `/api/v1/candidates/${CANDIDATE_ID}/stage`)).toHaveLength(1),
    );
    const body: unknown = await calls(fetchMock, 'POST', `/api/v1/candidates/${CANDIDATE_ID}/stage`)[0]!
      .clone()
      .json();
    expect(body).toEqual({ stage: 'offer' });
  }, 60_000);

  it('says a request awaiting approval takes no candidates yet, and a manager moves no cards', async () => {
    signIn(fakeUser({ permissions: MANAGER_PERMISSIONS }), {
      [`GET /api/v1/hiring-requests/${REQUEST_ID}`]: fakeHiringRequest({ status: 'pending_approval' }),
      [`GET /api/v1/hiring-requests/${REQUEST_ID}/history`]: [],
      'GET /api/v1/candidates': page(fakeCandidate()),
      'GET /api/v1/org-chart': fakeOrgChart(),
    });
    renderApp(`/hr/recruitment/requests/${REQUEST_ID}`);
    expect(await screen.findByTestId('approval-status', undefined, { timeout: 30_000 })).toBeTruthy();
    expect(screen.getByText('申请审批通过后才能添加和录用候选人。')).toBeTruthy();
    await screen.findByText('李四');
    expect(screen.queryByRole('button', { name: /移到/ })).toBeNull();
  }, 60_000);
});

describe('CandidatePage', () => {
  it('hires a candidate with an offer and links to the new personnel file', async () => {
    const fetchMock = signIn(hr, {
      [`GET /api/v1/candidates/${CANDIDATE_ID}`]: fakeCandidate({ stage: 'offer', offeredSalary: 800000 }),
      [`GET /api/v1/candidates/${CANDIDATE_ID}/history`]: [],
      [`POST /api/v1/candidates/${CANDIDATE_ID}/hire`]: json(
        201,
        fakeCandidate({ stage: 'hired', offeredSalary: 800000, employeeId: EMPLOYEE_ID }),
      ),
    });
    renderApp(`/hr/recruitment/candidates/${CANDIDATE_ID}`);
    fireEvent.click(await screen.findByRole('button', { name: '办理入职' }, { timeout: 30_000 }));
    expect(((await screen.findByLabelText('月基本工资')) as HTMLInputElement).value).toBe('8000.00');
    fireEvent.click(screen.getAllByRole('button', { name: '办理入职' }).at(-1)!);
    const link = await screen.findByRole('link', { name: '查看员工档案' });
    expect(link.getAttribute('href')).toBe(`/hr/employees/${EMPLOYEE_ID}`);
    const body = (await calls(fetchMock, 'POST', `/api/v1/candidates/${CANDIDATE_ID}/hire`)[0]!
      .clone()
      .json()) as {
      salary: number;
      probationMonths: number;
    };
    expect(body).toMatchObject({ salary: 800000, probationMonths: 3 });
  }, 60_000);

  it('shows the API’s reason when hiring is refused', async () => {
    signIn(hr, {
      [`GET /api/v1/candidates/${CANDIDATE_ID}`]: fakeCandidate({ stage: 'offer' }),
      [`GET /api/v1/candidates/${CANDIDATE_ID}/history`]: [],
      [`POST /api/v1/candidates/${CANDIDATE_ID}/hire`]: json(
        422,
        problem(
          422,
          'HIRING_REQUEST_NOT_OPEN',
          'The hiring request is filled; candidates are hired only on approved requests.',
        ),
      ),
    });
    renderApp(`/hr/recruitment/candidates/${CANDIDATE_ID}`);
    fireEvent.click(await screen.findByRole('button', { name: '办理入职' }, { timeout: 30_000 }));
    await screen.findByLabelText('入职日期');
    fireEvent.click(screen.getAllByRole('button', { name: '办理入职' }).at(-1)!);
    expect(await screen.findByText(/candidates are hired only on approved requests/)).toBeTruthy();
  }, 60_000);
});
