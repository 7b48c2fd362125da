import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { accountTree, nextSubAccountCode } from './account-tree';
import {
  accountsPage,
  adminExpenses,
  bank,
  fakeAccount,
  LEDGER_PERMISSIONS,
  officeSupplies,
} from './ledger-fixtures';

describe('account tree', () => {
  it('nests sub-accounts under their parent by code and suggests the next free code', () => {
    const tree = accountTree([officeSupplies, adminExpenses, bank]);
    expect(tree.map((a) => a.code)).toEqual(['1002', '6602']);
    expect(tree[1]!.children!.map((a) => a.code)).toEqual(['660201']);
    expect(nextSubAccountCode(adminExpenses, [bank, adminExpenses, officeSupplies])).toBe('660202');
  });
});

describe('LedgerAccountsPage', () => {
  it('opens a sub-account under an account with the suggested code', async () => {
    let posted: unknown;
    signIn(fakeUser({ permissions: LEDGER_PERMISSIONS }), {
      'GET /api/v1/ledger-accounts': accountsPage(),
      'POST /api/v1/ledger-accounts': async (request: Request) => {
        posted = await request.json();
        return json(
          201,
          fakeAccount({ code: '100201', nameZh: '银行存款-工商银行', parentId: bank.id, level: 2 }),
        );
      },
    });
    renderApp('/finance/ledger/accounts');
    const table = await screen.findByTestId('ledger-accounts-table', {}, { timeout: 25_000 });
    const row = (await within(table).findByText('银行存款')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: '开设明细科目' }));
    const dialog = await screen.findByRole('dialog');
    expect((within(dialog).getByLabelText('科目编码') as HTMLInputElement).value).toBe('100201');
    fireEvent.change(within(dialog).getByLabelText('中文名称'), { target: { value: '银行存款-工商银行' } });
    fireEvent.change(within(dialog).getByLabelText('英文名称'), { target: { value: 'Bank - ICBC' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s?存/ }));
    await waitFor(() =>
      expect(posted).toEqual({
        parentCode: '1002',
        code: '100201',
        nameZh: '银行存款-工商银行',
        nameEn: 'Bank - ICBC',
      }),
    );
  }, 60_000);
});
