import { fireEvent, screen, waitFor } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { accountsPage, ENTRY_ID, fakeEntry, LEDGER_PERMISSIONS } from './ledger-fixtures';

const finance = fakeUser({ permissions: LEDGER_PERMISSIONS });

async function pickAccount(label: string, name: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: label }));
  const options = await screen.findAllByTitle(name);
  fireEvent.click(options[options.length - 1]!);
}

const button = (name: RegExp) => screen.getByRole('button', { name }) as HTMLButtonElement;

async function writeEntry(credit: string) {
  fireEvent.change(await screen.findByLabelText('摘要', {}, { timeout: 25_000 }), {
    target: { value: '购买办公用品' },
  });
  await pickAccount('科目 1', '660201 管理费用-办公费');
  fireEvent.change(screen.getByLabelText('借方 1'), { target: { value: '1,200.50' } });
  fireEvent.change(screen.getByLabelText('备注 1'), { target: { value: '打印纸' } });
  await pickAccount('科目 2', '1002 银行存款');
  fireEvent.change(screen.getByLabelText('贷方 2'), { target: { value: credit } });
}

describe('NewJournalEntryPage', () => {
  it('keeps saving off until debits equal credits, then saves, posts and opens the entry', async () => {
    let posted: unknown;
    let postedDraft = false;
    signIn(finance, {
      'GET /api/v1/ledger-accounts': accountsPage(),
      'POST /api/v1/journal-entries': async (request: Request) => {
        posted = await request.json();
        return json(201, fakeEntry({ status: 'draft', number: null, postedAt: null, version: 1 }));
      },
      [`POST /api/v1/journal-entries/${ENTRY_ID}/post`]: () => {
        postedDraft = true;
        return json(200, fakeEntry());
      },
      [`GET /api/v1/journal-entries/${ENTRY_ID}`]: fakeEntry(),
    });
    const { router } = renderApp('/finance/ledger/entries/new');
    await writeEntry('1200');
    // Out of balance by 50 分: neither button may save.
    await waitFor(() => expect(screen.getByTestId('entry-form-balance').textContent).toContain('¥0.50'));
    expect(screen.getByTestId('entry-form-debit').textContent).toBe('¥1,200.50');
    expect(button(/保存并过账/).disabled).toBe(true);
    expect(button(/保存草稿/).disabled).toBe(true);

    fireEvent.change(screen.getByLabelText('贷方 2'), { target: { value: '1200.5' } });
    await waitFor(() => expect(screen.getByTestId('entry-form-balance').textContent).toContain('借贷平衡'));
    fireEvent.click(button(/保存并过账/));
    await waitFor(() => expect(router.state.location.pathname).toBe(`/finance/ledger/entries/${ENTRY_ID}`));
    expect(posted).toMatchObject({
      description: '购买办公用品',
      lines: [
        { accountCode: '660201', debit: 120050, memo: '打印纸' },
        { accountCode: '1002', credit: 120050 },
      ],
    });
    expect(postedDraft).toBe(true);
  }, 60_000);

  it('adds a line when Enter is pressed in a memo, and says why the API refused', async () => {
    signIn(finance, {
      'GET /api/v1/ledger-accounts': accountsPage(),
      'POST /api/v1/journal-entries': json(
        422,
        problem(422, 'PERIOD_CLOSED', 'Accounting period 2026-11 is closed.'),
      ),
    });
    renderApp('/finance/ledger/entries/new');
    await writeEntry('1200.50');
    fireEvent.keyDown(screen.getByLabelText('备注 1'), { key: 'Enter', code: 'Enter', keyCode: 13 });
    expect(await screen.findByLabelText('科目 3')).toBeTruthy();
    // An empty third line would be refused: remove it before saving.
    fireEvent.click(screen.getByRole('button', { name: '删除此行 3' }));
    await waitFor(() => expect(button(/保存草稿/).disabled).toBe(false));
    fireEvent.click(button(/保存草稿/));
    expect((await screen.findByRole('alert')).textContent).toContain('该会计期间已结账');
  }, 60_000);
});
