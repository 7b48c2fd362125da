import {
  Body,
  Controller,
  Get,
  HttpCode,
  Param,
  ParseUUIDPipe,
  Patch,
  Post,
  Query,
  Res,
} from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiIfMatch,
  ApiPageResponse,
  ApiProblemResponses,
  IfMatch,
  Page,
  RequirePermission,
} from '@zhanggui/api-platform';
import type { Campaign } from './campaign.entities';
import { CampaignAssetsService } from './campaign-assets.service';
import { CampaignEffectService } from './campaign-effect.service';
import { campaignResponse } from './campaign-response';
import { CampaignsService } from './campaigns.service';
import {
  CampaignEffectResponse,
  CampaignResponse,
  CampaignVisitsResponse,
  CreateCampaignDto,
  ListCampaignsQuery,
  MoveCampaignStatusDto,
  ReportCampaignVisitsDto,
  UpdateCampaignDto,
} from './dto/campaign.dto';

@ApiTags('sales')
@Controller('campaigns')
export class CampaignsController {
  constructor(
    private readonly campaigns: CampaignsService,
    private readonly effects: CampaignEffectService,
    private readonly assets: CampaignAssetsService,
  ) {}

  @Get()
  @RequirePermission('campaigns:read')
  @ApiOperation({ summary: 'Campaign plans (企划), by status and channel.' })
  @ApiPageResponse(CampaignResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListCampaignsQuery): Promise<Page<CampaignResponse>> {
    const page = await this.campaigns.list(query);
    return { ...page, data: page.data.map((c) => campaignResponse(c)) };
  }

  @Get(':id')
  @RequirePermission('campaigns:read')
  @ApiOperation({ summary: 'One campaign with its status history and creatives.' })
  @ApiOkResponse({ type: CampaignResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<CampaignResponse> {
    return this.detail(await this.campaigns.readable(id));
  }

  @Get(':id/effect')
  @RequirePermission('campaigns:read')
  @ApiOperation({
    summary:
      'Visits, orders with a linked promotion in the territories and period, revenue and conversion, per day, beside the plan.',
  })
  @ApiOkResponse({ type: CampaignEffectResponse })
  @ApiProblemResponses(400, 404)
  async effect(@Param('id', ParseUUIDPipe) id: string): Promise<CampaignEffectResponse> {
    return this.effects.effect(await this.campaigns.readable(id));
  }

  @Post()
  @RequirePermission('campaigns:write')
  @ApiOperation({ summary: 'Plan a campaign: channel, period, budget, territories, promotions, slogans.' })
  @ApiCreatedResponse({ type: CampaignResponse })
  @ApiProblemResponses(400, 422)
  async create(
    @Body() body: CreateCampaignDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CampaignResponse> {
    const campaign = await this.campaigns.create(body);
    void reply.header('Location', `/api/v1/campaigns/${campaign.id}`);
    return this.detail(campaign);
  }

  @Patch(':id')
  @RequirePermission('campaigns:write')
  @ApiOperation({ summary: 'Change a planned or running campaign.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: CampaignResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateCampaignDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<CampaignResponse> {
    return this.detail(await this.campaigns.update(id, body, expected));
  }

  @Post(':id/status')
  @HttpCode(200)
  @RequirePermission('campaigns:write')
  @ApiOperation({
    summary: 'Start, finish or cancel a campaign (planned → running → finished), with a note.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: CampaignResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async move(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: MoveCampaignStatusDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<CampaignResponse> {
    return this.detail(await this.campaigns.move(id, body, expected));
  }

  @Post(':id/visits')
  @HttpCode(200)
  // The website reports its visits with an API key; planners record an offline campaign's footfall by hand.
  @RequirePermission('campaign-visits:report', 'campaigns:write')
  @ApiOperation({
    summary:
      'The website (API key) or a planner reports a day’s visits. Idempotent: the same campaign, day and source replace the count.',
  })
  @ApiOkResponse({ type: CampaignVisitsResponse })
  @ApiProblemResponses(400, 404, 422)
  async reportVisits(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ReportCampaignVisitsDto,
  ): Promise<CampaignVisitsResponse> {
    const row = await this.effects.reportVisits(id, body);
    return { campaignId: row.campaignId, date: row.visitDate, source: row.source, visits: row.visits };
  }

  private async detail(campaign: Campaign): Promise<CampaignResponse> {
    return campaignResponse(campaign, {
      history: await this.campaigns.historyOf(campaign.id),
      assets: await this.assets.list(campaign.id),
    });
  }
}
