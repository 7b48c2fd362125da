import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import dayjs from 'dayjs';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { EMPLOYEE_ID, fakeEmployee, fakeOrgChart, page, SALES_ID } from '../hr-employees/hr-fixtures';
import type { CompanyDocument, MeetingDetail, TrainingRecord } from './office.api';

const MEETING_ID = '0190a0b0-0000-7000-8000-0000000a0001';
const ITEM_ID = '0190a0b0-0000-7000-8000-0000000a0002';

const hr = fakeUser({
  permissions: [
    'employees:read',
    'positions:read',
    'training:read',
    'training:write',
    'meetings:read',
    'meetings:write',
    'company-documents:read',
    'company-documents:write',
  ],
});
const reader = fakeUser({
  permissions: [
    'employees:read',
    'positions:read',
    'training:read',
    'meetings:read',
    'company-documents:read',
  ],
});

const requested = (fetchMock: ReturnType<typeof signIn>, path: string) =>
  fetchMock.mock.calls
    .map(([request]) => new URL((request as Request).url))
    .filter((url) => url.pathname === path);

const training: TrainingRecord = {
  id: '0190a0b0-0000-7000-8000-0000000b0001',
  number: 'TR-20261128-0001',
  employeeId: EMPLOYEE_ID,
  orgUnitId: SALES_ID,
  title: '客户投诉处理技巧',
  kind: 'external',
  provider: null,
  startsOn: '2026-11-02',
  endsOn: '2026-11-03',
  hours: 12,
  cost: 150000,
  currency: 'CNY',
  result: 'passed',
  score: 88,
  certificate: null,
  version: 1,
  createdAt: '2026-11-03T00:00:00.000Z',
} as TrainingRecord;

/** An action item that is not overdue whenever the tests run. */
const IN_A_MONTH = dayjs().add(1, 'month').format('YYYY-MM-DD');

function meeting(overrides: Partial<MeetingDetail> = {}): MeetingDetail {
  return {
    id: MEETING_ID,
    number: 'MT-20261128-0001',
    title: '销售部 11 月例会',
    orgUnitId: SALES_ID,
    heldAt: '2026-11-30T02:00:00.000Z',
    location: '3 楼会议室',
    attendeeIds: [],
    agenda: '双十二备货',
    status: 'scheduled',
    version: 1,
    minutes: null,
    actionItems: [
      {
        id: ITEM_ID,
        meetingId: MEETING_ID,
        title: '整理双十二备货清单',
        ownerEmployeeId: EMPLOYEE_ID,
        dueOn: IN_A_MONTH,
        status: 'open',
        doneAt: null,
        version: 1,
      },
    ],
    ...overrides,
  } as MeetingDetail;
}

const document: CompanyDocument = {
  id: '0190a0b0-0000-7000-8000-0000000c0001',
  number: 'DOC-20261128-0001',
  title: '员工考勤管理制度（2026 版）',
  category: 'policy',
  confidentiality: 'confidential',
  fileName: 'attendance.pdf',
  contentType: 'application/pdf',
  size: 2048,
  version: 1,
  createdAt: '2026-11-28T00:00:00.000Z',
} as CompanyDocument;

describe('TrainingPage', () => {
  it('lists trainings by the kind in the URL, with cost in yuan and the result; HR may record', async () => {
    const fetchMock = signIn(hr, {
      'GET /api/v1/training-records': page(training),
      [`GET /api/v1/employees/${EMPLOYEE_ID}`]: fakeEmployee(),
      'GET /api/v1/org-chart': fakeOrgChart(),
    });
    renderApp('/hr/training?kind=external');
    const row = (await screen.findByText('客户投诉处理技巧', undefined, { timeout: 30_000 })).closest('tr')!;
    expect(row.textContent).toContain('外训');
    expect(row.textContent).toContain('¥1,500.00');
    expect(row.textContent).toContain('通过 · 88');
    await waitFor(() => expect(row.textContent).toContain('王伟（E00042）'));
    expect(requested(fetchMock, '/api/v1/training-records')[0]!.searchParams.get('kind')).toBe('external');
    expect(screen.getByRole('button', { name: /登记培训/ })).toBeTruthy();
  }, 60_000);

  it('says when there are none, and offers no recording to a manager', async () => {
    signIn(reader, { 'GET /api/v1/training-records': page(), 'GET /api/v1/org-chart': fakeOrgChart() });
    renderApp('/hr/training');
    expect(await screen.findByText('还没有培训记录。', undefined, { timeout: 30_000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /登记培训/ })).toBeNull();
  }, 60_000);
});

describe('MeetingPage', () => {
  it('records the minutes and closes an action item', async () => {
    let minutes: unknown;
    let closed = false;
    let current = meeting();
    signIn(hr, {
      [`GET /api/v1/meetings/${MEETING_ID}`]: () => json(200, current),
      [`GET /api/v1/employees/${EMPLOYEE_ID}`]: fakeEmployee(),
      'GET /api/v1/org-chart': fakeOrgChart(),
      [`PUT /api/v1/meetings/${MEETING_ID}/minutes`]: async (request: Request) => {
        minutes = await request.json();
        current = meeting({ status: 'held', minutes: '会议决定：提前备货。' });
        return json(200, current);
      },
      [`POST /api/v1/meetings/${MEETING_ID}/action-items/${ITEM_ID}/done`]: () => {
        closed = true;
        return json(200, { ...meeting().actionItems[0], status: 'done' });
      },
    });
    renderApp(`/hr/meetings/${MEETING_ID}`);
    expect(await screen.findByText('还没有纪要。', undefined, { timeout: 30_000 })).toBeTruthy();
    expect(screen.getByTestId('meeting-attendees').textContent).toBe('—');
    fireEvent.click(screen.getByRole('button', { name: '记录纪要' }));
    fireEvent.change(screen.getByLabelText('会议纪要'), { target: { value: '会议决定：提前备货。' } });
    fireEvent.click(screen.getByRole('button', { name: /保存纪要/ }));
    await waitFor(() => expect(minutes).toEqual({ minutes: '会议决定：提前备货。' }));
    expect(await screen.findByText('会议决定：提前备货。')).toBeTruthy();
    const items = screen.getByTestId('action-items');
    fireEvent.click(within(items).getByRole('button', { name: /标记完成/ }));
    await waitFor(() => expect(closed).toBe(true));
  }, 60_000);
});

describe('MeetingsPage', () => {
  it('lists meetings by the status in the URL, linking to each', async () => {
    const fetchMock = signIn(reader, {
      'GET /api/v1/meetings': page(meeting()),
      'GET /api/v1/org-chart': fakeOrgChart(),
    });
    renderApp('/hr/meetings?status=scheduled');
    const link = await screen.findByRole('link', { name: 'MT-20261128-0001' }, { timeout: 30_000 });
    expect(link.getAttribute('href')).toBe(`/hr/meetings/${MEETING_ID}`);
    expect(requested(fetchMock, '/api/v1/meetings')[0]!.searchParams.get('status')).toBe('scheduled');
    expect(screen.queryByRole('button', { name: /安排会议/ })).toBeNull();
  }, 60_000);

  it('lists the action items of every meeting by due date, the overdue open ones marked, with the filter in the URL', async () => {
    const [item] = meeting().actionItems;
    const late = {
      ...item!,
      id: '0190a0b0-0000-7000-8000-0000000a0003',
      title: '回访重点客户',
      dueOn: '2020-01-10',
    };
    const fetchMock = signIn(reader, {
      'GET /api/v1/meeting-action-items': page(late, item),
      [`GET /api/v1/employees/${EMPLOYEE_ID}`]: fakeEmployee(),
      'GET /api/v1/org-chart': fakeOrgChart(),
    });
    renderApp('/hr/meetings?view=actionItems&itemStatus=open');
    const row = (await screen.findByText('回访重点客户', undefined, { timeout: 30_000 })).closest('tr')!;
    expect(within(row).getByTestId('overdue').textContent).toContain('2020-01-10');
    expect(within(row).getByRole('link', { name: '查看会议' }).getAttribute('href')).toBe(
      `/hr/meetings/${MEETING_ID}`,
    );
    const onTime = screen.getByText('整理双十二备货清单').closest('tr')!;
    expect(within(onTime).queryByTestId('overdue')).toBeNull();
    const query = requested(fetchMock, '/api/v1/meeting-action-items')[0]!.searchParams;
    expect(query.get('status')).toBe('open');
    expect(query.get('sort')).toBe('dueOn');
    expect(requested(fetchMock, '/api/v1/meetings')).toHaveLength(0);
  }, 60_000);
});

describe('CompanyDocumentsPage', () => {
  it('shows each document with its level and a download; HR uploads, others do not', async () => {
    const fetchMock = signIn(hr, {
      'GET /api/v1/company-documents': page(document),
      'GET /api/v1/org-chart': fakeOrgChart(),
    });
    renderApp('/hr/company-documents?category=policy');
    expect(
      await screen.findByText('员工考勤管理制度（2026 版）', undefined, { timeout: 30_000 }),
    ).toBeTruthy();
    expect(screen.getByText('机密')).toBeTruthy();
    expect(screen.getByRole('button', { name: '下载 员工考勤管理制度（2026 版）' })).toBeTruthy();
    expect(screen.getByTestId('company-document-upload')).toBeTruthy();
    expect(requested(fetchMock, '/api/v1/company-documents')[0]!.searchParams.get('category')).toBe('policy');
  }, 60_000);

  it('offers no upload to a reader and says when nothing is there', async () => {
    signIn(reader, { 'GET /api/v1/company-documents': page(), 'GET /api/v1/org-chart': fakeOrgChart() });
    renderApp('/hr/company-documents');
    expect(await screen.findByText('没有你可查看的公司文件。', undefined, { timeout: 30_000 })).toBeTruthy();
    expect(screen.queryByTestId('company-document-upload')).toBeNull();
  }, 60_000);
});
