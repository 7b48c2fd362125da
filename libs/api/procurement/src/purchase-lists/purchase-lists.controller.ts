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
import {
  ApprovePurchaseListDto,
  GeneratePurchaseListDto,
  ListPurchaseListsQuery,
  PurchaseListResponse,
  PurchaseListSummary,
  UpdatePurchaseListDto,
} from './dto/purchase-list.dto';
import { purchaseListResponse, purchaseListSummary } from './purchase-list-views';
import { PurchaseListDetail, PurchaseListsService } from './purchase-lists.service';

@ApiTags('procurement')
@Controller('purchase-lists')
export class PurchaseListsController {
  constructor(
    private readonly lists: PurchaseListsService,
    private readonly references: ProcurementReferences,
    private readonly history: DocumentHistory,
  ) {}

  @Get()
  @RequirePermission('purchase-lists:read')
  @ApiOperation({
    summary:
      'Purchase lists (采购清单), newest first: one summary per list with line count, units and estimated amount (the detail has the lines).',
  })
  @ApiPageResponse(PurchaseListSummary)
  @ApiProblemResponses(400)
  async list(@Query() query: ListPurchaseListsQuery): Promise<Page<PurchaseListSummary>> {
    const page = await this.lists.list(query);
    return mapPage({ ...page, data: await this.lists.overviews(page.data) }, purchaseListSummary);
  }

  @Get(':id')
  @RequirePermission('purchase-lists:read')
  @ApiOperation({ summary: 'One purchase list, with every number behind each suggestion.' })
  @ApiOkResponse({ type: PurchaseListResponse })
  @ApiProblemResponses(400, 404)
  async get(@Param('id', ParseUUIDPipe) id: string): Promise<PurchaseListResponse> {
    return this.respond(await this.lists.get(id));
  }

  @Get(':id/history')
  @RequirePermission('purchase-lists:read')
  @ApiOperation({ summary: 'Generated, edited, approved.' })
  @ApiOkResponse({ type: [HistoryEntryResponse] })
  @ApiProblemResponses(400, 404)
  async historyOf(@Param('id', ParseUUIDPipe) id: string): Promise<HistoryEntryResponse[]> {
    await this.lists.get(id);
    return (await this.history.of(id)).map(HistoryEntryResponse.from);
  }

  @Post()
  @RequirePermission('purchase-lists:write')
  @ApiOperation({
    summary:
      'Generate suggestions per SKU: max(0, ceil(velocity × (lead time + review days)) + safety stock + reserved − on hand − in transit).',
  })
  @ApiCreatedResponse({ type: PurchaseListResponse })
  @ApiProblemResponses(400, 422)
  async generate(
    @Body() body: GeneratePurchaseListDto,
    @Res({ passthrough: true }) reply: FastifyReply,
  ): Promise<PurchaseListResponse> {
    const detail = await this.lists.generate(body);
    void reply.header('Location', `/api/v1/purchase-lists/${detail.list.id}`);
    return this.respond(detail);
  }

  @Patch(':id')
  @RequirePermission('purchase-lists:write')
  @ApiOperation({ summary: 'Edit quantities, suppliers or prices of a draft list’s lines.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: PurchaseListResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async update(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: UpdatePurchaseListDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<PurchaseListResponse> {
    return this.respond(await this.lists.update(id, body, expected));
  }

  @Post(':id/approve')
  @HttpCode(200)
  @RequirePermission('purchase-lists:write')
  @ApiOperation({ summary: 'Approve the list; by default one draft purchase order per preferred supplier.' })
  @ApiIfMatch()
  @ApiOkResponse({ type: PurchaseListResponse })
  @ApiProblemResponses(400, 404, 412, 422)
  async approve(
    @Param('id', ParseUUIDPipe) id: string,
    @Body() body: ApprovePurchaseListDto,
    @IfMatch() expected: number[] | undefined,
  ): Promise<PurchaseListResponse> {
    return this.respond(await this.lists.approve(id, body, expected));
  }

  private async respond(detail: PurchaseListDetail): Promise<PurchaseListResponse> {
    return purchaseListResponse(detail, await this.references.skuSummaries(detail.lines.map((l) => l.skuId)));
  }
}
