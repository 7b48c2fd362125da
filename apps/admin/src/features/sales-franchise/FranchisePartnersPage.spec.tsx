import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { page } from '../orders/order-fixtures';
import { fakePartner, foshanTerritory, PARTNER_ID, SALES_MANAGER_PERMISSIONS } from './franchise-fixtures';

const manager = fakeUser({ permissions: SALES_MANAGER_PERMISSIONS });
const SECOND_ID = `${PARTNER_ID.slice(0, -1)}2`;

function stubFranchise(user = manager, routes = {}) {
  return signIn(user, {
    'GET /api/v1/franchise-partners': page(
      fakePartner(),
      fakePartner({
        id: SECOND_ID,
        name: '顺德本地好物',
        kind: 'local_brand',
        stage: 'talks',
        nextStages: ['contract', 'lost'],
      }),
    ),
    'GET /api/v1/sales-territories': { data: [foshanTerritory] },
    ...routes,
  });
}

const movedBody = (request: Request) => request.json() as Promise<Record<string, unknown>>;

describe('FranchisePartnersPage', () => {
  it('shows the pipeline as columns and moves a lead to talks with the version read', async () => {
    let sent: { body: unknown; ifMatch: string | null } | undefined;
    stubFranchise(manager, {
      [`POST /api/v1/franchise-partners/${PARTNER_ID}/stage`]: async (request: Request) => {
        sent = { body: await movedBody(request), ifMatch: request.headers.get('If-Match') };
        return json(200, fakePartner({ stage: 'talks', nextStages: ['contract', 'lost'], version: 2 }));
      },
    });
    renderApp('/sales/franchise-partners');
    const board = await screen.findByTestId('franchise-board', {}, { timeout: 12_000 });
    const lead = within(board).getByTestId('franchise-column-lead');
    expect(within(lead).getByText('佛山优品连锁')).toBeTruthy();
    expect(lead.textContent).toContain('佛山市');
    expect(
      within(within(board).getByTestId('franchise-column-talks')).getByText('顺德本地好物'),
    ).toBeTruthy();
    fireEvent.click(within(lead).getByRole('button', { name: '将 佛山优品连锁 移到洽谈' }));
    await waitFor(() => expect(sent).toEqual({ body: { stage: 'talks' }, ifMatch: '"1"' }));
  }, 30_000);

  it('asks a reason before dropping a partner, and the contract number before signing', async () => {
    const bodies: unknown[] = [];
    stubFranchise(manager, {
      [`POST /api/v1/franchise-partners/${PARTNER_ID}/stage`]: async (request: Request) => {
        bodies.push(await movedBody(request));
        return json(200, fakePartner({ stage: 'lost', nextStages: ['lead'] }));
      },
      [`POST /api/v1/franchise-partners/${SECOND_ID}/stage`]: async (request: Request) => {
        bodies.push(await movedBody(request));
        return json(200, fakePartner({ id: SECOND_ID, stage: 'contract', nextStages: ['active', 'lost'] }));
      },
    });
    renderApp('/sales/franchise-partners');
    const board = await screen.findByTestId('franchise-board', {}, { timeout: 12_000 });
    fireEvent.click(within(board).getByRole('button', { name: '将 佛山优品连锁 移到已流失' }));
    let dialog = await screen.findByRole('dialog');
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*认/ }));
    expect(await within(dialog).findByText(/请输入原因|原因.*必填|required/)).toBeTruthy();
    fireEvent.change(within(dialog).getByLabelText('原因'), { target: { value: '对方转投竞品' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*认/ }));
    await waitFor(() => expect(bodies).toEqual([{ stage: 'lost', note: '对方转投竞品' }]));

    fireEvent.click(within(board).getByRole('button', { name: '将 顺德本地好物 移到签约' }));
    dialog = await waitFor(() => {
      const open = screen.getAllByRole('dialog').find((d) => d.textContent?.includes('顺德本地好物'));
      expect(open).toBeTruthy();
      return open!;
    });
    fireEvent.change(within(dialog).getByLabelText('合同编号'), { target: { value: 'HT-2026-0042' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /确\s*认/ }));
    await waitFor(() => expect(bodies[1]).toEqual({ stage: 'contract', contractNumber: 'HT-2026-0042' }));
  }, 30_000);
});
