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
import {
  CreateFranchisePartnerDto,
  FranchisePartnerResponse,
  ListFranchisePartnersQuery,
  MoveFranchiseStageDto,
  UpdateFranchisePartnerDto,
} from './dto/franchise-partner.dto';
import type { FranchisePartner, FranchisePartnerHistory } from './franchise-partner.entities';
import { FranchisePartnersService } from './franchise-partners.service';
import { nextStages } from './franchise-stages';

@ApiTags('sales')
@Controller('franchise-partners')
export class FranchisePartnersController {
  constructor(private readonly partners: FranchisePartnersService) {}

  @Get()
  @RequirePermission('franchise-partners:read')
  @ApiOperation({ summary: 'Franchise partners (加盟) of one’s territory, by pipeline stage.' })
  @ApiPageResponse(FranchisePartnerResponse)
  @ApiProblemResponses(400)
  async list(@Query() query: ListFranchisePartnersQuery): Promise<Page<FranchisePartnerResponse>> {
    const page = await this.partners.list(query);
    return { ...page, data: page.data.map((p) => partnerResponse(p)) };
  }

  @Get(':id')
  @RequirePermission('franchise-partners:read')
  @ApiOperation({ summary: 'One franchise partner with its contacts and pipeline history.' })
  @ApiOkResponse({ type: FranchisePartnerResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<FranchisePartnerResponse> {
    return this.detail(await this.partners.get(id));
  }

  @Post()
  @RequirePermission('franchise-partners:write')
  @ApiOperation({
    summary: 'Add a lead: an enterprise or local brand that might franchise in one’s territory.',
  })
  @ApiCreatedResponse({ type: FranchisePartnerResponse })
  @ApiProblemResponses(400, 422)
  async create(
    @Body() body: CreateFranchisePartnerDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<FranchisePartnerResponse> {
    const partner = await this.partners.create(body);
    void reply.header('Location', `/api/v1/franchise-partners/${partner.id}`);
    return this.detail(partner);
  }

  @Patch(':id')
  @RequirePermission('franchise-partners:write')
  @ApiOperation({ summary: 'Change a partner’s name, kind, contacts, contract number or note.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: FranchisePartnerResponse })
  @ApiProblemResponses(400, 404, 412)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateFranchisePartnerDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<FranchisePartnerResponse> {
    return this.detail(await this.partners.update(id, body, expected));
  }

  @Post(':id/stage')
  @HttpCode(200)
  @RequirePermission('franchise-partners:write')
  @ApiOperation({
    summary: 'Move a partner along the pipeline (lead → talks → contract → active, or lost), with a note.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: FranchisePartnerResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async move(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: MoveFranchiseStageDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<FranchisePartnerResponse> {
    return this.detail(await this.partners.move(id, body, expected));
  }

  private async detail(partner: FranchisePartner): Promise<FranchisePartnerResponse> {
    return partnerResponse(partner, await this.partners.historyOf(partner.id));
  }
}

function partnerResponse(p: FranchisePartner, history?: FranchisePartnerHistory[]): FranchisePartnerResponse {
  return {
    id: p.id,
    number: p.number,
    name: p.name,
    kind: p.kind,
    orgUnitId: p.orgUnitId,
    stage: p.stage,
    nextStages: [...nextStages(p.stage)],
    contacts: p.contacts,
    contractNumber: p.contractNumber,
    note: p.note,
    version: p.version,
    updatedAt: p.updatedAt.toISOString(),
    ...(history
      ? {
          history: history.map((h) => ({
            fromStage: h.fromStage,
            toStage: h.toStage,
            note: h.note,
            actorId: h.actorId,
            createdAt: h.createdAt.toISOString(),
          })),
        }
      : {}),
  };
}
