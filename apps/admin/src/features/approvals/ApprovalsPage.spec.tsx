import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { createQueryClient } from '../../app/query-client';
import { authKeys } from '../../auth/auth.api';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp, renderInConsole } from '../../test/render-app';
import { APPROVER_ID, fakeApproval, REGION_ID, REQUESTER_ID } from './approval-fixtures';
import { ApprovalDrawer } from './ApprovalDrawer';
import { approvalKeys } from './approvals.api';

const request = fakeApproval();
const page = (...data: unknown[]) => ({ data, nextCursor: null, total: data.length });
const roles = [
  { code: 'regional-manager', name: { zh: '区域经理', en: 'Regional manager' }, permissions: [] },
  { code: 'finance', name: { zh: '财务', en: 'Finance' }, permissions: [] },
];
const region = { id: REGION_ID, name: '珠三角区域', code: 'GD-PRD', kind: 'region', status: 'active' };

/** A person without users:read (most roles): approvals, org units, roles. */
const person = (id: string, permissions: string[] = []) =>
  fakeUser({
    id,
    username: id === REQUESTER_ID ? 'chen.ming' : 'li.qiang',
    displayName: id === REQUESTER_ID ? '陈明' : '李强',
    permissions: ['approvals:use', 'org-units:read', ...permissions],
  });

function stubApprovals(me: ReturnType<typeof fakeUser>, inbox: unknown[], extraRoutes = {}) {
  return signIn(me, {
    'GET /api/v1/approval-requests/inbox': page(...inbox),
    'GET /api/v1/approval-requests': page(request),
    [`GET /api/v1/approval-requests/${request.id}`]: request,
    'GET /api/v1/roles': roles,
    [`GET /api/v1/org-units/${REGION_ID}`]: region,
    ...extraRoutes,
  });
}

/** The request's drawer alone, as `me` sees it (the page around it is tested below). */
function openAs(me: ReturnType<typeof fakeUser>, inbox: unknown[], extraRoutes = {}) {
  const fetchMock = stubApprovals(me, inbox, extraRoutes);
  const queryClient = createQueryClient();
  queryClient.setQueryData(authKeys.me, me);
  renderInConsole(<ApprovalDrawer requestId={request.id} open onClose={() => undefined} />, queryClient);
  return { fetchMock, queryClient };
}

const drawer = async () => within(await screen.findByRole('dialog'));

describe('ApprovalDrawer', () => {
  it('shows the chain of steps with role and unit names, and the requester by a short id', async () => {
    const { fetchMock } = openAs(person(APPROVER_ID), [request]);
    const shown = await drawer();
    const steps = await shown.findByTestId('approval-steps');
    expect(await within(steps).findByText('第 1 步 · 区域经理 · 珠三角区域')).toBeTruthy();
    expect(within(steps).getByText(/第 2 步 · 财务/)).toBeTruthy();
    expect(within(steps).getByText('等待审批')).toBeTruthy();
    // No users:read: the requester is not looked up, and shows as the end of their id.
    expect(shown.getAllByText(`…${REQUESTER_ID.slice(-8)}`).length).toBeGreaterThan(0);
    const asked = fetchMock.mock.calls.map(([r]) => new URL((r as Request).url).pathname);
    expect(asked.some((path) => path.startsWith('/api/v1/users/'))).toBe(false);
  });

  it('lets an approver whose inbox holds the request approve it, with a comment', async () => {
    let sent: unknown;
    openAs(person(APPROVER_ID), [request], {
      [`POST /api/v1/approval-requests/${request.id}/decisions`]: async (r: Request) => {
        sent = await r.json();
        return json(200, { ...request, currentStep: 2 });
      },
    });
    const shown = await drawer();
    fireEvent.change(await shown.findByLabelText('意见'), { target: { value: '价格合理，同意。' } });
    fireEvent.click(shown.getByRole('button', { name: /同\s*意/ }));
    await waitFor(() => expect(sent).toEqual({ decision: 'approve', comment: '价格合理，同意。' }));
  });

  it('asks for a reason before rejecting, and sends nothing without one', async () => {
    const { fetchMock } = openAs(person(APPROVER_ID), [request]);
    const shown = await drawer();
    fireEvent.click(await shown.findByRole('button', { name: /驳\s*回/ }));
    expect(await shown.findByText('驳回时请填写理由')).toBeTruthy();
    const posts = fetchMock.mock.calls.filter(([r]) => (r as Request).method === 'POST');
    expect(posts).toEqual([]);
  });

  it('offers no decision to someone whose inbox does not hold the request', async () => {
    const { queryClient } = openAs(person('0190a0b0-0000-7000-8000-0000000000c9'), []);
    const shown = await drawer();
    await shown.findByTestId('approval-steps');
    await waitFor(() => expect(queryClient.getQueryState(approvalKeys.inboxIds())?.status).toBe('success'));
    expect(shown.queryByRole('button', { name: /同\s*意/ })).toBeNull();
    expect(shown.queryByRole('button', { name: /撤回申请/ })).toBeNull();
  });

  it('offers the requester cancel, not a decision, and names them by their own name', async () => {
    openAs(person(REQUESTER_ID), []);
    const shown = await drawer();
    expect(await shown.findByRole('button', { name: /撤回申请/ })).toBeTruthy();
    expect(shown.queryByRole('button', { name: /同\s*意/ })).toBeNull();
    expect(shown.getByText('陈明 (chen.ming)')).toBeTruthy();
  });
});

describe('ApprovalsPage', () => {
  it('offers the "all" tab only to those who may read every request', async () => {
    stubApprovals(person(APPROVER_ID), [request]);
    renderApp('/approvals');
    expect(await screen.findByRole('tab', { name: /待我审批/ })).toBeTruthy();
    expect(screen.getByRole('tab', { name: '我发起的' })).toBeTruthy();
    expect(screen.queryByRole('tab', { name: '全部' })).toBeNull();
  });

  it('shows the auditor every request, and the header counts what waits', async () => {
    stubApprovals(person(APPROVER_ID, ['approval-requests:read']), [request]);
    renderApp('/approvals?tab=all');
    expect(await screen.findByRole('tab', { name: '全部', selected: true })).toBeTruthy();
    expect(await screen.findByRole('button', { name: request.number })).toBeTruthy();
    expect(await screen.findByRole('link', { name: '待我审批：1 项' })).toBeTruthy();
  });
});
