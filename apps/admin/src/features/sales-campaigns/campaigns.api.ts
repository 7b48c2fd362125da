import { queryOptions } from '@tanstack/react-query';
import { api, unwrap, type ApiSchemas } from '../../api/client';
import type { operations } from '../../api/schema';
import { uploadFile, type UploadOptions } from '../../shared/transfer/authorized-transfer';

export type Campaign = ApiSchemas['CampaignResponse'];
export type CampaignAsset = ApiSchemas['CampaignAssetResponse'];
export type CampaignEffect = ApiSchemas['CampaignEffectResponse'];
export type NewCampaign = ApiSchemas['CreateCampaignDto'];
export type CampaignChanges = ApiSchemas['UpdateCampaignDto'];
export type CampaignStatus = Campaign['status'];
export type CampaignChannel = Campaign['channel'];
export type CampaignQuery = NonNullable<operations['Campaigns_list']['parameters']['query']>;

export const CAMPAIGN_STATUSES = [
  'planned',
  'running',
  'finished',
  'cancelled',
] as const satisfies readonly CampaignStatus[];
export const CAMPAIGN_CHANNELS = ['online', 'offline'] as const satisfies readonly CampaignChannel[];

export const campaignKeys = {
  all: ['campaigns'] as const,
  lists: () => [...campaignKeys.all, 'list'] as const,
  list: (query: CampaignQuery) => [...campaignKeys.lists(), query] as const,
  detail: (id: string) => [...campaignKeys.all, 'detail', id] as const,
  effect: (id: string) => [...campaignKeys.all, 'effect', id] as const,
};

export function campaignListQuery(query: CampaignQuery) {
  return queryOptions({
    queryKey: campaignKeys.list(query),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/campaigns', { params: { query }, signal })),
  });
}

export function campaignQuery(id: string) {
  return queryOptions({
    queryKey: campaignKeys.detail(id),
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/campaigns/{id}', { params: { path: { id } }, signal })),
  });
}

export function campaignEffectQuery(id: string) {
  return queryOptions({
    queryKey: campaignKeys.effect(id),
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/campaigns/{id}/effect', { params: { path: { id } }, signal })),
  });
}

/** The sales territories a campaign may cover (provinces, regions, cities). */
export function campaignTerritoriesQuery() {
  return queryOptions({
    queryKey: ['campaigns', 'territories'] as const,
    queryFn: ({ signal }) => unwrap(api.GET('/api/v1/sales-territories', { signal })),
    staleTime: 5 * 60_000,
  });
}

/** Promotions to link, newest first (a campaign links a handful). */
export function linkablePromotionsQuery() {
  return queryOptions({
    queryKey: ['campaigns', 'promotions'] as const,
    queryFn: ({ signal }) =>
      unwrap(api.GET('/api/v1/promotions', { params: { query: { limit: 200 } }, signal })),
    staleTime: 60_000,
  });
}

export function createCampaign(input: NewCampaign): Promise<Campaign> {
  return unwrap(api.POST('/api/v1/campaigns', { body: input }));
}

export function updateCampaign(campaign: Campaign, changes: CampaignChanges): Promise<Campaign> {
  return unwrap(
    api.PATCH('/api/v1/campaigns/{id}', {
      params: { path: { id: campaign.id }, header: { 'If-Match': `"${campaign.version}"` } },
      body: changes,
    }),
  );
}

export function moveCampaign(campaign: Campaign, status: CampaignStatus, note?: string): Promise<Campaign> {
  return unwrap(
    api.POST('/api/v1/campaigns/{id}/status', {
      params: { path: { id: campaign.id }, header: { 'If-Match': `"${campaign.version}"` } },
      body: { status, note: note || undefined },
    }),
  );
}

export function uploadCampaignAsset(
  campaignId: string,
  file: Blob,
  options?: UploadOptions,
): Promise<CampaignAsset> {
  return uploadFile(`/api/v1/campaigns/${encodeURIComponent(campaignId)}/assets`, file, options);
}

export async function removeCampaignAsset(assetId: string): Promise<void> {
  await unwrap(api.DELETE('/api/v1/campaign-assets/{id}', { params: { path: { id: assetId } } }));
}
