import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { json } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import {
  fakeTarget,
  GUANGZHOU,
  SALESPERSON,
  SALESPERSON_2,
  TARGET_ID,
  rowOf,
  signInOverTarget,
} from './sales-target-fixtures';

// ECharts draws into real layout; jsdom has none, and this file is about the allocation form.
vi.mock('./AttainmentChart', () => ({ default: () => null }));

describe('AllocationModal below a city', () => {
  it('allocates a city to its people, offered from the city’s staff', async () => {
    let sent: unknown;
    signInOverTarget({
      [`GET /api/v1/sales-territories/${GUANGZHOU}/people`]: {
        data: [
          { userId: SALESPERSON, displayName: '李销售' },
          { userId: SALESPERSON_2, displayName: '王销售' },
        ],
      },
      [`PUT /api/v1/sales-targets/${TARGET_ID}/allocations/${GUANGZHOU}`]: async (request: Request) => {
        sent = await request.json();
        return json(200, fakeTarget());
      },
    });
    renderApp('/sales/targets?period=2026-Q4');
    const table = await screen.findByTestId('target-tree', {}, { timeout: 12_000 });
    await waitFor(() => expect(within(table).getByText('广州市')).toBeTruthy());
    fireEvent.click(within(rowOf(table, '广州市')).getByRole('button', { name: /分\s*配/ }));
    const dialog = await screen.findByRole('dialog');
    await waitFor(() => expect(within(dialog).getByLabelText('分配金额 1')).toBeTruthy());
    fireEvent.click(within(dialog).getByRole('button', { name: /添加一行/ }));
    fireEvent.mouseDown(await within(dialog).findByRole('combobox', { name: '销售员 2' }));
    fireEvent.click(await screen.findByTitle('王销售'));
    fireEvent.change(within(dialog).getByLabelText('分配金额 2'), { target: { value: '0' } });
    // Saving checks the difference, which antd's Form.useWatch brings up to date in a later macrotask.
    await waitFor(() =>
      expect(within(dialog).getByTestId('allocation-difference').textContent).toContain('正好等于上级目标'),
    );
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(sent).toEqual({
        children: [
          { userId: SALESPERSON, amount: 150_000_000 },
          { userId: SALESPERSON_2, amount: 0 },
        ],
      }),
    );
  }, 60_000);
});
