import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { readUrlState } from '../../shared/url-state/url-state';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { page, TERRITORY_ID } from '../orders/order-fixtures';
import { chinaToday } from './cod.api';
import {
  fakeRemittance,
  fakeRemittanceSummary,
  FINANCE_PERMISSIONS,
  guangzhou,
  REMITTANCE_ID,
} from './cod-fixtures';
import { remittanceListSpec, toRemittanceQuery } from './cod-list-state';

const finance = fakeUser({ permissions: FINANCE_PERMISSIONS });

function stubRemittances(routes = {}) {
  return signIn(finance, {
    'GET /api/v1/cod-remittances': page(
      fakeRemittanceSummary({ status: 'discrepancy', handedInAmount: 7300, difference: -500 }),
    ),
    'GET /api/v1/org-units': page(guangzhou),
    [`GET /api/v1/org-units/${TERRITORY_ID}`]: guangzhou,
    ...routes,
  });
}

const requested = (fetchMock: ReturnType<typeof stubRemittances>) =>
  fetchMock.mock.calls
    .map(([request]) => new URL((request as Request).url))
    .filter((url) => url.pathname === '/api/v1/cod-remittances');

describe('remittance list state', () => {
  it('reads status, city, courier and day from the URL and ignores what is not allowed', () => {
    const state = readUrlState(
      remittanceListSpec,
      new URLSearchParams(`status=discrepancy&cityId=${TERRITORY_ID}&day=2026-11-28&courierId=nobody`),
    );
    expect(toRemittanceQuery(state, undefined)).toMatchObject({
      status: 'discrepancy',
      cityId: TERRITORY_ID,
      businessDay: '2026-11-28',
      courierId: undefined,
      count: true,
    });
  });

  it('takes today as a China business day', () => {
    // 20:00 UTC is already the next morning in China.
    expect(chinaToday(new Date('2026-11-27T20:00:00Z'))).toBe('2026-11-28');
  });
});

describe('CodRemittancesPage', () => {
  it('lists batches with the amounts in ¥ and the difference, filtered by the URL', async () => {
    const fetchMock = stubRemittances();
    renderApp('/finance/cod-remittances?status=discrepancy&day=2026-11-28');
    const link = await screen.findByRole('link', { name: 'REM-20261128-0001' }, { timeout: 12_000 });
    const row = link.closest('tr')!;
    expect(row.textContent).toContain('¥78.00');
    expect(row.textContent).toContain('¥73.00');
    expect(row.textContent).toContain('-¥5.00');
    expect(row.textContent).toContain('有差异');
    expect(await within(row).findByText('广州市')).toBeTruthy();
    const first = requested(fetchMock)[0]!;
    expect(first.searchParams.get('status')).toBe('discrepancy');
    expect(first.searchParams.get('businessDay')).toBe('2026-11-28');
  });

  it('builds a batch for a city and day, and opens it', async () => {
    let posted: unknown;
    stubRemittances({
      'POST /api/v1/cod-remittances': async (request: Request) => {
        posted = await request.json();
        return json(201, fakeRemittance());
      },
      [`GET /api/v1/cod-remittances/${REMITTANCE_ID}`]: fakeRemittance(),
    });
    const { router } = renderApp('/finance/cod-remittances');
    fireEvent.click(await screen.findByRole('button', { name: /新建回笼批次/ }, { timeout: 12_000 }));
    const dialog = await screen.findByRole('dialog');
    // Neither city nor courier: refused before any request.
    fireEvent.click(within(dialog).getByRole('button', { name: /生成批次/ }));
    expect(await within(dialog).findByText('请选择城市或配送员（至少一项）')).toBeTruthy();
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '城市' }));
    fireEvent.click(await screen.findByTitle('广州市'));
    fireEvent.click(within(dialog).getByRole('button', { name: /生成批次/ }));
    await waitFor(() => expect(posted).toEqual({ cityId: TERRITORY_ID, businessDay: chinaToday() }));
    await waitFor(() =>
      expect(router.state.location.pathname).toBe(`/finance/cod-remittances/${REMITTANCE_ID}`),
    );
  }, 30_000);

  it('says why a batch cannot be built', async () => {
    stubRemittances({
      'POST /api/v1/cod-remittances': json(422, problem(422, 'COD_REMITTANCE_EMPTY', 'nothing')),
    });
    renderApp(`/finance/cod-remittances`);
    fireEvent.click(await screen.findByRole('button', { name: /新建回笼批次/ }, { timeout: 12_000 }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '城市' }));
    fireEvent.click(await screen.findByTitle('广州市'));
    fireEvent.click(within(dialog).getByRole('button', { name: /生成批次/ }));
    expect(await within(dialog).findByText('这一天没有已代收、尚未进入批次的货款。')).toBeTruthy();
  }, 30_000);
});
