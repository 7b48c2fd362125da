import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readUrlState } from '../../shared/url-state/url-state';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import {
  AGENT_PERMISSIONS,
  AGENTS,
  CUSTOMER,
  CUSTOMER_ID,
  fakeQueue,
  fakeTicket,
  fakeTicketSummary,
  fakeTimer,
  LEAD_PERMISSIONS,
  page,
  TICKET_ID,
} from './support-fixtures';
import { ticketListSpec, toTicketQuery } from './ticket-list-state';

const agent = fakeUser({ permissions: AGENT_PERMISSIONS });
const lead = fakeUser({ permissions: LEAD_PERMISSIONS });

function stubQueue(user = agent, routes = {}) {
  return signIn(user, {
    'GET /api/v1/tickets': page(fakeTicketSummary()),
    'GET /api/v1/support-queues': [fakeQueue()],
    'GET /api/v1/support-queues/agents': AGENTS,
    [`GET /api/v1/customers/${CUSTOMER_ID}`]: CUSTOMER,
    ...routes,
  });
}

const requested = (fetchMock: ReturnType<typeof stubQueue>) =>
  fetchMock.mock.calls
    .map(([request]) => new URL((request as Request).url))
    .filter((url) => url.pathname === '/api/v1/tickets');

describe('ticket list state', () => {
  it('reads the view and filters from the URL, most urgent first', () => {
    const state = readUrlState(
      ticketListSpec,
      new URLSearchParams(
        'view=mine&status=waiting_on_customer&priority=urgent&category=complaint&q=TK-2026',
      ),
    );
    expect(toTicketQuery(state, undefined)).toMatchObject({
      sort: 'due',
      assigneeId: 'me',
      status: 'waiting_on_customer',
      priority: 'urgent',
      category: 'complaint',
      q: 'TK-2026',
      count: true,
    });
  });

  it('shows unresolved tickets by default, and ignores values that are not allowed', () => {
    const state = readUrlState(
      ticketListSpec,
      new URLSearchParams('view=everyone&priority=asap&status=lost'),
    );
    expect(state).toMatchObject({ view: 'all', status: 'active', priority: undefined });
    expect(toTicketQuery({ ...state, view: 'unassigned' }, 'c1')).toMatchObject({
      status: 'active',
      assigneeId: 'none',
      cursor: 'c1',
      count: undefined,
    });
  });
});

describe('TicketsPage', () => {
  it('lists the queue with SLA timers coloured by urgency, paused while waiting on the customer', async () => {
    const fetchMock = stubQueue(agent, {
      'GET /api/v1/tickets': page(
        fakeTicketSummary(),
        fakeTicketSummary({
          id: '0190a0b0-0000-7000-8000-000000000c02',
          number: 'TK-20261128-0002',
          status: 'waiting_on_customer',
          sla: {
            ...fakeTicketSummary().sla!,
            firstResponse: fakeTimer({ state: 'met' }),
            resolution: fakeTimer({ state: 'paused', percent: 50 }),
          },
        }),
        fakeTicketSummary({
          id: '0190a0b0-0000-7000-8000-000000000c03',
          number: 'TK-20261128-0003',
          assigneeId: null,
          sla: {
            ...fakeTicketSummary().sla!,
            firstResponse: fakeTimer({
              state: 'breached',
              breached: true,
              remainingMinutes: -75,
              percent: 131,
            }),
          },
        }),
      ),
    });
    renderApp('/support/tickets?priority=high');
    const first = (
      await screen.findByRole('link', { name: 'TK-20261128-0001' }, { timeout: 12_000 })
    ).closest('tr')!;
    expect(first.textContent).toContain('处理中');
    expect(first.textContent).toContain('剩余 3 小时 0 分');
    expect(first.querySelector('[data-sla="ok"]')).toBeTruthy();
    expect(first.textContent).toContain('我');
    const waiting = screen.getByRole('link', { name: 'TK-20261128-0002' }).closest('tr')!;
    expect(waiting.querySelector('[data-sla="paused"]')?.textContent).toContain('已暂停');
    const late = screen.getByRole('link', { name: 'TK-20261128-0003' }).closest('tr')!;
    expect(late.querySelector('[data-sla="breached"]')?.textContent).toContain('超时 1 小时 15 分');
    expect(late.textContent).toContain('未分配');
    expect(await within(first).findByText('王芳（C-000123）')).toBeTruthy();
    expect(requested(fetchMock)[0]!.searchParams.get('priority')).toBe('high');
    expect(requested(fetchMock)[0]!.searchParams.get('sort')).toBe('due');
    expect(requested(fetchMock)[0]!.searchParams.get('status')).toBe('active');
  }, 30_000);

  it('switches to "assigned to me" and keeps it in the URL; the lead sees "all tickets"', async () => {
    const fetchMock = stubQueue(lead);
    const { router } = renderApp('/support/tickets');
    await screen.findByRole('link', { name: 'TK-20261128-0001' }, { timeout: 12_000 });
    expect(screen.getByText('全部工单')).toBeTruthy();
    fireEvent.click(screen.getByText('分配给我'));
    await waitFor(() => expect(router.state.location.search).toContain('view=mine'));
    await waitFor(() =>
      expect(requested(fetchMock).some((url) => url.searchParams.get('assigneeId') === 'me')).toBe(true),
    );
  }, 30_000);

  it('opens a new ticket from the keyboard ("n") and goes to it', async () => {
    let sent: Record<string, unknown> | undefined;
    stubQueue(agent, {
      'GET /api/v1/customers': page({ ...CUSTOMER, status: 'active', tags: [] }),
      'POST /api/v1/tickets': async (request: Request) => {
        sent = (await request.json()) as Record<string, unknown>;
        return json(201, fakeTicket({ subject: sent.subject as string }));
      },
      [`GET /api/v1/tickets/${TICKET_ID}`]: fakeTicket(),
    });
    const { router } = renderApp('/support/tickets');
    await screen.findByRole('link', { name: 'TK-20261128-0001' }, { timeout: 12_000 });
    fireEvent.keyDown(window, { key: 'n' });
    const dialog = await screen.findByRole('dialog');
    const customer = within(dialog).getByRole('combobox', { name: '客户' });
    fireEvent.change(customer, { target: { value: '王' } });
    fireEvent.click(
      await screen.findByText(/王芳/, { selector: '.ant-select-item-option-content' }, { timeout: 5_000 }),
    );
    fireEvent.change(within(dialog).getByLabelText('主题'), { target: { value: '发票抬头写错了' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /创建工单/ }));
    await waitFor(() =>
      expect(sent).toMatchObject({ customerId: CUSTOMER_ID, subject: '发票抬头写错了', channel: 'phone' }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe(`/support/tickets/${TICKET_ID}`));
  }, 30_000);

  it('says when nothing matches', async () => {
    stubQueue(agent, { 'GET /api/v1/tickets': page() });
    renderApp('/support/tickets?category=complaint');
    expect(await screen.findByText('没有符合条件的工单', undefined, { timeout: 12_000 })).toBeTruthy();
  }, 30_000);

  it('shows a failed load with a way to retry', async () => {
    stubQueue(agent, {
      'GET /api/v1/tickets': json(503, problem(503, 'SERVICE_UNAVAILABLE', 'Database is down')),
    });
    renderApp('/support/tickets');
    expect(await screen.findByText('Database is down', undefined, { timeout: 12_000 })).toBeTruthy();
  }, 30_000);
});
