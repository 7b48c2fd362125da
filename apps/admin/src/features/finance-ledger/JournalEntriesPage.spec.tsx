import { screen } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readUrlState } from '../../shared/url-state/url-state';
import { fakeUser, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { accountsPage, fakeEntry, LEDGER_PERMISSIONS } from './ledger-fixtures';
import { entryListSpec, toEntryQuery } from './ledger-list-state';

const finance = fakeUser({ permissions: LEDGER_PERMISSIONS });

describe('journal entry list state', () => {
  it('reads period, account, source and status from the URL and ignores what is not allowed', () => {
    const state = readUrlState(
      entryListSpec,
      new URLSearchParams('period=2026-11&account=1122&source=order&status=posted&limit=7'),
    );
    expect(toEntryQuery(state, undefined)).toEqual({
      period: '2026-11',
      accountCode: '1122',
      sourceType: 'order',
      status: 'posted',
      limit: 7,
      cursor: undefined,
      count: true,
    });
    const junk = readUrlState(entryListSpec, new URLSearchParams('period=2026-13&account=11a&status=void'));
    expect(toEntryQuery(junk, 'next')).toMatchObject({
      period: undefined,
      accountCode: undefined,
      status: undefined,
      cursor: 'next',
      count: undefined,
    });
  });
});

describe('JournalEntriesPage', () => {
  it('lists entries with their amount and source, asking the API for the URL’s filters', async () => {
    const fetchMock = signIn(finance, {
      'GET /api/v1/journal-entries': {
        data: [
          fakeEntry(),
          fakeEntry({
            id: '0190a0b0-0000-7000-8000-000000000e09',
            number: 'JV-202611-0002',
            source: {
              type: 'order',
              id: '0190a0b0-0000-7000-8000-0000000000d1',
              number: 'SO-20261127-0001',
              purpose: 'revenue',
            },
          }),
        ],
        nextCursor: null,
        total: 2,
      },
      'GET /api/v1/ledger-accounts': accountsPage(),
    });
    renderApp('/finance/ledger/entries?period=2026-11&status=posted');
    const link = await screen.findByRole('link', { name: 'JV-202611-0001' }, { timeout: 25_000 });
    const row = link.closest('tr')!;
    expect(row.textContent).toContain('¥1,200.50');
    expect(row.textContent).toContain('手工凭证');
    expect(screen.getByRole('link', { name: 'SO-20261127-0001' }).getAttribute('href')).toContain('/orders/');
    const asked = fetchMock.mock.calls
      .map(([request]) => new URL((request as Request).url))
      .find((url) => url.pathname === '/api/v1/journal-entries')!;
    expect(asked.searchParams.get('period')).toBe('2026-11');
    expect(asked.searchParams.get('status')).toBe('posted');
  }, 60_000);
});
