import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import {
  AGENT_PERMISSIONS,
  CANDIDATE_ID,
  CUSTOMER,
  CUSTOMER_ID,
  fakeCandidate,
  KEY_ACCOUNT_RULE,
  LEAD_PERMISSIONS,
} from './support-fixtures';

function stubCandidates(user = fakeUser({ permissions: AGENT_PERMISSIONS }), routes = {}) {
  return signIn(user, {
    'GET /api/v1/key-account-candidates': [fakeCandidate()],
    'GET /api/v1/key-account-rules': [KEY_ACCOUNT_RULE],
    [`GET /api/v1/customers/${CUSTOMER_ID}`]: CUSTOMER,
    ...routes,
  });
}

describe('KeyAccountsPage', () => {
  it('lists candidates with the rule that suggested each, and confirms one with a note', async () => {
    let sent: unknown;
    stubCandidates(undefined, {
      [`POST /api/v1/key-account-candidates/${CANDIDATE_ID}/confirm`]: async (request: Request) => {
        sent = await request.json();
        return json(200, fakeCandidate({ status: 'confirmed' }));
      },
    });
    renderApp('/support/key-accounts');
    const table = await screen.findByTestId('key-accounts-table', undefined, { timeout: 12_000 });
    const row = (await within(table).findByText('王芳（C-000123）')).closest('tr')!;
    expect(row.textContent).toContain('90 天消费满 5000 元（90 天内消费满 ¥5,000.00）');
    expect(row.textContent).toContain('¥6,200.00');
    expect(screen.queryByRole('button', { name: '立即运行规则' })).toBeNull();
    fireEvent.click(within(row).getByRole('button', { name: '确认并移交销售' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('备注（可选）'), { target: { value: '公司采购' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '确认并移交销售' }));
    await waitFor(() => expect(sent).toEqual({ note: '公司采购' }));
    expect(await screen.findByText('已确认，已通知销售')).toBeTruthy();
  }, 30_000);

  it('lets the lead run the rules now', async () => {
    stubCandidates(fakeUser({ permissions: LEAD_PERMISSIONS }), {
      'POST /api/v1/key-account-rules/evaluate': { suggested: 3 },
    });
    renderApp('/support/key-accounts');
    fireEvent.click(await screen.findByRole('button', { name: '立即运行规则' }, { timeout: 12_000 }));
    expect(await screen.findByText('已推荐或刷新 3 位候选客户')).toBeTruthy();
  }, 30_000);
});
