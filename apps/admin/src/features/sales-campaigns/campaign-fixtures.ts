import type { Campaign, CampaignEffect } from './campaigns.api';

export const CAMPAIGN_ID = '0190a0b0-0000-7000-8000-0000000c0001';
export const GUANGDONG_ID = '0190a0b0-0000-7000-8000-0000000c0101';
export const PROMOTION_ID = '0190a0b0-0000-7000-8000-0000000c0201';
export const PLANNER_PERMISSIONS = ['campaigns:read', 'campaigns:write', 'promotions:read', 'content:read'];

export function fakeCampaign(overrides: Partial<Campaign> = {}): Campaign {
  return {
    id: CAMPAIGN_ID,
    number: 'CP-20261128-0001',
    name: '双十二华南大促',
    channel: 'online',
    status: 'planned',
    nextStatuses: ['running', 'cancelled'],
    startsOn: '2026-12-01',
    endsOn: '2026-12-03',
    budget: 500_000,
    targetRevenue: 1_000_000,
    currency: 'CNY',
    territoryIds: [GUANGDONG_ID],
    promotionIds: [PROMOTION_ID],
    slogans: ['好物过冬，一价到家'],
    note: null,
    version: 2,
    updatedAt: '2026-11-28T00:00:00.000Z',
    history: [
      {
        fromStatus: null,
        toStatus: 'planned',
        note: null,
        actorId: null,
        createdAt: '2026-11-28T00:00:00.000Z',
      },
    ],
    assets: [],
    ...overrides,
  };
}

export function fakeEffect(overrides: Partial<CampaignEffect> = {}): CampaignEffect {
  return {
    campaignId: CAMPAIGN_ID,
    currency: 'CNY',
    visits: 400,
    orders: 20,
    revenue: 600_000,
    conversionRate: 0.05,
    budget: 500_000,
    targetRevenue: 1_000_000,
    revenueAttainment: 0.6,
    returnOnBudget: 1.2,
    days: [
      { date: '2026-12-01', visits: 100, orders: 5, revenue: 150_000 },
      { date: '2026-12-02', visits: 300, orders: 15, revenue: 450_000 },
      { date: '2026-12-03', visits: 0, orders: 0, revenue: 0 },
    ],
    ...overrides,
  };
}

export const guangdongTerritory = {
  id: GUANGDONG_ID,
  code: 'GD',
  name: '广东省',
  kind: 'province',
  parentId: null,
  status: 'active',
  managers: [],
  logisticsPartners: [],
};
