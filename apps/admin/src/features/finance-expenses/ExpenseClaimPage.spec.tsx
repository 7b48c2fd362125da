import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { fakeApproval, fakeStep } from '../approvals/approval-fixtures';
import { page, TERRITORY_ID } from '../orders/order-fixtures';
import type { Claim } from './expenses.api';
import {
  CLAIM_ID,
  CLAIMANT_ID,
  EMPLOYEE_PERMISSIONS,
  fakeClaim,
  fakeHistory,
  fakeReceipt,
  FINANCE_PERMISSIONS,
  guangzhou,
  STAFF_HOTEL_LIMIT,
} from './expense-fixtures';

const employee = fakeUser({ id: CLAIMANT_ID, permissions: EMPLOYEE_PERMISSIONS });
const finance = fakeUser({ permissions: FINANCE_PERMISSIONS });
const path = `/finance/expense-claims/${CLAIM_ID}`;
const REQUEST_ID = '0190a0b0-0000-7000-8000-000000000e41';
const approval = fakeApproval({
  id: REQUEST_ID,
  number: 'AP-20261128-0007',
  subjectType: 'expense_claim',
  subjectId: CLAIM_ID,
  requestedBy: CLAIMANT_ID,
  currentStep: 2,
  steps: [
    fakeStep({
      role: 'general-manager',
      orgUnitId: null,
      decision: 'approve',
      decidedAt: '2026-11-28T03:00:00.000Z',
    }),
    fakeStep({ position: 2, role: 'finance', orgUnitId: null }),
  ],
});
/** Submitted and at finance's step. */
const atFinance = () => fakeClaim({ status: 'submitted', approvalRequestId: REQUEST_ID });

/** The API's claim as it changes: each POST answers the next state and remembers what it was sent. */
function stubClaim(user = employee, start: Claim = fakeClaim(), routes = {}) {
  const current = { value: start };
  const sent: Array<{ path: string; body: unknown; ifMatch: string | null }> = [];
  const step = (next: Partial<Claim>) => async (request: Request) => {
    const text = await request.text();
    sent.push({
      path: new URL(request.url).pathname,
      body: text ? JSON.parse(text) : undefined,
      ifMatch: request.headers.get('If-Match'),
    });
    current.value = { ...current.value, ...next, version: current.value.version + 1 };
    return json(200, current.value);
  };
  signIn(user, {
    [`GET /api/v1/expense-claims/${CLAIM_ID}`]: () => json(200, current.value),
    [`GET /api/v1/expense-claims/${CLAIM_ID}/history`]: fakeHistory(),
    [`GET /api/v1/expense-claims/${CLAIM_ID}/attachments`]: [fakeReceipt],
    'GET /api/v1/expense-policy-limits': [STAFF_HOTEL_LIMIT],
    [`GET /api/v1/org-units/${TERRITORY_ID}`]: guangzhou,
    'GET /api/v1/approval-requests/inbox': page(approval),
    [`GET /api/v1/approval-requests/${REQUEST_ID}`]: approval,
    [`POST /api/v1/expense-claims/${CLAIM_ID}/submit`]: step({ status: 'submitted' }),
    [`POST /api/v1/expense-claims/${CLAIM_ID}/approve`]: step({ status: 'approved' }),
    [`POST /api/v1/expense-claims/${CLAIM_ID}/return`]: step({
      status: 'returned',
      decisionNote: '请补发票',
    }),
    [`POST /api/v1/expense-claims/${CLAIM_ID}/pay`]: step({ status: 'paid' }),
    ...routes,
  });
  return sent;
}

describe('ExpenseClaimPage', () => {
  it('shows the lines with the total, the policy warning, receipts and history; the claimant submits', async () => {
    const sent = stubClaim();
    renderApp(path);
    expect(await screen.findByText('报销单 EX-20261128-0001', {}, { timeout: 12_000 })).toBeTruthy();
    const lines = screen.getByTestId('claim-lines');
    expect(lines.textContent).toContain('¥450.00');
    expect(lines.textContent).toContain('¥538.00');
    expect(within(lines).getByTestId('policy-note').textContent).toContain('超出每张标准 ¥400.00');
    expect(lines.textContent).toContain('展会期间酒店全部涨价');
    expect(await screen.findByText('酒店发票.pdf')).toBeTruthy();
    expect(screen.getByRole('button', { name: /上传票据/ })).toBeTruthy();
    expect(within(await screen.findByTestId('claim-history')).getByText('填写')).toBeTruthy();
    // Someone else's decision buttons are not the claimant's.
    expect(screen.queryByRole('button', { name: /批\s*准/ })).toBeNull();

    fireEvent.click(screen.getByRole('button', { name: /提交审批/ }));
    await waitFor(() =>
      expect(sent).toEqual([
        { path: `/api/v1/expense-claims/${CLAIM_ID}/submit`, body: undefined, ifMatch: '"1"' },
      ]),
    );
    expect(await within(screen.getByTestId('claim-status')).findByText('审批中')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /提交审批/ })).toBeNull();
  }, 30_000);

  it('lets an approver return a claim only with a reason, which the page then shows', async () => {
    const sent = stubClaim(finance, atFinance());
    renderApp(path);
    fireEvent.click(await screen.findByRole('button', { name: /退回修改/ }, { timeout: 12_000 }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /退回修改/ }));
    expect(await within(dialog).findByText('请填写原因')).toBeTruthy();
    expect(sent).toEqual([]);
    fireEvent.change(within(dialog).getByLabelText('原因'), { target: { value: '请补发票' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /退回修改/ }));
    await waitFor(() =>
      expect(sent).toEqual([
        { path: `/api/v1/expense-claims/${CLAIM_ID}/return`, body: { reason: '请补发票' }, ifMatch: null },
      ]),
    );
    expect(await within(screen.getByTestId('claim-status')).findByText('已退回')).toBeTruthy();
    expect((await screen.findAllByText('请补发票')).length).toBeGreaterThan(0);
  }, 30_000);

  it('lets an approver approve with a comment; finance then pays', async () => {
    const sent = stubClaim(finance, atFinance());
    renderApp(path);
    fireEvent.click(await screen.findByRole('button', { name: /批\s*准/ }, { timeout: 12_000 }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('审批意见'), { target: { value: '票据齐全' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /批\s*准/ }));
    await waitFor(() =>
      expect(sent).toEqual([
        { path: `/api/v1/expense-claims/${CLAIM_ID}/approve`, body: { comment: '票据齐全' }, ifMatch: null },
      ]),
    );
    expect(await within(screen.getByTestId('claim-status')).findByText('已批准')).toBeTruthy();
    expect(await screen.findByRole('button', { name: /付\s*款/ })).toBeTruthy();
  }, 30_000);

  it('explains a budget refusal, and sends an override with its reason', async () => {
    let body: unknown;
    stubClaim(finance, atFinance(), {
      [`POST /api/v1/expense-claims/${CLAIM_ID}/approve`]: async (request: Request) => {
        body = await request.json();
        return (body as { overrideBudget?: boolean }).overrideBudget
          ? json(200, fakeClaim({ status: 'approved', budgetOverrideReason: '展会必要开支' }))
          : json(409, problem(409, 'BUDGET_EXCEEDED'));
      },
    });
    renderApp(path);
    fireEvent.click(await screen.findByRole('button', { name: /批\s*准/ }, { timeout: 12_000 }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /批\s*准/ }));
    expect(await within(dialog).findByText(/批准后将超出预算/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('checkbox', { name: /超预算仍批准/ }));
    fireEvent.change(await within(dialog).findByLabelText('超预算理由'), {
      target: { value: '展会必要开支' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: /批\s*准/ }));
    await waitFor(() => expect(body).toEqual({ overrideBudget: true, overrideReason: '展会必要开支' }));
    expect(await screen.findByText('展会必要开支')).toBeTruthy();
  }, 30_000);

  it('shows the approval chain, and no decision buttons to an approver whose step it is not', async () => {
    stubClaim(finance, atFinance(), { 'GET /api/v1/approval-requests/inbox': page() });
    renderApp(path);
    const chain = await screen.findByTestId('approval-steps', {}, { timeout: 12_000 });
    expect(screen.getByText('AP-20261128-0007')).toBeTruthy();
    expect(chain.textContent).toContain('第 2 步');
    await waitFor(() => expect(screen.getByTestId('claim-actions').textContent).toBe(''));
  }, 30_000);

  it('says the claim is not found rather than showing someone else’s', async () => {
    signIn(employee, {
      [`GET /api/v1/expense-claims/${CLAIM_ID}`]: json(404, problem(404, 'EXPENSE_CLAIM_NOT_FOUND')),
      'GET /api/v1/expense-policy-limits': [],
    });
    renderApp(path);
    expect(await screen.findByRole('alert', {}, { timeout: 12_000 })).toBeTruthy();
  }, 30_000);
});
