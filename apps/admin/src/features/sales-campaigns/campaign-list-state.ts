import { intParam, optionalEnumParam, type UrlStateSpec } from '../../shared/url-state/url-state';
import {
  CAMPAIGN_CHANNELS,
  CAMPAIGN_STATUSES,
  type CampaignChannel,
  type CampaignQuery,
  type CampaignStatus,
} from './campaigns.api';

export interface CampaignListState {
  status: CampaignStatus | undefined;
  channel: CampaignChannel | undefined;
  limit: number;
}

export const campaignListSpec: UrlStateSpec<CampaignListState> = {
  status: optionalEnumParam(CAMPAIGN_STATUSES),
  channel: optionalEnumParam(CAMPAIGN_CHANNELS),
  limit: intParam({ min: 1, max: 200, fallback: 50 }),
};

export const NO_CAMPAIGN_FILTERS: Partial<CampaignListState> = { status: undefined, channel: undefined };

export function isCampaignListFiltered(state: CampaignListState): boolean {
  return !!(state.status || state.channel);
}

export function toCampaignQuery(state: CampaignListState, cursor: string | undefined): CampaignQuery {
  return {
    status: state.status,
    channel: state.channel,
    sort: '-startsOn',
    limit: state.limit,
    cursor,
    count: cursor === undefined ? true : undefined,
  };
}
