import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { fakeUser, json, signIn } from '../../test/fake-api';
import { renderApp } from '../../test/render-app';
import { page } from '../orders/order-fixtures';
import {
  CAMPAIGN_ID,
  fakeCampaign,
  fakeEffect,
  guangdongTerritory,
  PLANNER_PERMISSIONS,
  PROMOTION_ID,
} from './campaign-fixtures';

// ECharts draws into real layout; jsdom has none. The chart gets its days; the figures are what is checked.
vi.mock('./CampaignEffectChart', () => ({
  default: ({ days }: { days: Array<{ date: string }> }) => (
    <div data-testid="effect-chart">{days.map((d) => d.date).join(',')}</div>
  ),
}));

const planner = fakeUser({ permissions: PLANNER_PERMISSIONS });

function stubCampaign(user = planner, routes = {}) {
  return signIn(user, {
    [`GET /api/v1/campaigns/${CAMPAIGN_ID}`]: fakeCampaign(),
    [`GET /api/v1/campaigns/${CAMPAIGN_ID}/effect`]: fakeEffect(),
    'GET /api/v1/sales-territories': { data: [guangdongTerritory] },
    'GET /api/v1/promotions': page({ id: PROMOTION_ID, name: '满100减20' }),
    ...routes,
  });
}

describe('CampaignPage', () => {
  it('shows the plan and its effect against it, with the daily chart', async () => {
    stubCampaign(fakeUser({ permissions: ['campaigns:read'] }));
    renderApp(`/sales/campaigns/${CAMPAIGN_ID}`);
    const effect = await screen.findByTestId('campaign-effect', {}, { timeout: 12_000 });
    expect(effect.textContent).toContain('400');
    expect(effect.textContent).toContain('5.0%');
    expect(effect.textContent).toContain('¥6,000.00');
    expect(effect.textContent).toContain('¥10,000.00');
    expect(effect.textContent).toContain('120.0%');
    expect((await screen.findByTestId('effect-chart')).textContent).toBe('2026-12-01,2026-12-02,2026-12-03');
    expect(await screen.findByText('广东省')).toBeTruthy();
    expect(screen.getByText('好物过冬，一价到家')).toBeTruthy();
    // A reader gets no actions and no upload.
    expect(screen.queryByRole('button', { name: /开始活动/ })).toBeNull();
    expect(screen.getByText('还没有物料')).toBeTruthy();
  }, 30_000);

  it('lets a planner start the campaign, sending the version read', async () => {
    let sent: { body: unknown; ifMatch: string | null } | undefined;
    stubCampaign(planner, {
      [`POST /api/v1/campaigns/${CAMPAIGN_ID}/status`]: async (request: Request) => {
        sent = { body: await request.json(), ifMatch: request.headers.get('If-Match') };
        return json(
          200,
          fakeCampaign({ status: 'running', nextStatuses: ['finished', 'cancelled'], version: 3 }),
        );
      },
    });
    renderApp(`/sales/campaigns/${CAMPAIGN_ID}`);
    fireEvent.click(await screen.findByRole('button', { name: /开始活动/ }, { timeout: 12_000 }));
    const confirm = await screen.findByRole('tooltip');
    fireEvent.click(within(confirm).getByRole('button', { name: /确\s*定|OK/ }));
    await waitFor(() => expect(sent).toEqual({ body: { status: 'running' }, ifMatch: '"2"' }));
    expect(screen.getByTestId('campaign-assets').textContent).toContain('拖入或点击上传图片');
  }, 30_000);

  it('shows a problem when the campaign cannot be read', async () => {
    stubCampaign(planner, {
      [`GET /api/v1/campaigns/${CAMPAIGN_ID}`]: json(404, {
        type: 'x',
        title: 'Not found',
        status: 404,
        code: 'CAMPAIGN_NOT_FOUND',
        detail: 'There is no campaign.',
      }),
    });
    renderApp(`/sales/campaigns/${CAMPAIGN_ID}`);
    expect(
      await screen.findByRole('button', { name: /重\s*试|重新加载|Retry/ }, { timeout: 12_000 }),
    ).toBeTruthy();
  }, 30_000);
});
