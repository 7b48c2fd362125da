import { campaignEditable, canMoveCampaign, nextCampaignStatuses } from './campaign-statuses';

describe('campaign statuses', () => {
  it('runs a planned campaign, then finishes it', () => {
    expect(canMoveCampaign('planned', 'running')).toBe(true);
    expect(canMoveCampaign('running', 'finished')).toBe(true);
    expect(canMoveCampaign('planned', 'finished')).toBe(false);
  });

  it('cancels only what is not over, and never reopens', () => {
    expect(canMoveCampaign('planned', 'cancelled')).toBe(true);
    expect(canMoveCampaign('running', 'cancelled')).toBe(true);
    expect(nextCampaignStatuses('finished')).toEqual([]);
    expect(nextCampaignStatuses('cancelled')).toEqual([]);
    expect(campaignEditable('finished')).toBe(false);
    expect(campaignEditable('running')).toBe(true);
  });
});
