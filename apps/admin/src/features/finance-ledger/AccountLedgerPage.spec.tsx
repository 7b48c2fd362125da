import { screen, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { accountsPage, ENTRY_ID } from './ledger-fixtures';

const row = (lineNo: number, debit: number, credit: number, balance: number) => ({
  lineId: `0190a0b0-0000-7000-8000-00000000010${lineNo}`,
  entryId: ENTRY_ID,
  entryNumber: `JV-202611-000${lineNo}`,
  entryDate: '2026-11-27',
  description: '银行收支',
  memo: null,
  accountCode: '1002',
  debit,
  credit,
  balance,
});

describe('AccountLedgerPage', () => {
  it('shows the opening balance and the running balance on the account’s side, for the URL’s account', async () => {
    const fetchMock = signIn(fakeUser({ permissions: ['ledger:read'] }), {
      'GET /api/v1/ledger-accounts': accountsPage(),
      'GET /api/v1/journal-entries/account-ledger': {
        accountCode: '1002',
        normalBalance: 'debit',
        openingBalance: 10_000,
        data: [row(1, 5_000, 0, 15_000), row(2, 0, 20_000, -5_000)],
        nextCursor: null,
      },
    });
    renderApp('/finance/ledger/account-ledger?account=1002&from=2026-11');
    expect(
      (await screen.findByTestId('account-ledger-opening', {}, { timeout: 25_000 })).textContent,
    ).toContain('借 ¥100.00');
    const table = screen.getByTestId('account-ledger-table');
    expect(within(table).getByText('JV-202611-0001').closest('tr')!.textContent).toContain('借 ¥150.00');
    // Overdrawn: the balance stands on the credit side.
    expect(within(table).getByText('JV-202611-0002').closest('tr')!.textContent).toContain('贷 ¥50.00');
    const asked = fetchMock.mock.calls
      .map(([request]) => new URL((request as Request).url))
      .find((url) => url.pathname === '/api/v1/journal-entries/account-ledger')!;
    expect(asked.searchParams.get('accountCode')).toBe('1002');
    expect(asked.searchParams.get('from')).toBe('2026-11');
  }, 60_000);
});
