import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import {
  AGENT_PERMISSIONS,
  AGENTS,
  CUSTOMER,
  CUSTOMER_ID,
  fakeQueue,
  fakeVisit,
  VISIT_ID,
} from './support-fixtures';

const agent = fakeUser({ permissions: AGENT_PERMISSIONS });

function stubVisits(routes = {}) {
  return signIn(agent, {
    'GET /api/v1/follow-up-visits': [fakeVisit()],
    'GET /api/v1/support-queues': [fakeQueue()],
    'GET /api/v1/support-queues/agents': AGENTS,
    [`GET /api/v1/customers/${CUSTOMER_ID}`]: CUSTOMER,
    ...routes,
  });
}

const visitRequests = (fetchMock: ReturnType<typeof stubVisits>) =>
  fetchMock.mock.calls
    .map(([request]) => new URL((request as Request).url))
    .filter((url) => url.pathname === '/api/v1/follow-up-visits');

describe('FollowUpsPage', () => {
  it('shows today’s worklist with the overdue marked, and filters by the URL', async () => {
    const fetchMock = stubVisits();
    const { router } = renderApp('/support/follow-ups');
    const table = await screen.findByTestId('follow-ups-table', undefined, { timeout: 12_000 });
    const row = (await within(table).findByText('FV-20261128-0001')).closest('tr')!;
    expect(row.textContent).toContain('逾期');
    expect(row.textContent).toContain('签收后回访');
    expect(row.textContent).toContain('待回访');
    expect(visitRequests(fetchMock)[0]!.searchParams.get('due')).toBe('worklist');
    fireEvent.click(screen.getByText('我的'));
    await waitFor(() => expect(router.state.location.search).toContain('whose=me'));
    await waitFor(() =>
      expect(visitRequests(fetchMock).some((url) => url.searchParams.get('assigneeId') === 'me')).toBe(true),
    );
  }, 30_000);

  it('records the outcome and the customer’s satisfaction', async () => {
    let sent: unknown;
    stubVisits({
      [`POST /api/v1/follow-up-visits/${VISIT_ID}/complete`]: async (request: Request) => {
        sent = await request.json();
        return json(200, fakeVisit({ status: 'done' }));
      },
    });
    renderApp('/support/follow-ups');
    fireEvent.click(await screen.findByRole('button', { name: '记录结果' }, { timeout: 12_000 }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('回访记录'), { target: { value: '商品完好，很满意' } });
    // The result buttons come first, then the five stars: the fourth star.
    fireEvent.click(within(dialog).getAllByRole('radio').at(-2)!);
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(sent).toEqual({ status: 'done', outcome: '商品完好，很满意', satisfactionScore: 4 }),
    );
    expect(await screen.findByText('回访结果已记录')).toBeTruthy();
  }, 30_000);

  it('explains a visit already recorded by someone else', async () => {
    stubVisits({
      [`POST /api/v1/follow-up-visits/${VISIT_ID}/claim`]: json(409, problem(409, 'FOLLOW_UP_VISIT_CLOSED')),
    });
    renderApp('/support/follow-ups');
    fireEvent.click(await screen.findByRole('button', { name: /认\s*领/ }, { timeout: 12_000 }));
    expect(await screen.findByText('该回访已经处理过了。')).toBeTruthy();
  }, 30_000);
});
