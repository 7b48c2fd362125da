import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { page } from '../orders/order-fixtures';
import { toFranchiseInput } from './franchise-form';
import {
  fakePartner,
  FOSHAN_ID,
  foshanTerritory,
  PARTNER_ID,
  SALES_MANAGER_PERMISSIONS,
} from './franchise-fixtures';

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

describe('franchise form values', () => {
  it('trims, drops empty contacts and blank optional fields', () => {
    expect(
      toFranchiseInput({
        name: ' 佛山优品 ',
        kind: 'enterprise',
        orgUnitId: FOSHAN_ID,
        contacts: [{ name: ' 赵总 ', phone: '', title: ' 总经理 ' }, { name: '  ' }],
        contractNumber: ' ',
        note: '',
      }),
    ).toEqual({
      name: '佛山优品',
      kind: 'enterprise',
      orgUnitId: FOSHAN_ID,
      contacts: [{ name: '赵总', phone: undefined, title: '总经理' }],
      contractNumber: undefined,
      note: undefined,
    });
  });
});

describe('FranchisePartnersPage: adding leads', () => {
  it('offers no moves or creation to a reader, and says so when the pipeline is empty', async () => {
    signIn(fakeUser({ permissions: ['franchise-partners:read'] }), {
      'GET /api/v1/franchise-partners': page(),
      'GET /api/v1/sales-territories': { data: [] },
    });
    renderApp('/sales/franchise-partners');
    expect(await screen.findByText('辖区内还没有加盟商', {}, { timeout: 12_000 })).toBeTruthy();
    expect(screen.queryByRole('button', { name: /新增加盟线索/ })).toBeNull();
  }, 30_000);

  it('adds a lead in a territory with its contacts', async () => {
    let sent: unknown;
    stubFranchise(manager, {
      'POST /api/v1/franchise-partners': async (request: Request) => {
        sent = await request.json();
        return json(201, fakePartner({ id: SECOND_ID, name: '南海优选' }));
      },
      [`GET /api/v1/franchise-partners/${SECOND_ID}`]: fakePartner({
        id: SECOND_ID,
        name: '南海优选',
        history: [],
      }),
    });
    renderApp('/sales/franchise-partners');
    fireEvent.click(await screen.findByRole('button', { name: /新增加盟线索/ }, { timeout: 12_000 }));
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('名称'), { target: { value: '南海优选' } });
    fireEvent.mouseDown(within(dialog).getByLabelText('所属辖区'));
    fireEvent.click(await screen.findByText('佛山市 · 城市'));
    fireEvent.change(within(dialog).getByLabelText('姓名 1'), { target: { value: '钱经理' } });
    fireEvent.change(within(dialog).getByLabelText('电话 1'), { target: { value: '13700137000' } });
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(sent).toEqual({
        name: '南海优选',
        kind: 'enterprise',
        orgUnitId: FOSHAN_ID,
        contacts: [{ name: '钱经理', phone: '13700137000' }],
      }),
    );
  }, 30_000);
});
