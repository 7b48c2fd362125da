import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import {
  fakeMonth,
  fakeSummary,
  HR_PERMISSIONS,
  MANAGER_PERMISSIONS,
  page,
} from '../shared/hr-time-fixtures';

const hr = fakeUser({ permissions: HR_PERMISSIONS });

const CALENDAR = [
  { date: '2025-10-01', kind: 'holiday', name: '国庆节' },
  { date: '2025-10-11', kind: 'make-up-workday', name: '国庆调休' },
];

function stubAttendance(routes = {}, me = hr) {
  return signIn(me, {
    'GET /api/v1/work-calendar/days': CALENDAR,
    'GET /api/v1/attendance-months/2025-10': fakeMonth(),
    'GET /api/v1/attendance-summaries': page([fakeSummary()]),
    ...routes,
  });
}

describe('AttendancePage', () => {
  it('marks holidays and make-up working days on the month calendar', async () => {
    stubAttendance();
    renderApp('/hr/attendance?month=2025-10');
    const holiday = await screen.findByTestId('calendar-day-2025-10-01', undefined, { timeout: 12_000 });
    await waitFor(() => expect(holiday.getAttribute('data-kind')).toBe('holiday'));
    expect(holiday.textContent).toContain('国庆节');
    expect(screen.getByTestId('calendar-day-2025-10-11').getAttribute('data-kind')).toBe('make-up-workday');
    expect(screen.getByTestId('calendar-day-2025-10-12').getAttribute('data-kind')).toBe('weekend');
  }, 30_000);

  it('lets HR mark a day as a holiday', async () => {
    let sent: unknown;
    stubAttendance({
      'PUT /api/v1/work-calendar/days/2025-10-20': async (request: Request) => {
        sent = await request.json();
        return json(200, { date: '2025-10-20', kind: 'holiday', name: '公司庆典' });
      },
    });
    renderApp('/hr/attendance?month=2025-10');
    fireEvent.click(await screen.findByTestId('calendar-day-2025-10-20', undefined, { timeout: 12_000 }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('名称'), { target: { value: '公司庆典' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(sent).toEqual({ kind: 'holiday', name: '公司庆典' }));
  }, 30_000);

  it('shows the monthly summary and locks the month, then shows it locked', async () => {
    let locked = false;
    stubAttendance({
      'GET /api/v1/attendance-months/2025-10': () =>
        json(200, fakeMonth(locked ? { locked: true, lockedAt: '2025-11-03T02:00:00.000Z' } : {})),
      'POST /api/v1/attendance-months/2025-10/lock': () => {
        locked = true;
        return json(200, fakeMonth({ locked: true, lockedAt: '2025-11-03T02:00:00.000Z', employees: 1 }));
      },
    });
    renderApp('/hr/attendance?tab=summary&month=2025-10');
    const table = await screen.findByTestId('attendance-summary-table', undefined, { timeout: 12_000 });
    const row = (await within(table).findByText('王小明（E00042）')).closest('tr')!;
    expect(row.textContent).toContain('17');
    expect(row.textContent).toContain('节假日 8');
    fireEvent.click(await screen.findByRole('button', { name: /锁定本月考勤/ }));
    const popconfirm = await waitFor(() => document.querySelector<HTMLElement>('.ant-popconfirm')!);
    fireEvent.click(within(popconfirm).getByRole('button', { name: /锁定本月考勤/ }));
    expect(await screen.findByText(/考勤已锁定，汇总已冻结/)).toBeTruthy();
    expect(screen.queryByRole('button', { name: /锁定本月考勤/ })).toBeNull();
  }, 30_000);

  it('offers no lock to a manager', async () => {
    stubAttendance({}, fakeUser({ permissions: MANAGER_PERMISSIONS }));
    renderApp('/hr/attendance?tab=summary&month=2025-10');
    await screen.findByTestId('attendance-summary-table', undefined, { timeout: 12_000 });
    await screen.findByText('王小明（E00042）');
    expect(screen.queryByRole('button', { name: /锁定本月考勤/ })).toBeNull();
  }, 30_000);

  it('imports clock records and lists the rows it could not read', async () => {
    let csv = '';
    stubAttendance({
      'POST /api/v1/clock-records/imports': async (request: Request) => {
        csv = ((await request.json()) as { csv: string }).csv;
        return json(200, {
          imported: 1,
          duplicates: 0,
          errors: [{ line: 3, field: 'employeeNumber', message: 'no employee E99999' }],
        });
      },
    });
    renderApp('/hr/attendance?tab=clock');
    const text = 'employeeNumber,clockedAt\nE00042,2025-10-09 08:55\nE99999,2025-10-09 08:57';
    fireEvent.change(await screen.findByLabelText('CSV 内容', undefined, { timeout: 12_000 }), {
      target: { value: text },
    });
    fireEvent.click(screen.getByRole('button', { name: /导\s*入/ }));
    const report = await screen.findByTestId('clock-import-report');
    expect(csv).toBe(text);
    expect(report.textContent).toContain('导入 1 条，重复 0 条，错误 1 行');
    expect(report.textContent).toContain('no employee E99999');
  }, 30_000);

  it('explains a refused lock', async () => {
    stubAttendance({
      'POST /api/v1/attendance-months/2025-10/lock': json(409, problem(409, 'ATTENDANCE_MONTH_LOCKED')),
    });
    renderApp('/hr/attendance?tab=summary&month=2025-10');
    fireEvent.click(await screen.findByRole('button', { name: /锁定本月考勤/ }, { timeout: 12_000 }));
    const popconfirm = await waitFor(() => document.querySelector<HTMLElement>('.ant-popconfirm')!);
    fireEvent.click(within(popconfirm).getByRole('button', { name: /锁定本月考勤/ }));
    expect(await screen.findByText('该月考勤已锁定，不能再修改。')).toBeTruthy();
  }, 30_000);
});
