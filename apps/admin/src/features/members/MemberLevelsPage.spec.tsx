import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { page } from '../orders/order-fixtures';

const silver = {
  id: '0190a0b0-0000-7000-8000-000000000c01',
  nameZh: '银卡会员',
  nameEn: 'Silver',
  thresholdAmount: 200_000,
  currency: 'CNY',
  rebateBps: 100,
  version: 2,
  createdAt: '2026-11-01T00:00:00.000Z',
  updatedAt: '2026-11-01T00:00:00.000Z',
};

describe('MemberLevelsPage', () => {
  it('shows thresholds in ¥ and rebates in %; a reader cannot change them', async () => {
    signIn(fakeUser({ permissions: ['member-levels:read'] }), { 'GET /api/v1/member-levels': page(silver) });
    renderApp('/orders/member-levels');
    const row = (await screen.findByText('银卡会员', undefined, { timeout: 12_000 })).closest('tr')!;
    expect(row.textContent).toContain('¥2,000.00');
    expect(row.textContent).toContain('1%');
    expect(screen.queryByRole('button', { name: /新增等级/ })).toBeNull();
  });

  it('adds a level, sending 分 and basis points, and edits one with the version read', async () => {
    const sent: Array<{ method: string; body: unknown; ifMatch: string | null }> = [];
    const record = async (request: Request) => {
      sent.push({
        method: request.method,
        body: await request.json(),
        ifMatch: request.headers.get('If-Match'),
      });
      return json(request.method === 'POST' ? 201 : 200, silver);
    };
    signIn(fakeUser({ permissions: ['member-levels:read', 'member-levels:write'] }), {
      'GET /api/v1/member-levels': page(silver),
      'POST /api/v1/member-levels': record,
      [`PUT /api/v1/member-levels/${silver.id}`]: record,
    });
    renderApp('/orders/member-levels');
    fireEvent.click(await screen.findByRole('button', { name: /新增等级/ }, { timeout: 12_000 }));
    let dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('中文名称'), { target: { value: '金卡会员' } });
    fireEvent.change(within(dialog).getByLabelText('英文名称'), { target: { value: 'Gold' } });
    fireEvent.change(within(dialog).getByLabelText('起始消费金额'), { target: { value: '10000' } });
    fireEvent.change(within(dialog).getByLabelText('返利比例'), { target: { value: '1.5' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(sent[0]).toEqual({
        method: 'POST',
        body: { nameZh: '金卡会员', nameEn: 'Gold', thresholdAmount: 1_000_000, rebateBps: 150 },
        ifMatch: null,
      }),
    );

    fireEvent.click(screen.getByRole('button', { name: /修\s*改/ }));
    dialog = (await screen.findByDisplayValue('2000.00')).closest<HTMLElement>('.ant-modal')!;
    fireEvent.change(within(dialog).getByLabelText('返利比例'), { target: { value: '1.25' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(sent[1]).toEqual({
        method: 'PUT',
        body: { nameZh: '银卡会员', nameEn: 'Silver', thresholdAmount: 200_000, rebateBps: 125 },
        ifMatch: '"2"',
      }),
    );
  }, 30_000);
});
