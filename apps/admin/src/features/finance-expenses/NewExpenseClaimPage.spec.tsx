import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { TERRITORY_ID } from '../orders/order-fixtures';
import {
  CLAIM_ID,
  CLAIMANT_ID,
  EMPLOYEE_PERMISSIONS,
  fakeClaim,
  fakeHistory,
  guangzhou,
  STAFF_HOTEL_LIMIT,
} from './expense-fixtures';

const employee = fakeUser({
  id: CLAIMANT_ID,
  permissions: EMPLOYEE_PERMISSIONS,
  roles: [{ role: 'customer-service-agent', orgUnitId: TERRITORY_ID }],
});

async function pickDate(label: string, day: string) {
  const input = screen.getByLabelText(label);
  fireEvent.mouseDown(input);
  fireEvent.change(input, { target: { value: day } });
  fireEvent.keyDown(input, { key: 'Enter' });
  await waitFor(() => expect((input as HTMLInputElement).value).toBe(day));
}

async function pickCategory(label: string, name: string) {
  fireEvent.mouseDown(screen.getByRole('combobox', { name: label }));
  const options = await screen.findAllByTitle(name);
  fireEvent.click(options[options.length - 1]!);
}

describe('NewExpenseClaimPage', () => {
  it('writes a claim line by line in yuan, warns over the policy and asks why, and sends 分', async () => {
    let posted: unknown;
    signIn(employee, {
      'GET /api/v1/expense-policy-limits': [STAFF_HOTEL_LIMIT],
      'POST /api/v1/expense-claims': async (request: Request) => {
        posted = await request.json();
        return json(201, fakeClaim());
      },
      [`GET /api/v1/expense-claims/${CLAIM_ID}`]: fakeClaim(),
      [`GET /api/v1/expense-claims/${CLAIM_ID}/history`]: fakeHistory(),
      [`GET /api/v1/expense-claims/${CLAIM_ID}/attachments`]: [],
      [`GET /api/v1/org-units/${TERRITORY_ID}`]: guangzhou,
    });
    const { router } = renderApp('/finance/expense-claims/new');
    fireEvent.change(await screen.findByLabelText('事由', {}, { timeout: 12_000 }), {
      target: { value: '11 月广州出差' },
    });
    await pickDate('日期 1', '2026-11-20');
    await pickCategory('费用类别 1', '住宿费');
    fireEvent.change(screen.getByLabelText('金额 1'), { target: { value: '450' } });
    fireEvent.change(screen.getByLabelText('说明 1'), { target: { value: '广州酒店 1 晚' } });
    const note = await screen.findByTestId('policy-note');
    expect(note.textContent).toContain('超出每张标准 ¥400.00');

    fireEvent.click(screen.getByRole('button', { name: /添加一行/ }));
    await pickDate('日期 2', '2026-11-20');
    await pickCategory('费用类别 2', '交通费');
    fireEvent.change(screen.getByLabelText('金额 2'), { target: { value: '88' } });
    fireEvent.change(screen.getByLabelText('说明 2'), { target: { value: '出租车' } });
    await waitFor(() => expect(screen.getByTestId('claim-form-total').textContent).toContain('¥538.00'));

    fireEvent.change(screen.getByLabelText('超标准说明 1'), {
      target: { value: '展会期间酒店全部涨价，已比价' },
    });
    fireEvent.click(screen.getByRole('button', { name: /保存草稿/ }));
    await waitFor(() =>
      expect(posted).toEqual({
        title: '11 月广州出差',
        lines: [
          {
            expenseDate: '2026-11-20',
            category: 'accommodation',
            amount: 45_000,
            description: '广州酒店 1 晚',
            justification: '展会期间酒店全部涨价，已比价',
          },
          { expenseDate: '2026-11-20', category: 'transport', amount: 8_800, description: '出租车' },
        ],
      }),
    );
    await waitFor(() => expect(router.state.location.pathname).toBe(`/finance/expense-claims/${CLAIM_ID}`));
  }, 60_000);

  it('refuses to send a claim without its purpose or a line’s amount', async () => {
    signIn(employee, { 'GET /api/v1/expense-policy-limits': [] });
    renderApp('/finance/expense-claims/new');
    fireEvent.click(await screen.findByRole('button', { name: /保存草稿/ }, { timeout: 12_000 }));
    expect(await screen.findByText('请填写事由')).toBeTruthy();
    const editor = screen.getByTestId('claim-lines-editor');
    expect(await within(editor).findByText('请选择日期')).toBeTruthy();
    expect(within(editor).getByText('请填写说明')).toBeTruthy();
  }, 30_000);
});
