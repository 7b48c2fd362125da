import { Body, Controller, Get, HttpCode, Param, ParseUUIDPipe, Post, Query, Res } from '@nestjs/common';
import { ApiCreatedResponse, ApiOkResponse, ApiOperation, ApiTags } from '@nestjs/swagger';
import type { FastifyReply } from 'fastify';
import {
  ApiIfMatch,
  ApiPageResponse,
  ApiProblemResponses,
  IfMatch,
  mapPage,
  Page,
  RequirePermission,
} from '@zhanggui/api-platform';
import { CodRemittancesService } from './cod-remittances.service';
import type { CodRemittance } from './cod-remittance.entity';
import { remittanceResponse, remittanceSummary } from './cod-views';
import {
  CodRemittanceResponse,
  CodRemittanceSummary,
  ConfirmCodRemittanceDto,
  CreateCodRemittanceDto,
  DiscrepancyNoteDto,
  HandInCodRemittanceDto,
  ListCodRemittancesQuery,
  ResolveDiscrepancyDto,
} from './dto/cod-remittance.dto';

@ApiTags('cod')
@Controller('cod-remittances')
export class CodRemittancesController {
  constructor(private readonly remittances: CodRemittancesService) {}

  @Get()
  @RequirePermission('cod-remittances:read')
  @ApiOperation({
    summary:
      'COD remittances of the caller’s territories, newest first; filter by status, city, courier, day.',
  })
  @ApiPageResponse(CodRemittanceSummary)
  @ApiProblemResponses(400)
  async list(@Query() query: ListCodRemittancesQuery): Promise<Page<CodRemittanceSummary>> {
    return mapPage(await this.remittances.list(query), remittanceSummary);
  }

  @Get(':id')
  @RequirePermission('cod-remittances:read')
  @ApiOperation({ summary: 'One remittance with its orders and history.' })
  @ApiOkResponse({ type: CodRemittanceResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<CodRemittanceResponse> {
    return this.respond(await this.remittances.visible(id));
  }

  @Post()
  @RequirePermission('cod-remittances:write')
  @ApiOperation({
    summary:
      'Build the day’s remittance for a courier and/or city: every collected COD order of that day not yet in a remittance, with the expected cash.',
  })
  @ApiCreatedResponse({ type: CodRemittanceResponse })
  @ApiProblemResponses(400, 409, 422)
  async create(
    @Body() body: CreateCodRemittanceDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<CodRemittanceResponse> {
    const remittance = await this.remittances.create(body);
    void reply.header('Location', `/api/v1/cod-remittances/${remittance.id}`);
    return this.respond(remittance);
  }

  @Post(':id/hand-in')
  @HttpCode(200)
  @RequirePermission('cod-remittances:write')
  @ApiOperation({ summary: 'Record the cash the courier handed in.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: CodRemittanceResponse })
  @ApiProblemResponses(400, 404, 409, 412)
  async handIn(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: HandInCodRemittanceDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<CodRemittanceResponse> {
    return this.respond(await this.remittances.handIn(id, body.amount, body.note, expected));
  }

  @Post(':id/confirm')
  @HttpCode(200)
  @RequirePermission('cod-remittances:confirm')
  @ApiOperation({
    summary:
      'Finance confirms the cash received: confirmed when it matches, otherwise a discrepancy (reason required) to follow up.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: CodRemittanceResponse })
  @ApiProblemResponses(400, 404, 409, 412, 422)
  async confirm(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ConfirmCodRemittanceDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<CodRemittanceResponse> {
    return this.respond(await this.remittances.confirm(id, body, expected));
  }

  @Post(':id/discrepancy/notes')
  @HttpCode(200)
  @RequirePermission('cod-remittances:confirm')
  @ApiOperation({ summary: 'Add a follow-up note to an open discrepancy.' })
  @ApiOkResponse({ type: CodRemittanceResponse })
  @ApiProblemResponses(400, 404, 409)
  async note(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: DiscrepancyNoteDto,
  ): Promise<CodRemittanceResponse> {
    return this.respond(await this.remittances.addDiscrepancyNote(id, body.note));
  }

  @Post(':id/discrepancy/resolve')
  @HttpCode(200)
  @RequirePermission('cod-remittances:confirm')
  @ApiOperation({ summary: 'Close a discrepancy: cash recovered, written off, or a counting error.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: CodRemittanceResponse })
  @ApiProblemResponses(400, 404, 409, 412)
  async resolve(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ResolveDiscrepancyDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<CodRemittanceResponse> {
    return this.respond(await this.remittances.resolve(id, body, expected));
  }

  private async respond(remittance: CodRemittance): Promise<CodRemittanceResponse> {
    return remittanceResponse(
      remittance,
      await this.remittances.linesOf(remittance.id),
      await this.remittances.history.of(remittance.id),
    );
  }
}
