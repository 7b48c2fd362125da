import { Injectable } from '@nestjs/common';
import { PromotionOrderFiguresService } from '@zhanggui/api-orders';
import { TransactionalConnection } from '@zhanggui/api-platform';
import type { Campaign } from './campaign.entities';
import { CampaignVisit } from './campaign.entities';
import { CampaignFieldInvalidError, CampaignNotFoundError } from './campaign.errors';
import type { CampaignEffectResponse, ReportCampaignVisitsDto } from './dto/campaign.dto';
import { CampaignsService } from './campaigns.service';

const BEIJING_OFFSET_MS = 8 * 3600_000;

/** The start of a Beijing calendar day as an instant. */
function beijingMidnight(day: string): Date {
  return new Date(Date.parse(`${day}T00:00:00Z`) - BEIJING_OFFSET_MS);
}

function daysOf(from: string, to: string): string[] {
  const days: string[] = [];
  for (let t = Date.parse(`${from}T00:00:00Z`); t <= Date.parse(`${to}T00:00:00Z`); t += 86_400_000)
    days.push(new Date(t).toISOString().slice(0, 10));
  return days;
}

const ratio = (part: number, whole: number | null): number | null =>
  whole ? Math.round((part / whole) * 10_000) / 10_000 : null;

/**
 * A campaign's effect: visits the website reported, and the orders that used one of its promotions in its
 * territories and period (orders computes those), per day and in total, beside the plan.
 */
@Injectable()
export class CampaignEffectService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly campaigns: CampaignsService,
    private readonly orders: PromotionOrderFiguresService,
  ) {}

  private get visitRows() {
    return this.connection.getRepository(CampaignVisit);
  }

  /** Sets the day's count from one source, replacing an earlier report: the website may resend safely. */
  async reportVisits(id: string, input: ReportCampaignVisitsDto): Promise<CampaignVisit> {
    const campaign = await this.campaigns.get(id);
    // The website's key reports for every campaign; a planner only for their territory's (else as if absent).
    if (
      !(await this.campaigns.reaches('campaign-visits:report', campaign)) &&
      !(await this.campaigns.reaches('campaigns:write', campaign))
    )
      throw new CampaignNotFoundError(id);
    if (input.date < campaign.startsOn || input.date > campaign.endsOn)
      throw new CampaignFieldInvalidError('date', `must be within ${campaign.startsOn}…${campaign.endsOn}`);
    const row = {
      campaignId: id,
      visitDate: input.date,
      source: input.source ?? 'website',
      visits: input.visits,
      reportedAt: new Date(),
    };
    await this.visitRows.upsert(row, ['campaignId', 'visitDate', 'source']);
    return this.visitRows.create(row);
  }

  async effect(campaign: Campaign): Promise<CampaignEffectResponse> {
    const visits: Array<{ date: string; visits: string }> = await this.connection.manager.query(
      `SELECT to_char(visit_date, 'YYYY-MM-DD') AS date, sum(visits)::text AS visits
         FROM campaign_visit WHERE campaign_id = $1 GROUP BY visit_date`,
      [campaign.id],
    );
    const orders = await this.orders.byDay({
      promotionIds: campaign.promotionIds,
      territoryIds: campaign.territoryIds,
      currency: campaign.currency,
      from: beijingMidnight(campaign.startsOn),
      to: new Date(beijingMidnight(campaign.endsOn).getTime() + 86_400_000),
    });
    const visitsByDay = new Map(visits.map((v) => [v.date, Number(v.visits)]));
    const ordersByDay = new Map(orders.map((o) => [o.date, o]));
    const days = daysOf(campaign.startsOn, campaign.endsOn).map((date) => ({
      date,
      visits: visitsByDay.get(date) ?? 0,
      orders: ordersByDay.get(date)?.orders ?? 0,
      revenue: ordersByDay.get(date)?.revenue ?? 0,
    }));
    const total = (key: 'visits' | 'orders' | 'revenue') => days.reduce((sum, d) => sum + d[key], 0);
    const revenue = total('revenue');
    return {
      campaignId: campaign.id,
      currency: campaign.currency,
      visits: total('visits'),
      orders: total('orders'),
      revenue,
      conversionRate: ratio(total('orders'), total('visits')),
      budget: campaign.budget,
      targetRevenue: campaign.targetRevenue,
      revenueAttainment: ratio(revenue, campaign.targetRevenue),
      returnOnBudget: ratio(revenue, campaign.budget),
      days,
    };
  }
}
