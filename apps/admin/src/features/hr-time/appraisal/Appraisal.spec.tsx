import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeUser, json, signIn } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { EMPLOYEE_ID, fakeEmployee, HR_PERMISSIONS, page, UNIT_ID } from '../shared/hr-time-fixtures';
import type { Appraisal, CycleDetail } from './appraisal.api';

// ECharts draws into real layout; jsdom has none. The chart gets its rows; the table is what is checked.
vi.mock('./GradeDistributionChart', () => ({
  default: ({ rows }: { rows: Array<{ grade: string; count: number }> }) => (
    <div data-testid="grade-chart">{rows.map((r) => `${r.grade}:${r.count}`).join(',')}</div>
  ),
}));

const hr = fakeUser({ permissions: HR_PERMISSIONS });
const CYCLE_ID = '0190a0b0-0000-7000-8000-0000000000c9';

const cycle = (overrides: Partial<CycleDetail> = {}): CycleDetail => ({
  id: CYCLE_ID,
  number: 'AC-20251201-0001',
  name: '2025 年第四季度考核',
  periodStart: '2025-10-01',
  periodEnd: '2025-12-31',
  status: 'calibration',
  forcedDistribution: { S: 10 },
  closedAt: null,
  version: 3,
  appraisals: 4,
  selfReviewed: 4,
  managerReviewed: 3,
  distribution: { S: 1, A: 1, B: 2 },
  ...overrides,
});

const appraisal = (overrides: Partial<Appraisal> = {}): Appraisal => ({
  id: '0190a0b0-0000-7000-8000-0000000000a7',
  cycleId: CYCLE_ID,
  employeeId: EMPLOYEE_ID,
  orgUnitId: UNIT_ID,
  positionId: '0190a0b0-0000-7000-8000-0000000000b1',
  items: [{ code: 'sales', name: '销售额达成率', weight: 100 }],
  selfScore: 92,
  managerScore: 88,
  grade: 'A',
  finalGrade: null,
  version: 1,
  ...overrides,
});

const GRADES = [
  { grade: 'S', rank: 1, minScore: 95, coefficient: 1.5 },
  { grade: 'A', rank: 2, minScore: 85, coefficient: 1.2 },
  { grade: 'B', rank: 3, minScore: 70, coefficient: 1 },
];

function stubCycle(routes = {}) {
  return signIn(hr, {
    'GET /api/v1/appraisal-cycles': page([cycle()]),
    [`GET /api/v1/appraisal-cycles/${CYCLE_ID}`]: cycle(),
    'GET /api/v1/appraisal-grades': GRADES,
    'GET /api/v1/appraisals': page([appraisal()]),
    [`GET /api/v1/employees/${EMPLOYEE_ID}`]: fakeEmployee(),
    [`GET /api/v1/appraisal-cycles/${CYCLE_ID}/results`]: {
      cycleId: CYCLE_ID,
      final: false,
      results: [{ employeeId: EMPLOYEE_ID, finalGrade: 'A', coefficient: 1.2 }],
    },
    ...routes,
  });
}

describe('Appraisal', () => {
  it('lists cycles with their step', async () => {
    stubCycle();
    renderApp('/hr/appraisal-cycles');
    const table = await screen.findByTestId('appraisal-cycles-table', undefined, { timeout: 12_000 });
    const row = (await within(table).findByText('AC-20251201-0001')).closest('tr')!;
    expect(row.textContent).toContain('2025 年第四季度考核');
    expect(row.textContent).toContain('校准');
  }, 30_000);

  it('shows progress and the grade distribution with a grade over its cap', async () => {
    stubCycle();
    renderApp(`/hr/appraisal-cycles/${CYCLE_ID}`);
    const progress = await screen.findByTestId('cycle-progress', undefined, { timeout: 12_000 });
    expect(progress.textContent).toContain('上级评分 3 / 4');
    const distribution = screen.getByTestId('grade-distribution');
    const s = within(distribution).getByText('S').closest('tr')!;
    expect(s.textContent).toContain('25%');
    expect(s.textContent).toContain('超出');
    await waitFor(() => expect(s.textContent).toContain('×1.5'));
    expect((await screen.findByTestId('grade-chart')).textContent).toBe('S:1,A:1,B:2');
  }, 30_000);

  it('calibrates a grade, asking a reason when it differs from the suggested one', async () => {
    let sent: unknown;
    stubCycle({
      [`PUT /api/v1/appraisals/${appraisal().id}/calibration`]: async (request: Request) => {
        sent = await request.json();
        return json(200, appraisal({ finalGrade: 'S' }));
      },
    });
    renderApp(`/hr/appraisal-cycles/${CYCLE_ID}`);
    const table = await screen.findByTestId('cycle-appraisals-table', undefined, { timeout: 12_000 });
    fireEvent.click(await within(table).findByRole('button', { name: /校\s*准/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByLabelText('最终等级'));
    fireEvent.click(await screen.findByTitle('S · ×1.5'));
    const reason = await within(dialog).findByLabelText('调整原因');
    fireEvent.change(reason, { target: { value: '跨部门项目贡献' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(sent).toEqual({ finalGrade: 'S', reason: '跨部门项目贡献' }));
  }, 30_000);

  it('shows provisional results with coefficients', async () => {
    stubCycle();
    renderApp(`/hr/appraisal-cycles/${CYCLE_ID}`);
    fireEvent.click(await screen.findByRole('tab', { name: '最终结果' }, { timeout: 12_000 }));
    const results = await screen.findByTestId('cycle-results-table');
    expect((await within(results).findByText('×1.2')).closest('tr')!.textContent).toContain('A');
    expect(screen.getByText('周期尚未结束，以下结果为暂定。')).toBeTruthy();
  }, 30_000);
});
