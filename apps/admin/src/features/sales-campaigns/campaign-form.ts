import type { Dayjs } from 'dayjs';
import { minorUnitsToYuanText, yuanToMinorUnits } from '../../shared/money/money';
import type { Campaign, CampaignChannel, NewCampaign } from './campaigns.api';

export interface CampaignFormValues {
  name?: string;
  channel?: CampaignChannel;
  period?: [Dayjs, Dayjs] | null;
  budget?: string;
  targetRevenue?: string;
  territoryIds?: string[];
  promotionIds?: string[];
  slogans?: string[];
  note?: string;
}

/** The form's values as the API's body: yuan text to 分, the range to two Beijing days. */
export function toCampaignInput(values: CampaignFormValues): NewCampaign {
  const target = values.targetRevenue?.trim() ? yuanToMinorUnits(values.targetRevenue) : undefined;
  return {
    name: values.name!.trim(),
    channel: values.channel!,
    startsOn: values.period![0].format('YYYY-MM-DD'),
    endsOn: values.period![1].format('YYYY-MM-DD'),
    budget: yuanToMinorUnits(values.budget ?? '')!,
    targetRevenue: target ?? null,
    territoryIds: values.territoryIds ?? [],
    promotionIds: values.promotionIds ?? [],
    slogans: (values.slogans ?? []).map((s) => s.trim()).filter(Boolean),
    note: values.note?.trim() || undefined,
  };
}

export function campaignFormValues(campaign: Campaign, day: (iso: string) => Dayjs): CampaignFormValues {
  return {
    name: campaign.name,
    channel: campaign.channel,
    period: [day(campaign.startsOn), day(campaign.endsOn)],
    budget: minorUnitsToYuanText(campaign.budget),
    targetRevenue: campaign.targetRevenue === null ? '' : minorUnitsToYuanText(campaign.targetRevenue),
    territoryIds: campaign.territoryIds,
    promotionIds: campaign.promotionIds,
    slogans: campaign.slogans,
    note: campaign.note ?? undefined,
  };
}
