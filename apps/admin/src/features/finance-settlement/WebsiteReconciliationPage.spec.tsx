import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { uploadFile } from '../../shared/transfer/authorized-transfer';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { DAY, fakeDay, fakeLine, SETTLEMENT_PERMISSIONS } from './settlement-fixtures';

// The transport (XHR with progress) is the browser's; here the page's handling of its answers is under test.
vi.mock('../../shared/transfer/authorized-transfer', () => ({ uploadFile: vi.fn(), downloadFile: vi.fn() }));
const upload = vi.mocked(uploadFile);

const finance = fakeUser({ permissions: SETTLEMENT_PERMISSIONS });
const differing = fakeLine({
  id: '42',
  transactionRef: 'T-0002',
  orderRef: 'SO-20261127-0009',
  orderId: '0190a0b0-0000-7000-8000-000000000c01',
  amount: 10_000,
  expectedAmount: 9_900,
  status: 'amount_difference',
});
const keyset = (data: unknown[], nextCursor: string | null = null) => ({ data, nextCursor });

function stubDay(routes = {}) {
  return signIn(finance, {
    [`GET /api/v1/website-reconciliation/days/${DAY}`]: fakeDay(),
    [`GET /api/v1/website-reconciliation/days/${DAY}/lines`]: keyset(
      [fakeLine(), differing],
      'eyJpZCI6IjQyIn0',
    ),
    [`GET /api/v1/website-reconciliation/days/${DAY}/unsettled-payments`]: keyset([
      {
        orderId: '0190a0b0-0000-7000-8000-000000000c02',
        orderNumber: 'SO-20261127-0077',
        amount: 5_000,
        currency: 'CNY',
      },
    ]),
    ...routes,
  });
}

const linesAsked = (fetchMock: ReturnType<typeof stubDay>) =>
  fetchMock.mock.calls
    .map(([request]) => new URL((request as Request).url))
    .filter((url) => url.pathname.endsWith('/lines'));

describe('WebsiteReconciliationPage', () => {
  beforeEach(() => {
    upload.mockReset();
  });

  it('shows the day’s totals, the statement’s open lines beside our unsettled payments, paged by cursor', async () => {
    const fetchMock = stubDay();
    renderApp(`/finance/reconciliation?day=${DAY}`);
    const summary = await screen.findByTestId('website-day-summary', {}, { timeout: 20_000 });
    expect(summary.textContent).toContain('¥12,345.00');
    expect(summary.textContent).toContain('+¥1.00');
    const lines = await screen.findByTestId('statement-lines');
    const row = within(lines).getByText('T-0002').closest('tr')!;
    expect(row.textContent).toContain('¥100.00');
    expect(row.textContent).toContain('¥99.00');
    expect(row.textContent).toContain('金额不符');
    expect((await screen.findByTestId('unsettled-payments')).textContent).toContain('SO-20261127-0077');
    fireEvent.click(screen.getAllByRole('button', { name: /下一页|next/i })[0]!);
    await waitFor(() => expect(linesAsked(fetchMock).some((u) => u.searchParams.get('cursor'))).toBe(true));
  }, 60_000);

  it('asks only for what still needs a reason, and saves one', async () => {
    let reason: unknown;
    const fetchMock = stubDay({
      'POST /api/v1/website-reconciliation/lines/41/explain': async (request: Request) => {
        reason = await request.json();
        return json(200, fakeLine({ explanation: '测试订单' }));
      },
    });
    renderApp(`/finance/reconciliation?day=${DAY}&lines=open`);
    const lines = await screen.findByTestId('statement-lines', {}, { timeout: 20_000 });
    await waitFor(() => expect(linesAsked(fetchMock)[0]?.searchParams.get('unexplained')).toBe('true'));
    const row = (await within(lines).findByText('T-0001')).closest('tr')!;
    fireEvent.click(within(row).getByRole('button', { name: '说 明' }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByRole('textbox', { name: '原因' }), {
      target: { value: ' 测试订单 ' },
    });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() => expect(reason).toEqual({ reason: '测试订单' }));
  }, 60_000);

  it('refuses to close a day with open items, saying how many, and shows them', async () => {
    stubDay({
      [`POST /api/v1/website-reconciliation/days/${DAY}/close`]: json(
        422,
        problem(422, 'RECONCILIATION_DAY_HAS_OPEN_ITEMS', 'open'),
      ),
    });
    const { router } = renderApp(`/finance/reconciliation?day=${DAY}`);
    const summary = await screen.findByTestId('website-day-summary', {}, { timeout: 20_000 });
    fireEvent.click(within(summary).getByRole('button', { name: '日 结' }));
    const confirm = await screen.findByText('日结后这一天的结算单不能再导入或修改，确定日结？');
    fireEvent.click(
      within(confirm.closest('.ant-popover')! as HTMLElement).getByRole('button', { name: /日\s*结/ }),
    );
    expect((await screen.findByTestId('close-day-refusal')).textContent).toContain(
      '还有 2 笔结算单既未匹配也未说明，说明后才能日结。',
    );
    await waitFor(() => expect(router.state.location.search).toContain('lines=open'));
  }, 60_000);

  it('uploads the statement with progress, reports the import and moves to its day', async () => {
    let finish: ((value: unknown) => void) | undefined;
    upload.mockImplementation((_path, _file, options) => {
      options?.onProgress?.(40);
      return new Promise((resolve) => (finish = resolve));
    });
    stubDay({ 'GET /api/v1/website-reconciliation/days/2026-11-28': fakeDay({ day: '2026-11-28' }) });
    const { router } = renderApp(`/finance/reconciliation?day=2026-11-28`);
    await screen.findByTestId('website-day-summary', {}, { timeout: 20_000 });
    const csv = new File(['transaction_ref,order_ref,amount,fee,settled_at\n'], 'statement.csv', {
      type: 'text/csv',
    });
    fireEvent.change(document.querySelector('input[type=file]')!, { target: { files: [csv] } });
    expect(await screen.findByRole('progressbar')).toBeTruthy();
    expect(upload).toHaveBeenCalledWith('/api/v1/website-reconciliation/statements', csv, expect.anything());
    finish!({
      importId: '0190a0b0-0000-7000-8000-000000000c03',
      number: 'PS-20261128-0001',
      lines: 12,
      duplicates: 0,
      matched: 10,
      amountDifferences: 1,
      unmatched: 1,
      days: [DAY],
      milliseconds: 80,
    });
    expect(
      await screen.findByText('PS-20261128-0001：导入 12 笔（重复 0 笔），匹配 10，金额不符 1，未匹配 1'),
    ).toBeTruthy();
    await waitFor(() => expect(router.state.location.search).toContain(`day=${DAY}`));
  }, 60_000);

  it('lists the malformed lines of a refused statement', async () => {
    const { ApiProblem } = await import('../../api/problem');
    const refusal = new ApiProblem({
      ...problem(422, 'STATEMENT_INVALID', 'bad'),
      errors: [{ field: 'line 2', message: 'amount must be yuan such as 12.30' }],
    });
    upload.mockImplementation(async () => {
      throw refusal;
    });
    stubDay();
    renderApp(`/finance/reconciliation?day=${DAY}`);
    await screen.findByTestId('website-day-summary', {}, { timeout: 20_000 });
    const csv = new File(['x'], 'statement.csv', { type: 'text/csv' });
    fireEvent.change(document.querySelector('input[type=file]')!, { target: { files: [csv] } });
    const alert = await screen.findByText('结算单未导入');
    const box = alert.closest('[role=alert]')!;
    expect(box.textContent).toContain('结算单有格式错误的行，整份未导入。');
    expect(box.textContent).toContain('line 2: amount must be yuan such as 12.30');
  }, 60_000);
});
