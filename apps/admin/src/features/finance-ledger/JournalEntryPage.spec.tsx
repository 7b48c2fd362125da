import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { ENTRY_ID, fakeEntry, LEDGER_PERMISSIONS, REVERSAL_ID } from './ledger-fixtures';

describe('JournalEntryPage', () => {
  it('shows the lines with equal totals and reverses the entry with a reason', async () => {
    let reason: unknown;
    signIn(fakeUser({ permissions: LEDGER_PERMISSIONS }), {
      [`GET /api/v1/journal-entries/${ENTRY_ID}`]: fakeEntry(),
      [`POST /api/v1/journal-entries/${ENTRY_ID}/reverse`]: async (request: Request) => {
        reason = await request.json();
        return json(201, fakeEntry({ id: REVERSAL_ID, number: 'JV-202611-0002', reversesId: ENTRY_ID }));
      },
      [`GET /api/v1/journal-entries/${REVERSAL_ID}`]: fakeEntry({
        id: REVERSAL_ID,
        number: 'JV-202611-0002',
        reversesId: ENTRY_ID,
      }),
    });
    const { router } = renderApp(`/finance/ledger/entries/${ENTRY_ID}`);
    expect((await screen.findByTestId('entry-number', {}, { timeout: 25_000 })).textContent).toBe(
      '凭证 JV-202611-0001',
    );
    expect(screen.getByTestId('entry-debit-total').textContent).toBe('¥1,200.50');
    expect(screen.getByTestId('entry-credit-total').textContent).toBe('¥1,200.50');
    expect(within(screen.getByTestId('entry-lines')).getByText('660201 管理费用-办公费')).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: /冲\s?销/ }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /冲\s?销/ }));
    expect(await within(dialog).findByText('请填写冲销原因')).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('冲销原因'), { target: { value: '金额录错' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /冲\s?销/ }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/finance/ledger/entries/${REVERSAL_ID}`),
    );
    expect(reason).toEqual({ reason: '金额录错' });
  }, 60_000);

  it('offers no actions to a reader without the write permission', async () => {
    signIn(fakeUser({ permissions: ['ledger:read'] }), {
      [`GET /api/v1/journal-entries/${ENTRY_ID}`]: fakeEntry({ status: 'draft', number: null }),
    });
    renderApp(`/finance/ledger/entries/${ENTRY_ID}`);
    expect((await screen.findByTestId('entry-number', {}, { timeout: 25_000 })).textContent).toBe('凭证草稿');
    expect(screen.queryByTestId('entry-actions')).toBeNull();
  }, 60_000);
});
