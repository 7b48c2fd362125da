import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { page } from '../orders/order-fixtures';
import {
  CAMPAIGN_ID,
  fakeCampaign,
  GUANGDONG_ID,
  guangdongTerritory,
  PLANNER_PERMISSIONS,
  PROMOTION_ID,
} from './campaign-fixtures';
import { toCampaignInput } from './campaign-form';
import dayjs from 'dayjs';

const planner = fakeUser({ permissions: PLANNER_PERMISSIONS });
const reader = fakeUser({ permissions: ['campaigns:read'] });

function stubCampaigns(user = planner, routes = {}) {
  return signIn(user, {
    'GET /api/v1/campaigns': page(
      fakeCampaign(),
      fakeCampaign({ id: `${CAMPAIGN_ID.slice(0, -1)}2`, status: 'running' }),
    ),
    'GET /api/v1/sales-territories': { data: [guangdongTerritory] },
    'GET /api/v1/promotions': page({ id: PROMOTION_ID, name: '满100减20' }),
    ...routes,
  });
}

describe('campaign form values', () => {
  it('sends yuan as 分, the range as two days, and no target as null', () => {
    expect(
      toCampaignInput({
        name: ' 双十二 ',
        channel: 'offline',
        period: [dayjs('2026-12-01'), dayjs('2026-12-14')],
        budget: '5000',
        targetRevenue: '',
        territoryIds: [GUANGDONG_ID],
        slogans: [' 暖冬 ', ''],
      }),
    ).toEqual({
      name: '双十二',
      channel: 'offline',
      startsOn: '2026-12-01',
      endsOn: '2026-12-14',
      budget: 500_000,
      targetRevenue: null,
      territoryIds: [GUANGDONG_ID],
      promotionIds: [],
      slogans: ['暖冬'],
      note: undefined,
    });
  });
});

describe('CampaignsPage', () => {
  it('lists campaigns with their status and budget, filtered from the URL', async () => {
    const fetchMock = stubCampaigns(reader);
    renderApp('/sales/campaigns?status=planned&channel=online');
    const table = await screen.findByTestId('campaigns-table', {}, { timeout: 12_000 });
    await waitFor(() => expect(within(table).getAllByText('双十二华南大促')).toHaveLength(2));
    expect(table.textContent).toContain('筹备中');
    expect(table.textContent).toContain('进行中');
    expect(table.textContent).toContain('¥5,000.00');
    // Reading is not planning: no create button.
    expect(screen.queryByRole('button', { name: /新建活动/ })).toBeNull();
    const listed = fetchMock.mock.calls
      .map(([request]) => new URL((request as Request).url))
      .find((url) => url.pathname === '/api/v1/campaigns')!;
    expect(listed.searchParams.get('status')).toBe('planned');
    expect(listed.searchParams.get('channel')).toBe('online');
  }, 30_000);

  it('shows an empty state that offers planners to create one', async () => {
    stubCampaigns(planner, { 'GET /api/v1/campaigns': page() });
    renderApp('/sales/campaigns');
    expect(await screen.findByText('还没有企划活动', {}, { timeout: 12_000 })).toBeTruthy();
    expect(screen.getAllByRole('button', { name: /新建活动/ }).length).toBeGreaterThan(0);
  }, 30_000);

  it('lets a planner create a campaign and shows the API’s field problems on the form', async () => {
    let posted: unknown;
    stubCampaigns(planner, {
      'POST /api/v1/campaigns': async (request: Request) => {
        posted = await request.json();
        return json(422, {
          type: 'x',
          title: 'Business rule violated',
          status: 422,
          code: 'CAMPAIGN_FIELD_INVALID',
          detail: 'promotionIds: each must be a catalog promotion.',
          errors: [{ field: 'name', message: 'already planned' }],
        });
      },
    });
    renderApp('/sales/campaigns');
    fireEvent.click((await screen.findAllByRole('button', { name: /新建活动/ }, { timeout: 12_000 }))[0]!);
    const dialog = await screen.findByRole('dialog');
    fireEvent.change(within(dialog).getByLabelText('活动名称'), { target: { value: '双十二' } });
    const start = within(dialog).getByPlaceholderText('开始日期');
    const end = within(dialog).getByPlaceholderText('结束日期');
    fireEvent.mouseDown(start);
    fireEvent.change(start, { target: { value: '2026-12-01' } });
    fireEvent.keyDown(start, { key: 'Enter' });
    fireEvent.change(end, { target: { value: '2026-12-14' } });
    fireEvent.keyDown(end, { key: 'Enter' });
    await waitFor(() => expect((end as HTMLInputElement).value).toBe('2026-12-14'));
    fireEvent.change(within(dialog).getByLabelText('预算'), { target: { value: '5000' } });
    fireEvent.mouseDown(within(dialog).getByRole('combobox', { name: '覆盖区域' }));
    fireEvent.click(await screen.findByTitle('广东省（省）'));
    fireEvent.click(within(dialog).getByRole('button', { name: /保\s*存/ }));
    await waitFor(() =>
      expect(posted).toMatchObject({
        name: '双十二',
        channel: 'online',
        startsOn: '2026-12-01',
        endsOn: '2026-12-14',
        budget: 500_000,
        territoryIds: [GUANGDONG_ID],
      }),
    );
    expect(await within(dialog).findByText('already planned')).toBeTruthy();
  }, 60_000);
});
