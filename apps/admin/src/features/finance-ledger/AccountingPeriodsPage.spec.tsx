import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import type { AccountingPeriod } from './ledger.api';

const period = (overrides: Partial<AccountingPeriod>): AccountingPeriod => ({
  id: '0190a0b0-0000-7000-8000-000000000b11',
  code: '2026-11',
  startDate: '2026-11-01',
  endDate: '2026-11-30',
  status: 'open',
  entryCount: 12,
  closedAt: null,
  closedBy: null,
  reopenedAt: null,
  reopenReason: null,
  version: 1,
  ...overrides,
});
const october = period({
  id: '0190a0b0-0000-7000-8000-000000000b10',
  code: '2026-10',
  startDate: '2026-10-01',
  endDate: '2026-10-31',
  status: 'closed',
  closedAt: '2026-11-03T02:00:00.000Z',
});

describe('AccountingPeriodsPage', () => {
  it('lets finance close an open month but not reopen a closed one', async () => {
    let closed = false;
    signIn(fakeUser({ permissions: ['ledger:read', 'accounting-periods:close'] }), {
      'GET /api/v1/accounting-periods': [period({}), october],
      'POST /api/v1/accounting-periods/2026-11/close': () => {
        closed = true;
        return json(200, period({ status: 'closed' }));
      },
    });
    renderApp('/finance/ledger/periods');
    const row = (await screen.findByRole('link', { name: '2026-11' }, { timeout: 25_000 })).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: /结\s?账/ }));
    fireEvent.click(await screen.findByRole('button', { name: /确\s?定|OK/ }));
    await waitFor(() => expect(closed).toBe(true));
    const octoberRow = screen.getByRole('link', { name: '2026-10' }).closest('tr')!;
    expect(within(octoberRow).queryByRole('button')).toBeNull();
  }, 60_000);

  it('lets the general manager reopen a closed month with a reason', async () => {
    let body: unknown;
    signIn(fakeUser({ permissions: ['ledger:read', 'accounting-periods:reopen'] }), {
      'GET /api/v1/accounting-periods': [october],
      'POST /api/v1/accounting-periods/2026-10/reopen': async (request: Request) => {
        body = await request.json();
        return json(200, { ...october, status: 'open' });
      },
    });
    renderApp('/finance/ledger/periods');
    const row = (await screen.findByRole('link', { name: '2026-10' }, { timeout: 25_000 })).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: '反结账' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('原因'), { target: { value: '补记漏记的供应商发票' } });
    fireEvent.click(within(dialog).getByRole('button', { name: '反结账' }));
    await waitFor(() => expect(body).toEqual({ reason: '补记漏记的供应商发票' }));
  }, 60_000);
});
