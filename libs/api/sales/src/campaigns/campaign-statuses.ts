/** A campaign's life: planned → running → finished; planned or running may be cancelled. */
export const CAMPAIGN_STATUSES = ['planned', 'running', 'finished', 'cancelled'] as const;
export type CampaignStatus = (typeof CAMPAIGN_STATUSES)[number];

const NEXT: Record<CampaignStatus, readonly CampaignStatus[]> = {
  planned: ['running', 'cancelled'],
  running: ['finished', 'cancelled'],
  finished: [],
  cancelled: [],
};

export function canMoveCampaign(from: CampaignStatus, to: CampaignStatus): boolean {
  return NEXT[from].includes(to);
}

export function nextCampaignStatuses(from: CampaignStatus): readonly CampaignStatus[] {
  return NEXT[from];
}

/** Plans may change until the campaign is over; a finished or cancelled one is a record. */
export function campaignEditable(status: CampaignStatus): boolean {
  return status === 'planned' || status === 'running';
}
