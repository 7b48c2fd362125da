import { Injectable } from '@nestjs/common';
import { PromotionsService } from '@zhanggui/api-catalog';
import {
  assertVersionMatches,
  DocumentNumbers,
  NotFoundError,
  Page,
  paginate,
  TransactionalConnection,
} from '@zhanggui/api-platform';
import { OutsideOwnTerritoryError, TerritoryInvalidError } from '../sales.errors';
import { currentUserId, salesScope, scopeParam } from '../shared/sales-scope';
import { TerritoryDirectory } from '../territories/territory-directory';
import { Campaign, CampaignHistory } from './campaign.entities';
import {
  CampaignClosedError,
  CampaignFieldInvalidError,
  CampaignNotFoundError,
  CampaignStatusInvalidError,
} from './campaign.errors';
import { campaignEditable, canMoveCampaign, CampaignStatus, nextCampaignStatuses } from './campaign-statuses';
import type {
  CreateCampaignDto,
  ListCampaignsQuery,
  MoveCampaignStatusDto,
  UpdateCampaignDto,
} from './dto/campaign.dto';

/** Campaign plans (企划): planners draw them up company-wide and move them through their statuses. */
@Injectable()
export class CampaignsService {
  constructor(
    private readonly connection: TransactionalConnection,
    private readonly directory: TerritoryDirectory,
    private readonly numbers: DocumentNumbers,
    private readonly promotions: PromotionsService,
  ) {}

  private get campaigns() {
    return this.connection.getRepository(Campaign);
  }

  private get history() {
    return this.connection.getRepository(CampaignHistory);
  }

  /** Campaigns a territory manager reads are those aimed at some part of their territory. */
  async list(query: ListCampaignsQuery): Promise<Page<Campaign>> {
    const qb = this.campaigns.createQueryBuilder('c');
    const units = scopeParam(await salesScope('campaigns:read'));
    if (units) qb.andWhere('c.territory_ids && :units::uuid[]', { units });
    if (query.status) qb.andWhere('c.status = :status', { status: query.status });
    if (query.channel) qb.andWhere('c.channel = :channel', { channel: query.channel });
    return paginate(qb, query, {
      sorts: {
        createdAt: { column: 'c.id', value: (c) => c.id },
        name: { column: 'c.name', value: (c) => c.name },
        startsOn: { column: 'c.starts_on', value: (c) => c.startsOn },
      },
      idColumn: 'c.id',
      idValue: (c) => c.id,
    });
  }

  async get(id: string): Promise<Campaign> {
    const campaign = await this.campaigns.findOneBy({ id });
    if (!campaign) throw new CampaignNotFoundError(id);
    return campaign;
  }

  /** A campaign as a reader sees it: outside their territory it does not exist for them. */
  async readable(id: string): Promise<Campaign> {
    const campaign = await this.get(id);
    if (!(await this.reaches('campaigns:read', campaign))) throw new CampaignNotFoundError(id);
    return campaign;
  }

  /** A campaign as a planner may change it (its creatives too): likewise absent outside their territory. */
  async writable(id: string): Promise<Campaign> {
    const campaign = await this.get(id);
    if (!(await this.reaches('campaigns:write', campaign))) throw new CampaignNotFoundError(id);
    return campaign;
  }

  /** Whether the caller's scope for `permission` takes in one of the territories the campaign aims at. */
  async reaches(permission: string, campaign: Campaign): Promise<boolean> {
    const units = scopeParam(await salesScope(permission));
    return !units || campaign.territoryIds.some((unit) => units.includes(unit));
  }

  historyOf(id: string): Promise<CampaignHistory[]> {
    return this.history.find({ where: { campaignId: id }, order: { id: 'ASC' } });
  }

  async create(input: CreateCampaignDto): Promise<Campaign> {
    await this.checkPlan(input.startsOn, input.endsOn, input.territoryIds, input.promotionIds ?? []);
    const campaign = await this.campaigns.save(
      this.campaigns.create({
        number: await this.numbers.next('CP'),
        name: input.name,
        channel: input.channel,
        status: 'planned',
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        budget: input.budget,
        targetRevenue: input.targetRevenue ?? null,
        currency: input.currency ?? 'CNY',
        territoryIds: [...new Set(input.territoryIds)],
        promotionIds: [...new Set(input.promotionIds ?? [])],
        slogans: input.slogans ?? [],
        note: input.note ?? null,
      }),
    );
    await this.record(campaign.id, null, 'planned', input.note ?? null);
    return campaign;
  }

  async update(id: string, changes: UpdateCampaignDto, expected?: number[]): Promise<Campaign> {
    const campaign = await this.lock(id);
    assertVersionMatches('campaign', expected, campaign.version);
    if (!campaignEditable(campaign.status)) throw new CampaignClosedError(campaign.status);
    const defined = Object.fromEntries(Object.entries(changes).filter(([, v]) => v !== undefined));
    Object.assign(campaign, defined);
    if (changes.territoryIds) campaign.territoryIds = [...new Set(changes.territoryIds)];
    if (changes.promotionIds) campaign.promotionIds = [...new Set(changes.promotionIds)];
    await this.checkPlan(
      campaign.startsOn,
      campaign.endsOn,
      changes.territoryIds ?? [],
      changes.promotionIds ?? [],
    );
    return this.campaigns.save(campaign);
  }

  async move(id: string, input: MoveCampaignStatusDto, expected?: number[]): Promise<Campaign> {
    const campaign = await this.lock(id);
    assertVersionMatches('campaign', expected, campaign.version);
    const from: CampaignStatus = campaign.status;
    if (!canMoveCampaign(from, input.status))
      throw new CampaignStatusInvalidError(from, input.status, nextCampaignStatuses(from));
    campaign.status = input.status;
    const saved = await this.campaigns.save(campaign);
    await this.record(id, from, input.status, input.note ?? null);
    return saved;
  }

  /** Checks what the DTO cannot: the period's order, the units being sales territories, the promotions existing. */
  private async checkPlan(
    startsOn: string,
    endsOn: string,
    territoryIds: string[],
    promotionIds: string[],
  ): Promise<void> {
    if (endsOn < startsOn) throw new CampaignFieldInvalidError('endsOn', 'must not be before startsOn');
    // A planner limited to some territories plans for those only (the whole company has no limit).
    const reach = scopeParam(await salesScope('campaigns:write'));
    if (reach && territoryIds.some((unit) => !reach.includes(unit)))
      throw new OutsideOwnTerritoryError('territoryIds');
    const units = await this.directory.units([...new Set(territoryIds)]);
    if (territoryIds.length > 0 && units.length !== new Set(territoryIds).size)
      throw new TerritoryInvalidError('territoryIds', 'each must be a province, region or city');
    if (promotionIds.length === 0) return;
    try {
      await this.promotions.forPreview([...new Set(promotionIds)]);
    } catch (error) {
      if (error instanceof NotFoundError)
        throw new CampaignFieldInvalidError('promotionIds', 'each must be a catalog promotion');
      throw error;
    }
  }

  private async lock(id: string): Promise<Campaign> {
    const campaign = await this.campaigns.findOne({ where: { id }, lock: { mode: 'pessimistic_write' } });
    // Writes were not scoped: a planner of 杭州 could read and change 广州's campaigns by id.
    if (!campaign || !(await this.reaches('campaigns:write', campaign))) throw new CampaignNotFoundError(id);
    return campaign;
  }

  private async record(
    campaignId: string,
    fromStatus: CampaignStatus | null,
    toStatus: CampaignStatus,
    note: string | null,
  ): Promise<void> {
    await this.history.insert({ campaignId, fromStatus, toStatus, note, actorId: currentUserId() });
  }
}
