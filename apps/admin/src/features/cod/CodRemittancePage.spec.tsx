import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, problem, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { TERRITORY_ID } from '../orders/order-fixtures';
import type { Remittance } from './cod.api';
import { fakeRemittance, FINANCE_PERMISSIONS, guangzhou, REMITTANCE_ID } from './cod-fixtures';

const finance = fakeUser({ permissions: FINANCE_PERMISSIONS });
const cityManager = fakeUser({ permissions: ['cod-remittances:read', 'cod-remittances:write'] });
const path = `/finance/cod-remittances/${REMITTANCE_ID}`;

/** The API's batch as it changes: each POST answers the next state and remembers what it was sent. */
function stubBatch(user = finance, start: Remittance = fakeRemittance()) {
  const current = { value: start };
  const sent: Array<{ path: string; body: unknown; ifMatch: string | null }> = [];
  const step = (next: (body: Record<string, string>) => Partial<Remittance>) => async (request: Request) => {
    const body = (await request.json()) as Record<string, string>;
    sent.push({ path: new URL(request.url).pathname, body, ifMatch: request.headers.get('If-Match') });
    current.value = { ...current.value, ...next(body), version: current.value.version + 1 };
    return json(200, current.value);
  };
  signIn(user, {
    [`GET /api/v1/cod-remittances/${REMITTANCE_ID}`]: () => json(200, current.value),
    [`GET /api/v1/org-units/${TERRITORY_ID}`]: guangzhou,
    [`POST /api/v1/cod-remittances/${REMITTANCE_ID}/hand-in`]: step((body) => ({
      status: 'handed_in',
      handedInAmount: Number(body.amount),
      difference: Number(body.amount) - current.value.expectedAmount,
    })),
    [`POST /api/v1/cod-remittances/${REMITTANCE_ID}/confirm`]: step((body) => ({
      status: 'discrepancy',
      discrepancyReason: body.reason ?? null,
    })),
    [`POST /api/v1/cod-remittances/${REMITTANCE_ID}/discrepancy/notes`]: step((body) => ({
      history: [
        ...current.value.history,
        {
          action: 'follow-up',
          from: 'discrepancy',
          to: 'discrepancy',
          note: body.note!,
          data: {},
          actorKind: 'user',
          actorId: null,
          actorLabel: '财务小周',
          occurredAt: '2026-11-28T12:00:00.000Z',
        },
      ],
    })),
    [`POST /api/v1/cod-remittances/${REMITTANCE_ID}/discrepancy/resolve`]: step((body) => ({
      status: 'resolved',
      resolution: body.resolution as Remittance['resolution'],
    })),
  });
  return sent;
}

describe('CodRemittancePage', () => {
  it('shows the orders with the cash expected; a short hand-in becomes a discrepancy with a reason', async () => {
    const sent = stubBatch();
    renderApp(path);
    const lines = await screen.findByTestId('remittance-lines', undefined, { timeout: 12_000 });
    expect(within(lines).getByRole('link', { name: 'SO-20261128-0001' })).toBeTruthy();
    expect(screen.getByTestId('remittance-expected').textContent).toBe('¥78.00');

    fireEvent.click(screen.getByRole('button', { name: '登记交款' }));
    const handIn = await screen.findByRole('dialog');
    fireEvent.change(within(handIn).getByLabelText('实交金额'), { target: { value: '73' } });
    fireEvent.click(within(handIn).getByRole('button', { name: '登记交款' }));
    await waitFor(() => expect(sent[0]).toMatchObject({ body: { amount: 7300 }, ifMatch: '"1"' }));
    expect(await screen.findByText('已交款', { selector: '.ant-tag' })).toBeTruthy();

    fireEvent.click(screen.getByRole('button', { name: '财务确认' }));
    const confirm = (await screen.findByText(/差额 -¥5.00/)).closest<HTMLElement>('.ant-modal')!;
    fireEvent.click(within(confirm).getByRole('button', { name: '财务确认' }));
    expect(await within(confirm).findByText('金额不符时请说明原因')).toBeTruthy();
    fireEvent.change(within(confirm).getByLabelText('差异原因'), { target: { value: '配送员少交 5 元' } });
    fireEvent.click(within(confirm).getByRole('button', { name: '财务确认' }));
    await waitFor(() =>
      expect(sent[1]).toMatchObject({ body: { reason: '配送员少交 5 元' }, ifMatch: '"2"' }),
    );
    const discrepancy = await screen.findByTestId('remittance-discrepancy');
    expect(within(discrepancy).getByText('配送员少交 5 元')).toBeTruthy();
  }, 30_000);

  it('follows a discrepancy up with notes and resolves it', async () => {
    const sent = stubBatch(
      finance,
      fakeRemittance({
        status: 'discrepancy',
        handedInAmount: 7300,
        difference: -500,
        discrepancyReason: '配送员少交 5 元',
        version: 3,
      }),
    );
    renderApp(path);
    const card = await screen.findByTestId('remittance-discrepancy', undefined, { timeout: 12_000 });
    fireEvent.change(within(card).getByLabelText('跟进内容'), { target: { value: '已电话联系配送员' } });
    fireEvent.click(within(card).getByRole('button', { name: '添加跟进' }));
    await waitFor(() => expect(sent[0]).toMatchObject({ body: { note: '已电话联系配送员' } }));
    expect(await within(card).findByText('已电话联系配送员')).toBeTruthy();

    fireEvent.mouseDown(within(card).getByRole('combobox', { name: '处理结果' }));
    fireEvent.click(await screen.findByTitle('已追回'));
    fireEvent.change(within(card).getByLabelText('处理说明'), { target: { value: '配送员已补交' } });
    fireEvent.click(within(card).getByRole('button', { name: '处理差异' }));
    await waitFor(() =>
      expect(sent[1]).toMatchObject({
        body: { resolution: 'recovered', note: '配送员已补交' },
        ifMatch: '"4"',
      }),
    );
    expect(await screen.findByText('差异已处理', { selector: '.ant-tag' })).toBeTruthy();
  }, 30_000);

  it('offers a city manager the hand-in but not the confirmation, and shows a refusal', async () => {
    signIn(cityManager, {
      [`GET /api/v1/cod-remittances/${REMITTANCE_ID}`]: fakeRemittance(),
      [`GET /api/v1/org-units/${TERRITORY_ID}`]: guangzhou,
      [`POST /api/v1/cod-remittances/${REMITTANCE_ID}/hand-in`]: json(
        409,
        problem(409, 'COD_REMITTANCE_TRANSITION_NOT_ALLOWED', 'no'),
      ),
    });
    renderApp(path);
    fireEvent.click(await screen.findByRole('button', { name: '登记交款' }, { timeout: 12_000 }));
    expect(screen.queryByRole('button', { name: '财务确认' })).toBeNull();
    const handIn = await screen.findByRole('dialog');
    fireEvent.change(within(handIn).getByLabelText('实交金额'), { target: { value: '78.00' } });
    fireEvent.click(within(handIn).getByRole('button', { name: '登记交款' }));
    expect(await screen.findByTestId('remittance-refusal')).toBeTruthy();
    expect(screen.getByText('批次当前的状态不允许这个操作，请刷新后查看。')).toBeTruthy();
  }, 30_000);
});
