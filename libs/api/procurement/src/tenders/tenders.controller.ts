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
  mapPage,
  Page,
  RequirePermission,
} from '@zhanggui/api-platform';
import { DocumentHistory } from '../history/document-history';
import { HistoryEntryResponse } from '../history/history.dto';
import { ProcurementReferences } from '../purchase-orders/purchase-order-references';
import { PurchaseOrdersService } from '../purchase-orders/purchase-orders.service';
import {
  AwardTenderDto,
  CreateTenderDto,
  ListTendersQuery,
  OpenedQuoteResponse,
  TenderComparisonResponse,
  TenderResponse,
  TenderSummary,
  UpdateTenderDto,
} from './dto/tender.dto';
import { TenderQuotesService } from './tender-quotes.service';
import { comparisonResponse, openedQuoteResponse, tenderResponse, tenderSummary } from './tender-views';
import { TenderDetail, TendersService } from './tenders.service';

@ApiTags('procurement')
@Controller('tenders')
export class TendersController {
  constructor(
    private readonly tenders: TendersService,
    private readonly quotes: TenderQuotesService,
    private readonly references: ProcurementReferences,
    private readonly orders: PurchaseOrdersService,
    private readonly history: DocumentHistory,
  ) {}

  @Get()
  @RequirePermission('tenders:read')
  @ApiOperation({
    summary:
      'Tenders (招标), newest first: one summary per tender with counts of items, invitations and quotes (the detail has the rest).',
  })
  @ApiPageResponse(TenderSummary)
  @ApiProblemResponses(400)
  async list(@Query() query: ListTendersQuery): Promise<Page<TenderSummary>> {
    const page = await this.tenders.list(query);
    const overviews = await this.tenders.overviews(page.data);
    return mapPage({ ...page, data: overviews }, (overview) =>
      tenderSummary(overview, this.tenders.viewStatus(overview.tender)),
    );
  }

  @Get(':id')
  @RequirePermission('tenders:read')
  @ApiOperation({
    summary: 'One tender: items, invited suppliers and who has quoted (never what, before closing).',
  })
  @ApiOkResponse({ type: TenderResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<TenderResponse> {
    return this.respond(await this.tenders.get(id));
  }

  @Get(':id/history')
  @RequirePermission('tenders:read')
  @ApiOperation({ summary: 'Invited, quotes received, awarded — without amounts.' })
  @ApiOkResponse({ type: [HistoryEntryResponse] })
  @ApiProblemResponses(400, 404)
  async historyOf(@Param('id', ParseUUIDPipe) id: string): Promise<HistoryEntryResponse[]> {
    await this.tenders.find(id);
    return (await this.history.of(id)).map(HistoryEntryResponse.from);
  }

  @Post()
  @RequirePermission('tenders:write')
  @ApiOperation({ summary: 'Invite suppliers to quote for items, until a closing time.' })
  @ApiCreatedResponse({ type: TenderResponse })
  @ApiProblemResponses(400, 422)
  async create(
    @Body() body: CreateTenderDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<TenderResponse> {
    const detail = await this.tenders.create(body);
    void reply.header('Location', `/api/v1/tenders/${detail.tender.id}`);
    return this.respond(detail);
  }

  @Patch(':id')
  @RequirePermission('tenders:write')
  @ApiOperation({
    summary: 'Change the title or lead-time limit, or extend the closing time, before it closes.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: TenderResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdateTenderDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<TenderResponse> {
    return this.respond(await this.tenders.update(id, body, expected));
  }

  @Post(':id/cancel')
  @HttpCode(200)
  @RequirePermission('tenders:write')
  @ApiOperation({ summary: 'Cancel a tender that has not been awarded.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: TenderResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async cancel(
    @Param('id', ParseUUIDPipe) id: string,
    @IfMatch() expected: number[] | undefined,
  ): Promise<TenderResponse> {
    return this.respond(await this.tenders.cancel(id, expected));
  }

  @Get(':id/quotes')
  @RequirePermission('tenders:read')
  @ApiOperation({ summary: 'Every quote in full — only after the closing time (409 TENDER_SEALED before).' })
  @ApiOkResponse({ type: [OpenedQuoteResponse] })
  @ApiProblemResponses(400, 404, 409)
  async openedQuotes(@Param('id', ParseUUIDPipe) id: string): Promise<OpenedQuoteResponse[]> {
    const tender = await this.tenders.find(id);
    const quotes = await this.quotes.opened(tender);
    const items = await this.quotes.items(id);
    return quotes.map((quote) => openedQuoteResponse(quote, items));
  }

  @Get(':id/comparison')
  @RequirePermission('tenders:read')
  @ApiOperation({
    summary: 'Quotes side by side, best compliant total first — only after the closing time.',
  })
  @ApiOkResponse({ type: TenderComparisonResponse })
  @ApiProblemResponses(400, 404, 409)
  async comparison(@Param('id', ParseUUIDPipe) id: string): Promise<TenderComparisonResponse> {
    const detail = await this.tenders.get(id);
    const { ranked, quotes, items } = await this.quotes.ranking(detail.tender);
    const names = await this.orders.supplierNames(detail.supplierIds);
    const skus = await this.references.skuSummaries(items.map((item) => item.skuId));
    return comparisonResponse(id, ranked, quotes, items, detail.supplierIds, names, skus);
  }

  @Post(':id/award')
  @HttpCode(200)
  @RequirePermission('tenders:write')
  @ApiOperation({
    summary:
      'Award after closing: the lowest compliant quote by default, another with a written reason. Creates a draft purchase order.',
  })
  @ApiIfMatch()
  @ApiOkResponse({ type: TenderResponse })
  @ApiProblemResponses(400, 404, 409, 412, 422)
  async award(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: AwardTenderDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<TenderResponse> {
    return this.respond(await this.tenders.award(id, body, expected));
  }

  private async respond(detail: TenderDetail): Promise<TenderResponse> {
    const skus = await this.references.skuSummaries(detail.items.map((item) => item.skuId));
    return tenderResponse(detail, this.tenders.viewStatus(detail.tender), skus);
  }
}
