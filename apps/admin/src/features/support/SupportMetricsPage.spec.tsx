import { screen, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeUser, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { metricsPeriod } from './SupportMetricsPage';
import { AGENTS, fakeMetrics, fakeQueue, LEAD_PERMISSIONS } from './support-fixtures';
import dayjs from 'dayjs';

// ECharts draws into real layout; jsdom has none. The chart gets its series; the table is what is checked.
vi.mock('./MetricsChart', () => ({
  default: ({ categories }: { categories: string[] }) => (
    <div data-testid="metrics-chart">{categories.join(',')}</div>
  ),
}));

describe('SupportMetricsPage', () => {
  it('defaults to the last 30 days', () => {
    expect(metricsPeriod({ from: undefined, to: undefined }, dayjs('2026-11-28'))).toEqual({
      from: '2026-10-30',
      to: '2026-11-28',
    });
  });

  it('shows each agent’s times, SLA attainment and satisfaction, with the whole desk and a chart', async () => {
    const fetchMock = signIn(fakeUser({ permissions: LEAD_PERMISSIONS }), {
      'GET /api/v1/support-metrics': fakeMetrics(),
      'GET /api/v1/support-queues': [fakeQueue()],
      'GET /api/v1/support-queues/agents': AGENTS,
    });
    renderApp('/support/metrics?from=2026-11-01&to=2026-11-28');
    const table = await screen.findByTestId('metrics-table', undefined, { timeout: 12_000 });
    const other = (await within(table).findByText('李客服')).closest('tr')!;
    expect(other.textContent).toContain('36 分钟');
    expect(other.textContent).toContain('3 小时 5 分');
    expect(other.textContent).toContain('60%');
    expect(within(table).getByText('全部').closest('tr')!.textContent).toContain('24');
    expect((await screen.findByTestId('metrics-chart')).textContent).toBe('我,李客服');
    const query = fetchMock.mock.calls
      .map(([request]) => new URL((request as Request).url))
      .find((url) => url.pathname === '/api/v1/support-metrics')!;
    expect(Object.fromEntries(query.searchParams)).toEqual({
      from: '2026-11-01',
      to: '2026-11-28',
      groupBy: 'agent',
    });
  }, 30_000);
});
