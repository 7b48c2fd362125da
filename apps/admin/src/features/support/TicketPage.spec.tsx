import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import type { Ticket } from './support.api';
import {
  AGENT_PERMISSIONS,
  AGENTS,
  ANSWER_ID,
  fakeAnswer,
  fakeContext,
  fakeMessage,
  fakeQueue,
  fakeTicket,
  LEAD_PERMISSIONS,
  ORDER_ID,
  TICKET_ID,
} from './support-fixtures';

const agent = fakeUser({ permissions: AGENT_PERMISSIONS });
const path = `/support/tickets/${TICKET_ID}`;

function stubTicket(user = agent, start: Ticket = fakeTicket(), routes = {}) {
  const current = { value: start };
  const sent: Array<{ path: string; body: Record<string, unknown>; ifMatch: string | null }> = [];
  const record = async (request: Request) => {
    const body = (await request.json()) as Record<string, unknown>;
    sent.push({ path: new URL(request.url).pathname, body, ifMatch: request.headers.get('If-Match') });
    return body;
  };
  signIn(user, {
    [`GET /api/v1/tickets/${TICKET_ID}`]: () => json(200, current.value),
    [`GET /api/v1/tickets/${TICKET_ID}/messages`]: [
      fakeMessage(),
      fakeMessage({
        id: '0190a0b0-0000-7000-8000-000000000b02',
        kind: 'note',
        public: false,
        body: '已联系顺丰核实',
        authorLabel: '李客服',
      }),
    ],
    [`GET /api/v1/tickets/${TICKET_ID}/history`]: [
      {
        id: '0190a0b0-0000-7000-8000-000000000d01',
        action: 'created',
        fromStatus: null,
        toStatus: 'new',
        data: {},
        actorKind: 'user',
        actorId: null,
        actorLabel: '王芳',
        occurredAt: '2026-11-28T02:00:00.000Z',
      },
      {
        id: '0190a0b0-0000-7000-8000-000000000d02',
        action: 'sla-warning',
        fromStatus: 'open',
        toStatus: 'open',
        data: {},
        actorKind: 'system',
        actorId: null,
        actorLabel: null,
        occurredAt: '2026-11-28T04:00:00.000Z',
      },
    ],
    [`GET /api/v1/tickets/${TICKET_ID}/attachments`]: [
      {
        id: '0190a0b0-0000-7000-8000-000000000e01',
        ticketId: TICKET_ID,
        fileName: '破损照片.jpg',
        contentType: 'image/jpeg',
        bytes: 20480,
        url: '/api/v1/ticket-attachments/0190a0b0-0000-7000-8000-000000000e01/file',
        createdAt: '2026-11-28T02:10:00.000Z',
      },
    ],
    [`GET /api/v1/tickets/${TICKET_ID}/customer-context`]: fakeContext(),
    'GET /api/v1/support-queues': [fakeQueue()],
    'GET /api/v1/support-queues/agents': AGENTS,
    'GET /api/v1/standard-answers': [fakeAnswer()],
    [`POST /api/v1/tickets/${TICKET_ID}/render-answer`]: async (request: Request) => {
      await record(request);
      return json(200, {
        standardAnswerId: ANSWER_ID,
        body: '王芳您好，您的订单SO-20261128-0001已由顺丰发出，运单号{{trackingNumber}}。',
        missing: ['trackingNumber'],
        values: { customerName: '王芳' },
      });
    },
    [`POST /api/v1/tickets/${TICKET_ID}/messages`]: async (request: Request) => {
      const body = await record(request);
      current.value = {
        ...current.value,
        status: (body.thenStatus as Ticket['status']) ?? current.value.status,
        version: current.value.version + 1,
      };
      return json(201, {
        message: fakeMessage({ kind: 'reply', body: body.body as string }),
        ticket: current.value,
      });
    },
    [`POST /api/v1/tickets/${TICKET_ID}/transition`]: async (request: Request) => {
      const body = await record(request);
      current.value = {
        ...current.value,
        status: body.status as Ticket['status'],
        version: current.value.version + 1,
      };
      return json(200, current.value);
    },
    ...routes,
  });
  return sent;
}

describe('TicketPage', () => {
  it('shows the header, the thread with internal notes set apart, the customer sidebar and the history', async () => {
    stubTicket();
    renderApp(path);
    expect(
      await screen.findByText('TK-20261128-0001 · 快递三天没有更新', undefined, { timeout: 12_000 }),
    ).toBeTruthy();
    const thread = await screen.findByTestId('ticket-thread');
    const note = thread.querySelector('[data-kind="note"]')!;
    expect(note.textContent).toContain('内部备注');
    expect(note.textContent).toContain('仅内部可见，客户看不到');
    expect(note.textContent).toContain('已联系顺丰核实');
    expect(thread.querySelector('[data-kind="customer"]')?.textContent).toContain(
      '我的快递三天没有物流信息了。',
    );
    const sidebar = await screen.findByTestId('customer-sidebar');
    expect(within(sidebar).getByText('139****0002')).toBeTruthy();
    expect(within(sidebar).getAllByRole('link', { name: 'SO-20261128-0001' })[0]!.getAttribute('href')).toBe(
      `/orders/sales-orders/${ORDER_ID}`,
    );
    expect(within(sidebar).getByRole('link', { name: '发起退货' })).toBeTruthy();
    expect(await screen.findByText('SLA 预警')).toBeTruthy();
    expect(within(await screen.findByTestId('ticket-attachments')).getByText('破损照片.jpg')).toBeTruthy();
    // Only the moves an open ticket allows.
    const actions = screen.getByTestId('ticket-actions');
    expect(within(actions).getByRole('button', { name: '等待客户' })).toBeTruthy();
    expect(within(actions).getByRole('button', { name: '标记为已解决' })).toBeTruthy();
    expect(within(actions).queryByRole('button', { name: /关\s*闭/ })).toBeNull();
    expect(within(actions).queryByRole('button', { name: '重新打开' })).toBeNull();
  }, 30_000);

  it('answers with a standard answer the server filled in, edited before sending, and resolves', async () => {
    const sent = stubTicket();
    renderApp(path);
    fireEvent.click(await screen.findByRole('button', { name: /标准答复/ }, { timeout: 12_000 }));
    const picker = await screen.findByRole('dialog');
    fireEvent.click(await within(picker).findByRole('button', { name: '使用 物流查询' }));
    const box = await screen.findByRole('textbox', { name: '回复客户' });
    await waitFor(() => expect((box as HTMLTextAreaElement).value).toContain('王芳您好'));
    expect(await screen.findByText('以下占位符没有可用数据，请手动修改：trackingNumber')).toBeTruthy();
    fireEvent.change(box, {
      target: { value: '王芳您好，您的订单SO-20261128-0001已由顺丰发出，运单号SF1234567890。' },
    });
    fireEvent.click(screen.getByRole('button', { name: '发送并解决' }));
    await waitFor(() =>
      expect(sent.find((s) => s.path.endsWith('/messages'))?.body).toEqual({
        kind: 'reply',
        body: '王芳您好，您的订单SO-20261128-0001已由顺丰发出，运单号SF1234567890。',
        standardAnswerId: ANSWER_ID,
        thenStatus: 'resolved',
      }),
    );
    expect(sent[0]).toMatchObject({
      path: `/api/v1/tickets/${TICKET_ID}/render-answer`,
      body: { standardAnswerId: ANSWER_ID },
    });
    expect(await screen.findByText('已解决', { selector: '.ant-tag' })).toBeTruthy();
  }, 30_000);

  it('writes an internal note, never as a reply', async () => {
    const sent = stubTicket();
    renderApp(path);
    fireEvent.click(
      await screen.findByText('内部备注', { selector: '.ant-segmented-item-label' }, { timeout: 12_000 }),
    );
    fireEvent.change(screen.getByRole('textbox', { name: '内部备注' }), {
      target: { value: '客户情绪激动' },
    });
    fireEvent.click(screen.getByRole('button', { name: /发\s*送/ }));
    await waitFor(() =>
      expect(sent.find((s) => s.path.endsWith('/messages'))?.body).toMatchObject({
        kind: 'note',
        body: '客户情绪激动',
      }),
    );
    expect(screen.queryByRole('button', { name: '发送并解决' })).toBeNull();
  }, 30_000);

  it('moves the status with the version read, and explains a refusal in our words', async () => {
    const sent = stubTicket(agent, fakeTicket({ version: 4 }), {
      [`POST /api/v1/tickets/${TICKET_ID}/transition`]: json(
        409,
        problem(409, 'TICKET_TRANSITION_NOT_ALLOWED', 'Not allowed'),
      ),
    });
    renderApp(path);
    fireEvent.click(await screen.findByRole('button', { name: '等待客户' }, { timeout: 12_000 }));
    const popover = await screen.findByRole('tooltip');
    fireEvent.click(within(popover).getByRole('button', { name: '等待客户' }));
    expect(await screen.findByText('工单当前的状态不允许这个操作。')).toBeTruthy();
    expect(sent).toEqual([]);
  }, 30_000);

  it('offers reopening a resolved ticket only within its window', async () => {
    stubTicket(
      fakeUser({ permissions: LEAD_PERMISSIONS }),
      fakeTicket({ status: 'resolved', reopenableUntil: '2020-01-01T00:00:00.000Z' }),
    );
    renderApp(path);
    const actions = await screen.findByTestId('ticket-actions', undefined, { timeout: 12_000 });
    expect(within(actions).getByRole('button', { name: /关\s*闭/ })).toBeTruthy();
    expect(within(actions).queryByRole('button', { name: '重新打开' })).toBeNull();
  }, 30_000);
});
