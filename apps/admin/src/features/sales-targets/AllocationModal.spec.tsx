import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import {
  EAST_GD,
  fakeTarget,
  GUANGDONG,
  NODES,
  PEARL_RIVER,
  TARGET_ID,
  rowOf,
  signInOverTarget,
} from './sales-target-fixtures';

// ECharts draws into real layout; jsdom has none, and this file is about the allocation form.
vi.mock('./AttainmentChart', () => ({ default: () => null }));

describe('AllocationModal', () => {
  it('refuses an allocation whose rows do not add up, showing the difference while typing', async () => {
    let sent: { body: unknown; ifMatch: string | null } | undefined;
    signInOverTarget({
      [`PUT /api/v1/sales-targets/${TARGET_ID}/allocations/${GUANGDONG}`]: async (request: Request) => {
        sent = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        return json(200, fakeTarget());
      },
    });
    renderApp('/sales/targets?period=2026-Q4');
    const table = await screen.findByTestId('target-tree', {}, { timeout: 12_000 });
    await waitFor(() => expect(within(table).getByText('广东省')).toBeTruthy());
    fireEvent.click(within(rowOf(table, '广东省')).getByRole('button', { name: /分\s*配/ }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() =>
      expect((within(dialog).getByLabelText('分配金额 2') as HTMLInputElement).value).toBe('1000000.00'),
    );
    const difference = within(dialog).getByTestId('allocation-difference');
    // antd's Form.useWatch hears of the rows in a later macrotask, so the difference follows a moment later.
    await waitFor(() => expect(difference.textContent).toContain('还差 ¥500,000.00'));

    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    expect(await within(dialog).findByText('各行合计必须等于上级目标，请调整后再保存')).toBeTruthy();
    expect(sent).toBeUndefined();

    fireEvent.change(within(dialog).getByLabelText('分配金额 2'), { target: { value: '1500000' } });
    await waitFor(() => expect(difference.textContent).toContain('正好等于上级目标'));
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(sent).toEqual({
        body: {
          children: [
            { orgUnitId: PEARL_RIVER, amount: 150_000_000 },
            { orgUnitId: EAST_GD, amount: 150_000_000 },
          ],
        },
        ifMatch: '"4"',
      }),
    );
  }, 60_000);

  it('shows the server’s refusal under the row it names', async () => {
    signInOverTarget({
      [`PUT /api/v1/sales-targets/${TARGET_ID}/allocations/${GUANGDONG}`]: json(422, {
        type: 'https://zhanggui.dev/problems/territory-invalid',
        title: 'Territory invalid',
        status: 422,
        code: 'TERRITORY_INVALID',
        detail: 'children.1.orgUnitId is not a region of the node',
        errors: [{ field: 'children.1.orgUnitId', message: 'not a region of the node' }],
      }),
      [`GET /api/v1/sales-targets/${TARGET_ID}`]: fakeTarget({
        amount: 250_000_000,
        nodes: [{ ...NODES[0]!, amount: 250_000_000, difference: 0, balanced: true }, ...NODES.slice(1)],
      }),
    });
    renderApp('/sales/targets?period=2026-Q4');
    const table = await screen.findByTestId('target-tree', {}, { timeout: 12_000 });
    await waitFor(() => expect(within(table).getByText('广东省')).toBeTruthy());
    fireEvent.click(within(rowOf(table, '广东省')).getByRole('button', { name: /分\s*配/ }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() =>
      expect(within(dialog).getByTestId('allocation-difference').textContent).toContain('正好'),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    const message = await within(dialog).findByText('not a region of the node');
    expect(message.closest('.ant-form-item')?.querySelector('[aria-label="下级辖区 2"]')).toBeTruthy();
  }, 60_000);
});
