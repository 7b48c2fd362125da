import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { guangzhou } from '../finance-expenses/expense-fixtures';
import { page, TERRITORY_ID } from '../orders/order-fixtures';
import { CONTRACT_ID, CONTRACTS_FINANCE, CONTRACTS_READER, fakeContract } from './contract-fixtures';

const finance = fakeUser({ permissions: CONTRACTS_FINANCE });
const auditor = fakeUser({ permissions: CONTRACTS_READER });
const inDays = (days: number) =>
  new Date(Date.now() + 8 * 3600_000 + days * 86_400_000).toISOString().slice(0, 10);

function stubContracts(user = finance, routes = {}) {
  return signIn(user, {
    'GET /api/v1/contracts': page(
      fakeContract({ status: 'active', endsOn: inDays(12) }),
      fakeContract({
        id: '0190a0b0-0000-7000-8000-000000000c02',
        number: 'CT-20261129-0002',
        kind: 'franchise',
      }),
    ),
    'GET /api/v1/org-units': page(guangzhou),
    [`GET /api/v1/org-units/${TERRITORY_ID}`]: guangzhou,
    ...routes,
  });
}

describe('ContractsPage', () => {
  it('lists contracts with the days left, and sends "expiring within 30 days" from the URL', async () => {
    const fetchMock = stubContracts(auditor);
    renderApp('/finance/contracts?expiring=30&kind=lease');
    const table = await screen.findByTestId('contracts-table', {}, { timeout: 12_000 });
    await waitFor(() => expect(table.textContent).toContain('CT-20261129-0002'));
    expect(table.textContent).toContain('¥360,000.00');
    expect(table.textContent).toContain('加盟合同');
    expect(within(table).getByTestId('days-left').textContent).toBe('剩 12 天');
    const listed = fetchMock.mock.calls
      .map(([request]) => new URL((request as Request).url))
      .find((url) => url.pathname === '/api/v1/contracts')!;
    expect(listed.searchParams.get('expiringWithinDays')).toBe('30');
    expect(listed.searchParams.get('kind')).toBe('lease');
    expect(listed.searchParams.get('sort')).toBe('endsOn');
    // The auditor reads; only finance records contracts.
    expect(screen.queryByRole('button', { name: /新建合同/ })).toBeNull();
  }, 30_000);

  it('shows the empty state with a way back when the filters match nothing', async () => {
    stubContracts(finance, { 'GET /api/v1/contracts': page() });
    renderApp('/finance/contracts?status=expired');
    expect(await screen.findByText('没有符合筛选条件的合同', {}, { timeout: 12_000 })).toBeTruthy();
  }, 30_000);

  it('lets finance record a contract in yuan, sent as 分, and shows a refusal under its field', async () => {
    const posted: unknown[] = [];
    stubContracts(finance, {
      'POST /api/v1/contracts': async (request: Request) => {
        posted.push(await request.json());
        return posted.length === 1
          ? json(400, {
              ...problem(400, 'CONTRACT_DATES_INVALID'),
              errors: [{ field: 'endsOn', message: 'must not be before startsOn' }],
            })
          : json(201, fakeContract());
      },
      [`GET /api/v1/contracts/${CONTRACT_ID}`]: fakeContract(),
      [`GET /api/v1/contracts/${CONTRACT_ID}/history`]: [],
      [`GET /api/v1/contracts/${CONTRACT_ID}/attachments`]: [],
    });
    renderApp('/finance/contracts');
    fireEvent.click((await screen.findAllByRole('button', { name: /新建合同/ }, { timeout: 12_000 }))[0]!);
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('合同名称'), { target: { value: '广州仓库租赁合同' } });
    fireEvent.change(within(dialog).getByLabelText('合同相对方'), { target: { value: '白云物流园' } });
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '我方签约单位' }));
    fireEvent.click(await screen.findByTitle('广州市'));
    fireEvent.change(within(dialog).getByLabelText('合同金额'), { target: { value: '360000' } });
    for (const [label, value] of [
      ['起始日期', '2027-01-01'],
      ['截止日期', '2027-12-31'],
    ] as const) {
      const input = within(dialog).getByLabelText(label);
      fireEvent.mouseDown(input);
      fireEvent.change(input, { target: { value } });
      fireEvent.keyDown(input, { key: 'Enter' });
      await waitFor(() => expect((input as HTMLInputElement).value).toBe(value));
    }
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(posted[0]).toEqual({
        title: '广州仓库租赁合同',
        kind: 'purchase',
        counterpartyName: '白云物流园',
        orgUnitId: TERRITORY_ID,
        amount: 36_000_000,
        signedOn: null,
        startsOn: '2027-01-01',
        endsOn: '2027-12-31',
        note: null,
      }),
    );
    expect(await within(dialog).findByText(/must not be before startsOn/)).toBeTruthy();
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await screen.findByTestId('contract-number', {}, { timeout: 12_000 })).toBeTruthy();
  }, 60_000);
});
