import type { CampaignAssetResponse, CampaignResponse } from './dto/campaign.dto';
import type { Campaign, CampaignAsset, CampaignHistory } from './campaign.entities';
import { nextCampaignStatuses } from './campaign-statuses';

export function assetResponse(a: CampaignAsset): CampaignAssetResponse {
  return {
    id: a.id,
    contentType: a.contentType,
    bytes: a.bytes,
    fileName: a.fileName,
    url: `/api/v1/campaign-assets/${a.id}/file`,
    createdAt: a.createdAt.toISOString(),
  };
}

export function campaignResponse(
  c: Campaign,
  detail?: { history: CampaignHistory[]; assets: CampaignAsset[] },
): CampaignResponse {
  return {
    id: c.id,
    number: c.number,
    name: c.name,
    channel: c.channel,
    status: c.status,
    nextStatuses: [...nextCampaignStatuses(c.status)],
    startsOn: c.startsOn,
    endsOn: c.endsOn,
    budget: c.budget,
    targetRevenue: c.targetRevenue,
    currency: c.currency,
    territoryIds: c.territoryIds,
    promotionIds: c.promotionIds,
    slogans: c.slogans,
    note: c.note,
    version: c.version,
    updatedAt: c.updatedAt.toISOString(),
    ...(detail
      ? {
          history: detail.history.map((h) => ({
            fromStatus: h.fromStatus,
            toStatus: h.toStatus,
            note: h.note,
            actorId: h.actorId,
            createdAt: h.createdAt.toISOString(),
          })),
          assets: detail.assets.map(assetResponse),
        }
      : {}),
  };
}
