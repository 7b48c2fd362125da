import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../../test/fake-api';
import { renderApp } from '../../../test/render-app';
import { AGENTS, fakeQueue, LEAD_PERMISSIONS, OTHER_AGENT_ID, QUEUE_ID } from '../support-fixtures';

const lead = fakeUser({ permissions: LEAD_PERMISSIONS });
const POLICY = {
  id: '0190a0b0-0000-7000-8000-000000000f01',
  name: '紧急',
  priority: 'urgent',
  category: null,
  firstResponseMinutes: 30,
  resolutionMinutes: 480,
  deskHours: [{ start: '09:00', end: '21:00' }],
  active: true,
  version: 2,
};

describe('SlaPoliciesPage', () => {
  it('lists the targets in hours, and changes one with the version read', async () => {
    let sent: { body: unknown; ifMatch: string | null } | undefined;
    signIn(lead, {
      'GET /api/v1/sla-policies': [POLICY],
      [`PATCH /api/v1/sla-policies/${POLICY.id}`]: async (request: Request) => {
        sent = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        return json(200, { ...POLICY, firstResponseMinutes: 20, version: 3 });
      },
    });
    renderApp('/support/sla-policies');
    const table = await screen.findByTestId('sla-policies-table', undefined, { timeout: 12_000 });
    const row = (await within(table).findByRole('button', { name: /修\s*改/ })).closest('tr')!;
    expect(row.textContent).toContain('30 分钟');
    expect(row.textContent).toContain('8 小时 0 分');
    expect(row.textContent).toContain('09:00–21:00');
    fireEvent.click(within(row).getByRole('button', { name: /修\s*改/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('首次响应目标（分钟）'), { target: { value: '20' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(sent?.ifMatch).toBe('"2"'));
    expect(sent?.body).toMatchObject({ firstResponseMinutes: 20, priority: 'urgent', category: null });
  }, 30_000);
});

describe('SupportQueuesPage', () => {
  it('names the agents of each queue and sets them', async () => {
    let sent: unknown;
    signIn(lead, {
      'GET /api/v1/support-queues': [fakeQueue({ memberIds: [OTHER_AGENT_ID] })],
      'GET /api/v1/support-queues/agents': AGENTS,
      [`PUT /api/v1/support-queues/${QUEUE_ID}/members`]: async (request: Request) => {
        sent = await request.json();
        return json(200, fakeQueue());
      },
    });
    renderApp('/support/queues');
    const table = await screen.findByTestId('queues-table', undefined, { timeout: 12_000 });
    expect(await within(table).findByText('李客服')).toBeTruthy();
    fireEvent.click(within(table).getByRole('button', { name: '设置成员' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox'));
    fireEvent.click(
      await screen.findByText('系统管理员（admin）', { selector: '.ant-select-item-option-content' }),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(sent).toEqual({ userIds: [OTHER_AGENT_ID, '0190a0b0-0000-7000-8000-0000000000aa'] }),
    );
  }, 30_000);
});
