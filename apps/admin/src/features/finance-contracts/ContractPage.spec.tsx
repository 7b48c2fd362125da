import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { guangzhou } from '../finance-expenses/expense-fixtures';
import { TERRITORY_ID } from '../orders/order-fixtures';
import type { Contract } from './contracts.api';
import {
  CONTRACT_ID,
  CONTRACTS_FINANCE,
  CONTRACTS_READER,
  fakeContract,
  fakeContractFile,
  fakeContractHistory,
} from './contract-fixtures';

const finance = fakeUser({ permissions: CONTRACTS_FINANCE });
const auditor = fakeUser({ permissions: CONTRACTS_READER });
const path = `/finance/contracts/${CONTRACT_ID}`;

/** The API's contract as it changes: each POST answers the next state and remembers what it was sent. */
function stubContract(user = finance, start: Contract = fakeContract(), routes = {}) {
  const current = { value: start };
  const sent: Array<{ path: string; body: unknown; ifMatch: string | null }> = [];
  const step = (next: Partial<Contract>) => async (request: Request) => {
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
    [`GET /api/v1/contracts/${CONTRACT_ID}`]: () => json(200, current.value),
    [`GET /api/v1/contracts/${CONTRACT_ID}/history`]: fakeContractHistory(),
    [`GET /api/v1/contracts/${CONTRACT_ID}/attachments`]: [fakeContractFile],
    [`GET /api/v1/org-units/${TERRITORY_ID}`]: guangzhou,
    [`POST /api/v1/contracts/${CONTRACT_ID}/submit`]: step({ status: 'pending_approval' }),
    [`POST /api/v1/contracts/${CONTRACT_ID}/terminate`]: step({
      status: 'terminated',
      decisionNote: '对方违约',
      terminatedOn: '2026-11-29',
    }),
    ...routes,
  });
  return sent;
}

describe('ContractPage', () => {
  it('shows the facts, files and history; finance submits a draft with the version read', async () => {
    const sent = stubContract();
    renderApp(path);
    expect(await screen.findByText('合同 CT-20261129-0001', {}, { timeout: 12_000 })).toBeTruthy();
    expect(screen.getByTestId('contract-amount').textContent).toBe('¥360,000.00');
    expect(await screen.findByText('租赁合同扫描件.pdf')).toBeTruthy();
    expect(screen.getByRole('button', { name: /上传附件/ })).toBeTruthy();
    expect(within(await screen.findByTestId('contract-history')).getByText('创建')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /提交审批/ }));
    const confirm = await screen.findByRole('tooltip');
    fireEvent.click(within(confirm).getByRole('button', { name: /OK|确\s*定/ }));
    await waitFor(() =>
      expect(sent).toEqual([
        { path: `/api/v1/contracts/${CONTRACT_ID}/submit`, body: undefined, ifMatch: '"1"' },
      ]),
    );
    expect(await within(screen.getByTestId('contract-status')).findByText('审批中')).toBeTruthy();
    expect(screen.queryByRole('button', { name: /提交审批/ })).toBeNull();
    expect(screen.getByText(/已提交总经理审批/)).toBeTruthy();
  }, 30_000);

  it('terminates an active contract only with a reason, and warns when it ends soon', async () => {
    const endsOn = new Date(Date.now() + 8 * 3600_000 + 10 * 86_400_000).toISOString().slice(0, 10);
    const sent = stubContract(finance, fakeContract({ status: 'active', endsOn, version: 4 }));
    renderApp(path);
    expect(await screen.findByTestId('contract-expiring', {}, { timeout: 12_000 })).toBeTruthy();
    fireEvent.click(screen.getByRole('button', { name: /终止合同/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /终止合同/ }));
    await waitFor(() => expect(dialog.querySelector('.ant-form-item-explain-error')).toBeTruthy());
    expect(sent).toEqual([]);
    fireEvent.change(within(dialog).getByLabelText('终止原因'), { target: { value: '对方违约' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /终止合同/ }));
    await waitFor(() =>
      expect(sent).toEqual([
        { path: `/api/v1/contracts/${CONTRACT_ID}/terminate`, body: { reason: '对方违约' }, ifMatch: '"4"' },
      ]),
    );
    expect(await within(screen.getByTestId('contract-status')).findByText('已终止')).toBeTruthy();
  }, 30_000);

  it('gives readers no actions', async () => {
    stubContract(auditor, fakeContract({ status: 'active' }));
    renderApp(path);
    expect(await screen.findByText('合同 CT-20261129-0001', {}, { timeout: 12_000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /终止合同|提交审批|修\s*改/ })).toBeNull();
    expect(screen.queryByRole('button', { name: /上传附件/ })).toBeNull();
  }, 30_000);
});
